import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ReadingSession, type SessionState } from './reading-session.js';

/**
 * Connects a ReadingSession (plain engine) to a lit element: the element
 * re-renders on every state change and may react to transitions.
 */
export class SessionController implements ReactiveController {
  readonly session = new ReadingSession();
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange: (state: SessionState, previous: SessionState) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    let previous = this.session.state;
    this.unsubscribe = this.session.subscribe((state) => {
      const before = previous;
      previous = state;
      this.onChange(state, before);
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    // Section frames do not survive being moved in the DOM; the element
    // reopens the book where the learner was when it is connected again.
    this.lastPlace = this.session.state.location?.cfi;
    this.session.close();
  }

  /** Where the learner was when the element was last disconnected. */
  lastPlace: string | undefined;
}
