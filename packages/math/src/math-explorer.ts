import { withConsoleCaptured } from './console-capture.js';
import { withEngine } from './load-math.js';
import type { MathLocale } from './math-locale.js';
import type { MathSpeechOptions, MathStyle } from './math-options.js';
import { UNREADABLE_MATH, type MathProblem } from './math-problem.js';
import { mathmlSource, normalizeMathml } from './prepare-mathml.js';
import { readSemanticTree, subtreeMathml, type SemanticNode, type SemanticTree } from './enriched-tree.js';
import { engineFailure, speakMath, speechSetupFor, type MathSpeechResult, type SpeechSetup } from './speak-math.js';

/** Arrow keys: `down` into the first part, `up` out to the whole it belongs to, `left`/`right` to the neighbouring part. */
export type MathDirection = 'up' | 'down' | 'left' | 'right';

/** The part of the expression being explored. */
export interface MathFocus {
  /** speech-rule-engine's semantic id of the part (`data-semantic-id` in its enriched MathML). */
  id: string;
  /** Positions from the whole expression down to this part (`[]` is the whole, `[1, 0]` the first part of its second part). */
  path: readonly number[];
  /** What to say on arriving: the part's role and its speech, e.g. “Denominator b”. */
  speech: string;
  /** The role alone (“Numerator”, “Base”, “2nd Row”; empty where SRE gives none). */
  prefix: string;
  /** The part's speech without its role. */
  text: string;
  /** SRE's semantic type and role (`fraction`/`division`, `identifier`/`latinletter`, …), for the UI. */
  type: string;
  role: string;
  /** Position among its siblings (1-based) and how many there are; 1 of 1 for the whole expression. */
  position: number;
  siblings: number;
  /** Whether `down` goes somewhere. */
  hasParts: boolean;
  /** Which of the source's token elements (`mi`, `mn`, `mo`, `mtext`, `ms`, in document order) the part covers — see `focusRange()`. */
  leaves: readonly number[];
}

/** The outcome of a key press: whether the focus moved, and where it is now. */
export interface MathMove {
  moved: boolean;
  focus: MathFocus;
}

export interface ExploreOptions extends MathSpeechOptions {
  /**
   * Parts of a sub-expression up to this many semantic nodes get
   * speech-rule-engine's own speech in context, with role prefixes
   * (“Numerator …”); SRE's cost for that grows with the square of the size,
   * so parts of bigger ones are spoken on their own, without a prefix.
   * Default 60.
   */
  deepSpeechLimit?: number;
}

const DEFAULT_DEEP_SPEECH_LIMIT = 60;
/** Invisible operators (function application, times, separator, plus) are not places to stop. */
const VISIBLE = /[^\s\u2061-\u2064]/u;

/**
 * Walks one expression part by part with speech for each part: SRE's
 * semantic tree (from its enriched MathML, `data-semantic-owns` for the
 * order), speech for the parts computed when they are first visited.
 */
export class MathExplorer {
  /** Speech of the whole expression, with its language and problems. */
  readonly whole: MathSpeechResult;
  /** The language speech is in (see `whole.fellBack`). */
  readonly locale: MathLocale;
  readonly style: MathStyle;
  /** Problems reading or exploring the expression; an expression that could not be read cannot be explored (one part, no moves). */
  readonly problems: readonly MathProblem[];
  /** Token elements in the source; `focusRange()` checks its element has as many before highlighting a part. */
  readonly tokenCount: number;

  readonly #tree: SemanticTree | undefined;
  readonly #setup: SpeechSetup | undefined;
  readonly #deepSpeechLimit: number;
  readonly #deepTried = new Set<string>();
  /** Ids from the whole expression to the focus. */
  #stack: string[];

  /** @internal Use {@link explore}. */
  constructor(whole: MathSpeechResult, tree: SemanticTree | undefined, setup: SpeechSetup | undefined, problems: readonly MathProblem[], deepSpeechLimit: number) {
    this.whole = whole;
    this.locale = whole.locale;
    this.style = whole.style;
    this.problems = problems;
    this.#tree = tree;
    this.#setup = setup;
    this.#deepSpeechLimit = deepSpeechLimit;
    this.tokenCount = tree?.tokenCount ?? 0;
    this.#stack = [tree?.root ?? 'whole'];
  }

  /** The part in focus (at first, the whole expression). */
  current(): MathFocus {
    return this.#focus();
  }

  /** Back to the whole expression. */
  reset(): MathFocus {
    this.#stack = this.#stack.slice(0, 1);
    return this.#focus();
  }

  /**
   * Moves the focus. Resolves `{ moved: false }` with the focus unchanged at
   * an edge (no parts below, nothing beyond, already the whole) — the reader
   * can give an edge cue. Never rejects.
   */
  async move(direction: MathDirection): Promise<MathMove> {
    const tree = this.#tree;
    if (!tree) return { moved: false, focus: this.#focus() };
    const id = this.#stack.at(-1)!;
    const parent = this.#stack.at(-2);
    let target: string | undefined;
    let stack: string[] | undefined;
    if (direction === 'down') {
      target = this.#parts(id)[0];
      if (target) stack = [...this.#stack, target];
    } else if (direction === 'up') {
      if (parent) stack = this.#stack.slice(0, -1);
    } else if (parent) {
      const siblings = this.#parts(parent);
      target = siblings[siblings.indexOf(id) + (direction === 'right' ? 1 : -1)];
      if (target) stack = [...this.#stack.slice(0, -1), target];
    }
    if (!stack) return { moved: false, focus: this.#focus() };
    if (target) {
      try {
        await this.#ensureSpeech(stack.at(-2)!, target);
      } catch {
        // Exploring goes on: the part's printed characters stand in for its speech.
        const node = tree.nodes.get(target)!;
        node.speech ??= node.text;
      }
    }
    this.#stack = stack;
    return { moved: true, focus: this.#focus() };
  }

  #parts(id: string): string[] {
    const nodes = this.#tree!.nodes;
    return nodes.get(id)!.owns.filter((part) => {
      const node = nodes.get(part)!;
      return node.leaves.length > 0 && VISIBLE.test(node.text);
    });
  }

  #focus(): MathFocus {
    const tree = this.#tree;
    const id = this.#stack.at(-1)!;
    if (!tree) {
      return { id, path: [], speech: this.whole.text, prefix: '', text: this.whole.text, type: 'unknown', role: 'unknown', position: 1, siblings: 1, hasParts: false, leaves: [] };
    }
    const node = tree.nodes.get(id)!;
    const path = this.#stack.slice(1).map((part, i) => this.#parts(this.#stack[i]!).indexOf(part));
    const isWhole = this.#stack.length === 1;
    const text = isWhole ? this.whole.text : (node.speech ?? '');
    const prefix = isWhole ? '' : (node.prefix ?? '');
    const siblings = isWhole ? [id] : this.#parts(this.#stack.at(-2)!);
    return {
      id,
      path,
      speech: [prefix, text, isWhole ? '' : node.postfix ?? ''].filter(Boolean).join(' '),
      prefix,
      text,
      type: node.type,
      role: node.role,
      position: siblings.indexOf(id) + 1,
      siblings: siblings.length,
      hasParts: this.#parts(id).length > 0,
      leaves: node.leaves,
    };
  }

  /**
   * Speech for a part, computed once: from SRE's deep speech of its parent
   * sub-expression when that is small enough (the same words and role
   * prefixes SRE's own walker says), else from speaking the part alone.
   */
  async #ensureSpeech(parentId: string, id: string): Promise<void> {
    const nodes = this.#tree!.nodes;
    const node = nodes.get(id)!;
    if (node.speech !== undefined) return;
    const parent = nodes.get(parentId)!;
    const setup = this.#setup!;
    if (parent.size <= this.#deepSpeechLimit && !this.#deepTried.has(parentId)) {
      this.#deepTried.add(parentId);
      const deep = await withEngine({ ...setup.features, speech: 'deep' }, (engine) =>
        withConsoleCaptured(() => readSemanticTree(engine.sre.toEnriched(subtreeMathml(parent.element)))),
      );
      if ('value' in deep) adoptPartSpeech(parent, deep.value, nodes);
      if (node.speech !== undefined) return;
    }
    const alone = await withEngine(setup.features, (engine) => withConsoleCaptured(() => engine.sre.toSpeech(subtreeMathml(node.element))));
    node.speech = ('value' in alone ? alone.value.replace(/\s+/g, ' ').trim() : '') || node.text;
  }
}

/**
 * Copies speech and prefixes from a deep enrichment of `parent`'s subtree
 * onto `parent`'s parts, when SRE built the same structure again (same
 * number of parts, same types); otherwise leaves them for speaking alone.
 */
function adoptPartSpeech(parent: SemanticNode, deep: SemanticTree, nodes: Map<string, SemanticNode>): void {
  const again = deep.nodes.get(deep.root)!;
  if (again.type !== parent.type || again.owns.length !== parent.owns.length) return;
  const pairs = parent.owns.map((id, i) => [nodes.get(id)!, deep.nodes.get(again.owns[i]!)!] as const);
  if (pairs.some(([part, twin]) => part.type !== twin.type)) return;
  for (const [part, twin] of pairs) {
    if (part.speech !== undefined) continue;
    part.speech = (twin.speech ?? '').replace(/\s+/g, ' ').trim();
    part.prefix = twin.prefix?.trim() || undefined;
    part.postfix = twin.postfix?.trim() || undefined;
  }
}

/**
 * Prepares an expression for exploration by keyboard. Starts on the whole
 * expression; `move()` goes into and out of its parts. Never rejects: an
 * expression that cannot be read gives an explorer with one part that says
 * “math expression that could not be read” (reasons in `problems`).
 */
export async function explore(mathml: string | Element, options: ExploreOptions = {}): Promise<MathExplorer> {
  const { deepSpeechLimit = DEFAULT_DEEP_SPEECH_LIMIT, ...speechOptions } = options;
  const whole = await speakMath(mathml, speechOptions);
  if (whole.text === UNREADABLE_MATH && whole.problems.length) return new MathExplorer(whole, undefined, undefined, whole.problems, deepSpeechLimit);
  try {
    const setup = await speechSetupFor(speechOptions);
    // speakMath read it, so it is well-formed MathML.
    const source = normalizeMathml(mathmlSource(mathml));
    const outcome = await withEngine(setup.features, (e) => withConsoleCaptured(() => readSemanticTree(e.sre.toEnriched(source))));
    if ('error' in outcome) return new MathExplorer(whole, undefined, undefined, [...whole.problems, engineFailure(outcome.error, outcome.messages)], deepSpeechLimit);
    return new MathExplorer(whole, outcome.value, setup, whole.problems, deepSpeechLimit);
  } catch (error) {
    return new MathExplorer(whole, undefined, undefined, [...whole.problems, engineFailure(error, [])], deepSpeechLimit);
  }
}
