import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { formatUiNumber } from '../localization/plural.js';
import { svg } from 'lit';
import { buttonStyles, uiTokens, visuallyHiddenRules } from '../ui-tokens.js';

export type ReadAloudCommand = 'toggle' | 'previous' | 'next' | 'stop' | 'rate' | 'voice';

export interface ReadAloudCommandDetail {
  command: ReadAloudCommand;
  /** For `rate`: the new speed (1 = normal). For `voice`: the voice name ('' = automatic). */
  value?: number | string;
}

declare global {
  interface HTMLElementEventMap {
    'attune-read-aloud-command': CustomEvent<ReadAloudCommandDetail>;
  }
  interface HTMLElementTagNameMap {
    'attune-read-aloud': AttuneReadAloud;
  }
}

/** Keyboard shortcuts, as `aria-keyshortcuts` writes them and as the bar shows them. */
export const READ_ALOUD_SHORTCUTS = {
  toggle: { aria: 'Alt+Shift+R', label: 'Alt+Shift+R' },
  previous: { aria: 'Alt+Shift+ArrowLeft', label: 'Alt+Shift+←' },
  next: { aria: 'Alt+Shift+ArrowRight', label: 'Alt+Shift+→' },
  stop: { aria: 'Alt+Shift+S', label: 'Alt+Shift+S' },
} as const;

const RATES = [0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3];

/** "1.5×", with the number written the UI language's way. */
function speedLabel(rate: number): string {
  const n = formatUiNumber(rate);
  return msg(str`${n}×`, { id: 'readAloud.speed.times' });
}

/** The shortcuts as one sentence; the key names stay as they are in every language. */
function shortcutsLine(): string {
  const { toggle, previous, next, stop } = READ_ALOUD_SHORTCUTS;
  const [t, p, n, s] = [toggle.label, previous.label, next.label, stop.label];
  return msg(str`Keys: ${t} pause or go on · ${p} / ${n} sentence · ${s} stop`, { id: 'readAloud.shortcuts' });
}

const icon = {
  play: svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M11 5L6 9H3v6h3l5 4V5z"/><path d="M15.5 8.5a5 5 0 010 7M18.5 5.5a9 9 0 010 13"/></svg>`,
  pause: svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M8 5v14M16 5v14"/></svg>`,
  previous: svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M18 6l-8 6 8 6V6zM6 6v12"/></svg>`,
  next: svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 6l8 6-8 6V6zM18 6v12"/></svg>`,
  stop: svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="6" y="6" width="12" height="12" rx="1"/></svg>`,
};

/**
 * The read-aloud controls in the reader's toolbar. The first button's name is
 * always "Read aloud" (publishers' tests find it by that name); it is pressed
 * while reading, and pressing it again pauses. While reading or paused the
 * bar also offers previous/next sentence, stop and speed, and lists its
 * keyboard shortcuts. The element renders state and forwards intent; the
 * reader does the reading.
 *
 * @fires attune-read-aloud-command - The learner asked for something; detail `{ command, value? }`.
 * @attr voice - Name of the chosen voice, one of `voices` (empty: chosen automatically).
 * @csspart play - The "Read aloud" button.
 * @csspart button - Every button (the "Read aloud" button and the controls shown while reading).
 * @csspart controls - The controls shown while reading.
 */
@localized()
@customElement('attune-read-aloud')
export class AttuneReadAloud extends LitElement {
  static override styles = [
    uiTokens,
    buttonStyles,
    css`
      :host {
        display: contents;
      }
      /* The controls float over the bottom of the page instead of joining the
         toolbar: a taller toolbar would shrink the page and lay the book out
         again just as reading starts. */
      .controls {
        position: absolute;
        inset-inline: 0.5rem;
        bottom: 4.5rem;
        margin-inline: auto;
        width: fit-content;
        max-width: calc(100% - 1rem);
        box-sizing: border-box;
        z-index: 3;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem;
        padding: 0.5rem 0.75rem;
        color: var(--_fg);
        background: var(--_bg);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        box-shadow: 0 2px 12px rgb(0 0 0 / 0.25);
      }
      label {
        display: inline-flex;
        align-items: center;
        gap: 0.4rem;
      }
      select {
        font: inherit;
        min-height: 44px;
        color: var(--_fg);
        background: var(--_bg);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      .shortcuts {
        font-size: 0.8rem;
        color: var(--_muted);
        margin: 0;
      }
      .notice {
        font-size: 0.9rem;
        margin: 0;
      }
      .live {
        ${visuallyHiddenRules}
      }
      @container (max-width: 720px) {
        .label-text,
        .shortcuts {
          ${visuallyHiddenRules}
        }
      }
    `,
  ];

  /** What read-aloud is doing. */
  @property() status: 'idle' | 'loading' | 'playing' | 'paused' | 'ended' | 'error' = 'idle';
  /** Speed, 1 = normal. */
  @property({ type: Number }) rate = 1;
  /** Something the learner should know (no voice, sentence-only highlighting). */
  @property() notice = '';
  /** Whether there is a book to read. */
  @property({ type: Boolean }) disabled = false;
  /** Voices to choose from (for the book's language), and the one chosen ('' = automatic). */
  @property({ attribute: false }) voices: { name: string; label: string }[] = [];
  @property() voice = '';

  private focusWasInControls = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('status')) this.focusWasInControls = !!this.renderRoot.querySelector?.('.controls')?.contains((this.renderRoot as ShadowRoot).activeElement);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Stop removes the reading controls, focused button included: focus goes
    // back to "Read aloud" instead of falling to the page's <body>.
    if (changed.has('status') && this.focusWasInControls && !this.renderRoot.querySelector('.controls')) {
      this.renderRoot.querySelector<HTMLButtonElement>('.play')?.focus();
    }
    this.focusWasInControls = false;
  }

  private command(command: ReadAloudCommand, value?: number | string): void {
    this.dispatchEvent(new CustomEvent<ReadAloudCommandDetail>('attune-read-aloud-command', { detail: { command, value }, bubbles: true, composed: true }));
  }

  /** A short word for screen readers when the state changes (never during speech). */
  private announcement(): string {
    switch (this.status) {
      case 'paused':
        return msg('Reading paused', { id: 'readAloud.paused' });
      case 'ended':
        return msg('Finished reading', { id: 'readAloud.finished' });
      case 'error':
        return this.notice;
      default:
        return '';
    }
  }

  protected override render(): TemplateResult {
    const playing = this.status === 'playing' || this.status === 'loading';
    const active = playing || this.status === 'paused';
    return html`
      <button
        part="play button"
        class="play"
        type="button"
        aria-pressed=${String(playing)}
        aria-keyshortcuts=${READ_ALOUD_SHORTCUTS.toggle.aria}
        ?disabled=${this.disabled}
        @click=${() => this.command('toggle')}
      >
        ${playing ? icon.pause : icon.play}<span class="label-text">${msg('Read aloud', { id: 'readAloud.play' })}</span>
      </button>
      ${active
        ? html`<div class="controls" part="controls" role="group" aria-label=${msg('Reading controls', { id: 'readAloud.controls' })}>
            <button type="button" part="button" aria-keyshortcuts=${READ_ALOUD_SHORTCUTS.previous.aria} @click=${() => this.command('previous')}>
              ${icon.previous}<span class="label-text">${msg('Previous sentence', { id: 'readAloud.previous' })}</span>
            </button>
            <button type="button" part="button" aria-keyshortcuts=${READ_ALOUD_SHORTCUTS.next.aria} @click=${() => this.command('next')}>
              ${icon.next}<span class="label-text">${msg('Next sentence', { id: 'readAloud.next' })}</span>
            </button>
            <button type="button" part="button" aria-keyshortcuts=${READ_ALOUD_SHORTCUTS.stop.aria} @click=${() => this.command('stop')}>
              ${icon.stop}<span class="label-text">${msg('Stop', { id: 'readAloud.stop' })}</span>
            </button>
            <label>
              <span>${msg('Speed', { id: 'readAloud.speed' })}</span>
              <select @change=${(e: Event) => this.command('rate', Number((e.target as HTMLSelectElement).value))}>
                ${RATES.map((r) => html`<option value=${r} ?selected=${Math.abs(r - this.rate) < 0.01}>${r === 1 ? msg('Normal', { id: 'readAloud.speed.normal' }) : speedLabel(r)}</option>`)}
              </select>
            </label>
            ${this.voices.length
              ? html`<label>
                  <span>${msg('Voice', { id: 'readAloud.voice' })}</span>
                  <select @change=${(e: Event) => this.command('voice', (e.target as HTMLSelectElement).value)}>
                    <option value="" ?selected=${!this.voice}>${msg('Automatic', { id: 'readAloud.voice.automatic' })}</option>
                    ${this.voices.map((v) => html`<option value=${v.name} ?selected=${v.name === this.voice}>${v.label}</option>`)}
                  </select>
                </label>`
              : nothing}
            <p class="shortcuts">
              ${shortcutsLine()}
            </p>
          </div>`
        : nothing}
      ${this.notice ? html`<p class="notice">${this.notice}</p>` : nothing}
      <div class="live" role="status">${this.announcement()}</div>
    `;
  }
}
