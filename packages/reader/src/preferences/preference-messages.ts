import { msg, str } from '@lit/localize';
import type { Preset, SettingPath } from '@attune/profile';
import { plural } from '../localization/plural.js';

/**
 * Every string `<attune-preferences>` shows, through `@lit/localize` with a
 * stable id each. Entries are getters (or functions of values) so they are
 * read in the UI language in force when the panel renders; each is a whole
 * sentence or a whole label, never put together from translated pieces.
 */
export const preferenceMessages = {
  get panelLabel() {
    return msg('Reading preferences', { id: 'preferences.panelLabel' });
  },
  get assessmentMode() {
    return msg('Test mode: some settings are fixed while the test lasts.', { id: 'preferences.assessmentMode' });
  },

  groups: {
    get presets() {
      return msg('Quick settings', { id: 'preferences.group.presets' });
    },
    get text() {
      return msg('Text', { id: 'preferences.group.text' });
    },
    get colours() {
      return msg('Colours', { id: 'preferences.group.colours' });
    },
    get readingAids() {
      return msg('Reading aids', { id: 'preferences.group.readingAids' });
    },
    get readAloud() {
      return msg('Read aloud', { id: 'preferences.group.readAloud' });
    },
    get math() {
      return msg('Math', { id: 'preferences.group.math' });
    },
    get content() {
      return msg('Content', { id: 'preferences.group.content' });
    },
    get language() {
      return msg('Language', { id: 'preferences.group.language' });
    },
  },

  get presetsNote() {
    return msg(
      'Each button changes a few settings at once, and you can change any of them afterwards. They are starting points many readers find comfortable; none of them cures dyslexia or any other condition.',
      { id: 'preferences.presetsNote' },
    );
  },
  presetApplied: (name: string) => msg(str`“${name}” is applied.`, { id: 'preferences.presetApplied' }),
  presetPartlyApplied: (name: string, kept: string) =>
    msg(str`“${name}” is applied, except these settings, which are set for you: ${kept}.`, { id: 'preferences.presetPartlyApplied', desc: 'kept is a list of setting names.' }),

  /** Attune's own quick settings by id; a preset from elsewhere keeps its own name and description. */
  presetName(preset: Preset): string {
    switch (preset.id) {
      case 'wcag-text-spacing':
        return msg('WCAG text spacing', { id: 'preferences.preset.wcagTextSpacing.name' });
      case 'low-vision':
        return msg('Low vision', { id: 'preferences.preset.lowVision.name' });
      case 'dyslexia-friendly':
        return msg('Dyslexia-friendly', { id: 'preferences.preset.dyslexiaFriendly.name' });
      case 'reduce-distraction':
        return msg('Reduce distraction', { id: 'preferences.preset.reduceDistraction.name' });
      default:
        return preset.name;
    }
  },
  presetDescription(preset: Preset): string {
    switch (preset.id) {
      case 'wcag-text-spacing':
        return msg('Line height 1.5, paragraph spacing 2, letter spacing 0.12 and word spacing 0.16 times the font size (WCAG 1.4.12).', {
          id: 'preferences.preset.wcagTextSpacing.description',
        });
      case 'low-vision':
        return msg('Twice the text size, Atkinson Hyperlegible, yellow on black, and shorter lines.', { id: 'preferences.preset.lowVision.description' });
      case 'dyslexia-friendly':
        return msg('More space between letters, words and lines, a plain sans-serif font, no justification and a cream background.', {
          id: 'preferences.preset.dyslexiaFriendly.description',
        });
      case 'reduce-distraction':
        return msg('No animation, shorter lines, and the rest of the page dimmed around the three lines being read.', {
          id: 'preferences.preset.reduceDistraction.description',
        });
      default:
        return preset.description;
    }
  },

  labels: {
    get 'display.fontFamily'() {
      return msg('Font', { id: 'preferences.label.fontFamily' });
    },
    get 'display.fontSize'() {
      return msg('Text size', { id: 'preferences.label.fontSize' });
    },
    get 'display.lineHeight'() {
      return msg('Line height', { id: 'preferences.label.lineHeight' });
    },
    get 'display.letterSpacing'() {
      return msg('Letter spacing', { id: 'preferences.label.letterSpacing' });
    },
    get 'display.wordSpacing'() {
      return msg('Word spacing', { id: 'preferences.label.wordSpacing' });
    },
    get 'display.paragraphSpacing'() {
      return msg('Paragraph spacing', { id: 'preferences.label.paragraphSpacing' });
    },
    get 'display.lineLength'() {
      return msg('Line length', { id: 'preferences.label.lineLength' });
    },
    get 'display.textAlign'() {
      return msg('Alignment', { id: 'preferences.label.textAlign' });
    },
    get 'display.theme'() {
      return msg('Colour theme', { id: 'preferences.label.theme' });
    },
    get 'display.customForeground'() {
      return msg('Text colour', { id: 'preferences.label.customForeground' });
    },
    get 'display.customBackground'() {
      return msg('Background colour', { id: 'preferences.label.customBackground' });
    },
    get 'display.highlightColor'() {
      return msg('Highlight colour', { id: 'preferences.label.highlightColor' });
    },
    get 'display.reducedMotion'() {
      return msg('Reduce motion', { id: 'preferences.label.reducedMotion' });
    },
    get 'readingAids.lineFocus'() {
      return msg('Line focus', { id: 'preferences.label.lineFocus' });
    },
    get 'readingAids.lineFocusLines'() {
      return msg('Lines in focus', { id: 'preferences.label.lineFocusLines' });
    },
    get 'readingAids.lineFocusStyle'() {
      return msg('Line focus style', { id: 'preferences.label.lineFocusStyle' });
    },
    get 'readingAids.masking'() {
      return msg('Masking (cover parts of the page)', { id: 'preferences.label.masking' });
    },
    get 'speech.readAloud'() {
      return msg('Read aloud', { id: 'preferences.label.readAloud' });
    },
    get 'speech.voice'() {
      return msg('Voice', { id: 'preferences.label.voice' });
    },
    get 'speech.rate'() {
      return msg('Speed', { id: 'preferences.label.rate' });
    },
    get 'speech.pitch'() {
      return msg('Pitch', { id: 'preferences.label.pitch' });
    },
    get 'speech.volume'() {
      return msg('Volume', { id: 'preferences.label.volume' });
    },
    get 'speech.highlight'() {
      return msg('Highlight while reading', { id: 'preferences.label.speechHighlight' });
    },
    get 'speech.skipPageNumbers'() {
      return msg('Skip page numbers', { id: 'preferences.label.skipPageNumbers' });
    },
    get 'speech.skipNoteReferences'() {
      return msg('Skip footnote marks', { id: 'preferences.label.skipNoteReferences' });
    },
    get 'speech.readAltText'() {
      return msg('Read picture descriptions (alt text)', { id: 'preferences.label.readAltText' });
    },
    get 'math.style'() {
      return msg('Math speech style', { id: 'preferences.label.mathStyle' });
    },
    get 'math.verbosity'() {
      return msg('How much math speech says', { id: 'preferences.label.mathVerbosity' });
    },
    get 'content.simplifiedText'() {
      return msg('Simplified text', { id: 'preferences.label.simplifiedText' });
    },
    get 'content.readingLevel'() {
      return msg('Reading level', { id: 'preferences.label.readingLevel' });
    },
    get 'content.glossary'() {
      return msg('Glossary', { id: 'preferences.label.glossary' });
    },
    get 'content.glossaryPictures'() {
      return msg('Pictures in the glossary', { id: 'preferences.label.glossaryPictures' });
    },
    get 'content.keywordTranslation'() {
      return msg('Translate key words', { id: 'preferences.label.keywordTranslation' });
    },
    get 'content.imageDescriptions'() {
      return msg('Image descriptions', { id: 'preferences.label.imageDescriptions' });
    },
    get 'language.ui'() {
      return msg('Language of buttons and messages', { id: 'preferences.label.uiLanguage' });
    },
    get 'language.content'() {
      return msg('Language for translations', { id: 'preferences.label.contentLanguage' });
    },
  } satisfies Record<SettingPath, string>,

  options: {
    fontFamily: {
      get publisher() {
        return msg('The book’s own font', { id: 'preferences.option.font.publisher' });
      },
      get serif() {
        return msg('Serif', { id: 'preferences.option.font.serif' });
      },
      get 'sans-serif'() {
        return msg('Sans-serif', { id: 'preferences.option.font.sansSerif' });
      },
      // Names of typefaces stay as they are in every language.
      'atkinson-hyperlegible': 'Atkinson Hyperlegible',
      lexend: 'Lexend',
      opendyslexic: 'OpenDyslexic',
      get monospace() {
        return msg('Monospace', { id: 'preferences.option.font.monospace' });
      },
    },
    textAlign: {
      get publisher() {
        return msg('As in the book', { id: 'preferences.option.align.publisher' });
      },
      get start() {
        return msg('Ragged edge (not justified)', { id: 'preferences.option.align.start' });
      },
      get justify() {
        return msg('Justified (even edges)', { id: 'preferences.option.align.justify' });
      },
    },
    theme: {
      get light() {
        return msg('Light', { id: 'preferences.option.theme.light' });
      },
      get sepia() {
        return msg('Sepia (cream)', { id: 'preferences.option.theme.sepia' });
      },
      get dark() {
        return msg('Dark', { id: 'preferences.option.theme.dark' });
      },
      get 'high-contrast'() {
        return msg('High contrast (yellow on black)', { id: 'preferences.option.theme.highContrast' });
      },
      get custom() {
        return msg('My own colours', { id: 'preferences.option.theme.custom' });
      },
    },
    highlightColor: {
      get yellow() {
        return msg('Yellow', { id: 'preferences.option.highlight.yellow' });
      },
      get orange() {
        return msg('Orange', { id: 'preferences.option.highlight.orange' });
      },
      get green() {
        return msg('Green', { id: 'preferences.option.highlight.green' });
      },
      get blue() {
        return msg('Blue', { id: 'preferences.option.highlight.blue' });
      },
      get pink() {
        return msg('Pink', { id: 'preferences.option.highlight.pink' });
      },
    },
    lineFocusStyle: {
      get ruler() {
        return msg('Ruler (tints the lines)', { id: 'preferences.option.lineFocus.ruler' });
      },
      get mask() {
        return msg('Mask (dims the rest)', { id: 'preferences.option.lineFocus.mask' });
      },
    },
    speechHighlight: {
      get word() {
        return msg('Each word and its sentence', { id: 'preferences.option.speechHighlight.word' });
      },
      get sentence() {
        return msg('Each sentence', { id: 'preferences.option.speechHighlight.sentence' });
      },
      get none() {
        return msg('Nothing', { id: 'preferences.option.speechHighlight.none' });
      },
    },
    mathStyle: {
      get ClearSpeak() {
        return msg('ClearSpeak (everyday words)', { id: 'preferences.option.mathStyle.clearSpeak' });
      },
      get MathSpeak() {
        return msg('MathSpeak (exact, symbol by symbol)', { id: 'preferences.option.mathStyle.mathSpeak' });
      },
    },
    mathVerbosity: {
      get verbose() {
        return msg('Everything', { id: 'preferences.option.mathVerbosity.verbose' });
      },
      get brief() {
        return msg('Brief', { id: 'preferences.option.mathVerbosity.brief' });
      },
      get superbrief() {
        return msg('Shortest', { id: 'preferences.option.mathVerbosity.superbrief' });
      },
    },
    get simplestLevel() {
      return msg('Simplest available', { id: 'preferences.option.simplestLevel' });
    },
    grade: (n: string) => msg(str`Grade ${n}`, { id: 'preferences.option.grade', desc: 'A school grade (year), e.g. Grade 3.' }),
    get deviceVoice() {
      return msg('The device’s own voice', { id: 'preferences.option.deviceVoice' });
    },
    voiceMissing: (name: string) => msg(str`${name} (not on this device)`, { id: 'preferences.option.voiceMissing', desc: 'name is the name of a speech voice.' }),
    get bookLanguage() {
      return msg('Same as the book', { id: 'preferences.option.bookLanguage' });
    },
    languageName: (name: string, ownName: string) =>
      name === ownName ? name : msg(str`${name} (${ownName})`, { id: 'preferences.option.languageName', desc: 'A language named in the UI language, then in itself: “Spanish (español)”.' }),
  },

  hints: {
    get 'display.fontFamily'() {
      return msg('Atkinson Hyperlegible and Lexend were designed to be easy to tell letters apart. Pick the one that feels easiest to you.', {
        id: 'preferences.hint.fontFamily',
      });
    },
    get 'display.theme'() {
      return msg('Choose “My own colours” to pick text and background colours.', { id: 'preferences.hint.theme' });
    },
    get 'math.verbosity'() {
      return msg('ClearSpeak says the same at every level; this changes MathSpeak.', { id: 'preferences.hint.mathVerbosity' });
    },
    get 'content.readingLevel'() {
      return msg('Used when your teacher wrote simplified versions at more than one level.', { id: 'preferences.hint.readingLevel' });
    },
    get voiceText() {
      return msg('No voices were found on this device. Type a voice name, or leave it empty to use the device’s own voice.', { id: 'preferences.hint.voiceText' });
    },
  } as Partial<Record<SettingPath | 'voiceText', string>>,

  values: {
    percent: (n: string) => msg(str`${n}%`, { id: 'preferences.value.percent' }),
    times: (n: string) => msg(str`${n}×`, { id: 'preferences.value.times' }),
    timesText: (n: string) => msg(str`${n} times the text size`, { id: 'preferences.value.timesText' }),
    em: (n: string) => msg(str`${n} em`, { id: 'preferences.value.em' }),
    emSpoken: (n: string) => msg(str`${n} em, times the text size`, { id: 'preferences.value.emSpoken' }),
    characters: (count: number, n: string) =>
      plural(count, {
        one: () => msg(str`${n} character`, { id: 'preferences.value.characters.one' }),
        two: () => msg(str`${n} characters`, { id: 'preferences.value.characters.two' }),
        few: () => msg(str`${n} characters`, { id: 'preferences.value.characters.few' }),
        many: () => msg(str`${n} characters`, { id: 'preferences.value.characters.many' }),
        other: () => msg(str`${n} characters`, { id: 'preferences.value.characters.other' }),
      }),
    lines: (count: number, n: string) =>
      plural(count, {
        one: () => msg(str`${n} line`, { id: 'preferences.value.lines.one' }),
        two: () => msg(str`${n} lines`, { id: 'preferences.value.lines.two' }),
        few: () => msg(str`${n} lines`, { id: 'preferences.value.lines.few' }),
        many: () => msg(str`${n} lines`, { id: 'preferences.value.lines.many' }),
        other: () => msg(str`${n} lines`, { id: 'preferences.value.lines.other' }),
      }),
    speed: (n: string) => msg(str`${n}× speed`, { id: 'preferences.value.speed' }),
    speedSpoken: (n: string) => msg(str`${n} times normal speed`, { id: 'preferences.value.speedSpoken' }),
    pitch: (n: string) => msg(str`${n}×`, { id: 'preferences.value.pitch' }),
    pitchSpoken: (n: string) => msg(str`${n} times normal pitch`, { id: 'preferences.value.pitchSpoken' }),
    get on() {
      return msg('On', { id: 'preferences.value.on' });
    },
    get off() {
      return msg('Off', { id: 'preferences.value.off' });
    },
  },

  who: {
    get teacher() {
      return msg('Set by your teacher', { id: 'preferences.who.teacher' });
    },
    teacherWith: (name: string) => msg(str`Set by your teacher: ${name}`, { id: 'preferences.who.teacherWith', desc: 'name is an accommodation, e.g. Large print.' }),
    get iep() {
      return msg('From your IEP', { id: 'preferences.who.iep', desc: 'IEP: a US Individualized Education Program.' });
    },
    iepWith: (name: string) => msg(str`From your IEP: ${name}`, { id: 'preferences.who.iepWith' }),
    get plan504() {
      return msg('From your 504 plan', { id: 'preferences.who.plan504' });
    },
    plan504With: (name: string) => msg(str`From your 504 plan: ${name}`, { id: 'preferences.who.plan504With' }),
    lockedByTeacher: (reason: string) => msg(str`Locked by your teacher. ${reason}`, { id: 'preferences.who.lockedByTeacher', desc: 'reason is a sentence the teacher wrote.' }),
    lockedByIep: (reason: string) => msg(str`Locked by your IEP. ${reason}`, { id: 'preferences.who.lockedByIep' }),
    atLeast: (min: string, reason: string) => msg(str`At least ${min}: ${reason}`, { id: 'preferences.who.atLeast' }),
    atMost: (max: string, reason: string) => msg(str`At most ${max}: ${reason}`, { id: 'preferences.who.atMost' }),
    between: (min: string, max: string, reason: string) => msg(str`Between ${min} and ${max}: ${reason}`, { id: 'preferences.who.between' }),
  },

  refused: {
    locked: (label: string, reason: string) => msg(str`${label} is set for you and cannot be changed. ${reason}`, { id: 'preferences.refused.locked', desc: 'label is a setting name.' }),
    belowMinimum: (label: string, min: string, reason: string) => msg(str`${label} cannot go below ${min}. ${reason}`, { id: 'preferences.refused.belowMinimum' }),
    aboveMaximum: (label: string, max: string, reason: string) => msg(str`${label} cannot go above ${max}. ${reason}`, { id: 'preferences.refused.aboveMaximum' }),
  },

  colours: {
    contrast: (ratio: string) => msg(str`Contrast now: ${ratio} (4.5:1 or more is needed)`, { id: 'preferences.colours.contrast', desc: 'ratio looks like 7.2:1.' }),
    lowContrast: (foreground: string, background: string, ratio: string) =>
      msg(
        str`Text in ${foreground} on ${background} has a contrast of only ${ratio}; text needs at least 4.5:1 to be easy to read (WCAG 1.4.3). Your colours were not changed.`,
        { id: 'preferences.colours.lowContrast', desc: 'foreground and background are colour codes such as #777777.' },
      ),
    useSuggestion: (foreground: string, background: string, ratio: string) =>
      msg(str`Use ${foreground} on ${background} instead (${ratio})`, { id: 'preferences.colours.useSuggestion' }),
    suggestionApplied: (foreground: string, background: string) =>
      msg(str`Now using ${foreground} text on ${background}.`, { id: 'preferences.colours.suggestionApplied' }),
  },

  preview: {
    get label() {
      return msg('Preview', { id: 'preferences.preview.label' });
    },
    get caption() {
      return msg('This is how text will look with your settings.', { id: 'preferences.preview.caption' });
    },
    get highlightCaption() {
      return msg('The marked sentence and word show the read-aloud highlight.', { id: 'preferences.preview.highlightCaption' });
    },
    get sentence1() {
      return msg('Water is always on the move.', { id: 'preferences.preview.sentence1' });
    },
    /** The second sentence, with the highlighted word marked `{word}…{/word}` so a translation can put it anywhere. */
    get sentence2() {
      return msg('The sun warms the sea, and some of the {word}water{/word} rises into the air as vapour.', {
        id: 'preferences.preview.sentence2',
        desc: 'Keep the {word}…{/word} marks around the one word that shows the read-aloud word highlight.',
      });
    },
    get paragraph2() {
      return msg('High in the sky the vapour cools into clouds. When the drops in a cloud grow heavy, they fall back to the land as rain or snow.', {
        id: 'preferences.preview.paragraph2',
      });
    },
  },

  reset: {
    get button() {
      return msg('Reset to teacher defaults', { id: 'preferences.reset.button' });
    },
    get question() {
      return msg('Remove all the choices you made here and go back to your teacher’s settings? Locked settings stay as they are.', { id: 'preferences.reset.question' });
    },
    get confirm() {
      return msg('Yes, reset', { id: 'preferences.reset.confirm' });
    },
    get cancel() {
      return msg('Cancel', { id: 'preferences.reset.cancel' });
    },
    get done() {
      return msg('Your choices were removed. Your teacher’s settings are back.', { id: 'preferences.reset.done' });
    },
    get nothing() {
      return msg('You have not changed any settings, so there is nothing to reset.', { id: 'preferences.reset.nothing' });
    },
  },
};

export type PreferenceMessages = typeof preferenceMessages;
