import {
  createProfile, resolveProfile, validatePolicy, validateProfile,
  type LearnerProfile, type ProfileIssue, type ResolvedProfile, type TeacherPolicy,
} from '@attune/profile';
import { installFont } from './bundled-fonts.js';
import { applyFrameDisplay, frameDisplayFor, type DisplayGroup, type FrameDisplay } from './frame-display.js';

/** Groups whose change moves text around, so pages must be laid out again. */
const LAYOUT_GROUPS: DisplayGroup[] = ['size', 'font', 'spacing', 'align', 'line-length'];
const BUNDLED_FONTS = new Set(['atkinson-hyperlegible', 'lexend', 'opendyslexic']);

export interface DisplayChange {
  resolved: ResolvedProfile;
  /** Validation problems in the profile or policy as given (fields fell back to defaults). */
  issues: ProfileIssue[];
  /** True when the change moves text (pages must be laid out again). */
  relayout: boolean;
}

/**
 * The learner's profile as the reader applies it: validates and resolves the
 * profile with the teacher's policy, then styles the reader UI and every book
 * frame. A plain class; `<attune-reader>` drives it.
 */
export class ReaderDisplay {
  resolved: ResolvedProfile = resolveProfile(createProfile({ id: 'guest' }));
  /** The learner's own choices, validated (what a preferences panel edits). */
  learner: LearnerProfile = createProfile({ id: 'guest' });
  /** The teacher's policy, validated. */
  policy: TeacherPolicy | undefined;
  private display: FrameDisplay = frameDisplayFor(this.resolved);

  /** Resolves a new profile/policy; says whether pages need laying out again. */
  update(profile: unknown, policy: unknown): DisplayChange {
    const issues: ProfileIssue[] = [];
    let learner: LearnerProfile = createProfile({ id: 'guest' });
    if (profile !== undefined && profile !== null) {
      const checked = validateProfile(profile);
      learner = checked.profile;
      issues.push(...checked.issues);
    }
    let teacher: TeacherPolicy | undefined;
    if (policy !== undefined && policy !== null) {
      const checked = validatePolicy(policy);
      teacher = checked.policy;
      issues.push(...checked.issues);
    }
    const before = this.display;
    this.learner = learner;
    this.policy = teacher;
    this.resolved = resolveProfile(learner, teacher);
    issues.push(...this.resolved.issues);
    this.display = frameDisplayFor(this.resolved);
    return { resolved: this.resolved, issues, relayout: layoutChanged(before, this.display) };
  }

  /**
   * Styles the reader's own UI (theme colours only; the UI keeps its own
   * type). Every UI colour derives from the theme's text and page colours,
   * whose contrast @attune/profile guarantees: surfaces take the page colour,
   * borders and secondary text the text colour, accents the link colour.
   */
  applyToHost(host: HTMLElement): void {
    const themed = this.display.groups.has('theme');
    const p = this.display.properties;
    const ui: Record<string, string | undefined> = {
      '--attune-user-background': p['--attune-user-background'],
      '--attune-user-foreground': p['--attune-user-foreground'],
      '--attune-user-focus': p['--attune-user-focus'],
      '--attune-user-link': p['--attune-user-link'],
      '--attune-user-surface': p['--attune-user-background'],
      '--attune-user-muted': p['--attune-user-foreground'],
      '--attune-user-border': p['--attune-user-foreground'],
      '--attune-user-accent': p['--attune-user-link'],
      '--attune-user-accent-foreground': p['--attune-user-background'],
      '--attune-user-mask': p['--attune-user-mask'],
      '--attune-user-ruler': p['--attune-user-ruler'],
    };
    for (const [name, value] of Object.entries(ui)) {
      const always = name === '--attune-user-mask' || name === '--attune-user-ruler';
      // Inline and !important: no rule in the page can replace the learner's colours (see theming/).
      if ((themed || always) && value) host.style.setProperty(name, value, 'important');
      else host.style.removeProperty(name);
    }
    host.toggleAttribute('data-attune-themed', themed);
    host.toggleAttribute('data-attune-reduce-motion', this.resolved.settings.display.reducedMotion);
  }

  /** The learner asked for no motion (the reader passes it to its nested elements). */
  get reducedMotion(): boolean {
    return this.resolved.settings.display.reducedMotion;
  }

  /** Styles one book frame; resolves when a chosen bundled font is installed in it. */
  async applyToFrame(doc: Document, fixedLayout: boolean): Promise<void> {
    applyFrameDisplay(doc, this.display, { fixedLayout });
    const font = this.resolved.settings.display.fontFamily;
    if (!fixedLayout && this.display.groups.has('font') && BUNDLED_FONTS.has(font)) {
      await installFont(doc, font);
      await doc.fonts?.ready;
    }
  }
}

function layoutChanged(before: FrameDisplay, after: FrameDisplay): boolean {
  return LAYOUT_GROUPS.some((group) => {
    const was = before.groups.has(group);
    const is = after.groups.has(group);
    if (was !== is) return true;
    if (!is) return false;
    return Object.keys(after.properties).some((name) => before.properties[name] !== after.properties[name] && !name.includes('color') && !/ground|link|focus|highlight|ruler|mask|motion/.test(name));
  });
}
