import type { SettingPath } from '@attune/profile';

/**
 * Every string `<attune-preferences>` shows, in plain English. They live in
 * one object so `@lit/localize` can take them over: each entry is either a
 * whole sentence or a function that builds a whole sentence from values
 * (never from other translated pieces), which maps onto `msg(str`…`)`.
 */
export const preferenceMessages = {
  panelLabel: 'Reading preferences',
  assessmentMode: 'Test mode: some settings are fixed while the test lasts.',

  groups: {
    presets: 'Quick settings',
    text: 'Text',
    colours: 'Colours',
    readingAids: 'Reading aids',
    readAloud: 'Read aloud',
    math: 'Math',
    content: 'Content',
    language: 'Language',
  },

  presetsNote:
    'Each button changes a few settings at once, and you can change any of them afterwards. They are starting points many readers find comfortable; none of them cures dyslexia or any other condition.',
  presetApplied: (name: string) => `“${name}” is applied.`,
  presetPartlyApplied: (name: string, kept: string) => `“${name}” is applied, except these settings, which are set for you: ${kept}.`,

  labels: {
    'display.fontFamily': 'Font',
    'display.fontSize': 'Text size',
    'display.lineHeight': 'Line height',
    'display.letterSpacing': 'Letter spacing',
    'display.wordSpacing': 'Word spacing',
    'display.paragraphSpacing': 'Paragraph spacing',
    'display.lineLength': 'Line length',
    'display.textAlign': 'Alignment',
    'display.theme': 'Colour theme',
    'display.customForeground': 'Text colour',
    'display.customBackground': 'Background colour',
    'display.highlightColor': 'Highlight colour',
    'display.reducedMotion': 'Reduce motion',
    'readingAids.lineFocus': 'Line focus',
    'readingAids.lineFocusLines': 'Lines in focus',
    'readingAids.lineFocusStyle': 'Line focus style',
    'readingAids.masking': 'Masking (cover parts of the page)',
    'speech.readAloud': 'Read aloud',
    'speech.voice': 'Voice',
    'speech.rate': 'Speed',
    'speech.pitch': 'Pitch',
    'speech.volume': 'Volume',
    'speech.highlight': 'Highlight while reading',
    'speech.skipPageNumbers': 'Skip page numbers',
    'speech.skipNoteReferences': 'Skip footnote marks',
    'speech.readAltText': 'Read picture descriptions (alt text)',
    'math.style': 'Math speech style',
    'math.verbosity': 'How much math speech says',
    'content.simplifiedText': 'Simplified text',
    'content.readingLevel': 'Reading level',
    'content.glossary': 'Glossary',
    'content.glossaryPictures': 'Pictures in the glossary',
    'content.keywordTranslation': 'Translate key words',
    'content.imageDescriptions': 'Image descriptions',
    'language.ui': 'Language of buttons and messages',
    'language.content': 'Language for translations',
  } satisfies Record<SettingPath, string>,

  options: {
    fontFamily: {
      publisher: 'The book’s own font',
      serif: 'Serif',
      'sans-serif': 'Sans-serif',
      'atkinson-hyperlegible': 'Atkinson Hyperlegible',
      lexend: 'Lexend',
      opendyslexic: 'OpenDyslexic',
      monospace: 'Monospace',
    },
    textAlign: { publisher: 'As in the book', start: 'Ragged edge (not justified)', justify: 'Justified (even edges)' },
    theme: { light: 'Light', sepia: 'Sepia (cream)', dark: 'Dark', 'high-contrast': 'High contrast (yellow on black)', custom: 'My own colours' },
    highlightColor: { yellow: 'Yellow', orange: 'Orange', green: 'Green', blue: 'Blue', pink: 'Pink' },
    lineFocusStyle: { ruler: 'Ruler (tints the lines)', mask: 'Mask (dims the rest)' },
    speechHighlight: { word: 'Each word and its sentence', sentence: 'Each sentence', none: 'Nothing' },
    mathStyle: { ClearSpeak: 'ClearSpeak (everyday words)', MathSpeak: 'MathSpeak (exact, symbol by symbol)' },
    mathVerbosity: { verbose: 'Everything', brief: 'Brief', superbrief: 'Shortest' },
    simplestLevel: 'Simplest available',
    grade: (n: string) => `Grade ${n}`,
    deviceVoice: 'The device’s own voice',
    voiceMissing: (name: string) => `${name} (not on this device)`,
    bookLanguage: 'Same as the book',
    languageName: (name: string, ownName: string) => (name === ownName ? name : `${name} (${ownName})`),
  },

  hints: {
    'display.fontFamily': 'Atkinson Hyperlegible and Lexend were designed to be easy to tell letters apart. Pick the one that feels easiest to you.',
    'display.theme': 'Choose “My own colours” to pick text and background colours.',
    'math.verbosity': 'ClearSpeak says the same at every level; this changes MathSpeak.',
    'content.readingLevel': 'Used when your teacher wrote simplified versions at more than one level.',
    'language.ui': 'Attune’s buttons are in English for now; other languages are coming.',
    voiceText: 'No voices were found on this device. Type a voice name, or leave it empty to use the device’s own voice.',
  } as Partial<Record<SettingPath | 'voiceText', string>>,

  values: {
    percent: (n: string) => `${n}%`,
    times: (n: string) => `${n}×`,
    timesText: (n: string) => `${n} times the text size`,
    em: (n: string) => `${n} em`,
    emSpoken: (n: string) => `${n} em, times the text size`,
    characters: (n: string) => `${n} characters`,
    lines: (count: number, n: string) => (count === 1 ? `${n} line` : `${n} lines`),
    speed: (n: string) => `${n}× speed`,
    speedSpoken: (n: string) => `${n} times normal speed`,
    pitch: (n: string) => `${n}×`,
    pitchSpoken: (n: string) => `${n} times normal pitch`,
    on: 'On',
    off: 'Off',
  },

  who: {
    teacher: 'Set by your teacher',
    teacherWith: (name: string) => `Set by your teacher: ${name}`,
    iep: 'From your IEP',
    iepWith: (name: string) => `From your IEP: ${name}`,
    plan504: 'From your 504 plan',
    plan504With: (name: string) => `From your 504 plan: ${name}`,
    lockedByTeacher: (reason: string) => `Locked by your teacher. ${reason}`,
    lockedByIep: (reason: string) => `Locked by your IEP. ${reason}`,
    atLeast: (min: string, reason: string) => `At least ${min}: ${reason}`,
    atMost: (max: string, reason: string) => `At most ${max}: ${reason}`,
    between: (min: string, max: string, reason: string) => `Between ${min} and ${max}: ${reason}`,
  },

  refused: {
    locked: (label: string, reason: string) => `${label} is set for you and cannot be changed. ${reason}`,
    belowMinimum: (label: string, min: string, reason: string) => `${label} cannot go below ${min}. ${reason}`,
    aboveMaximum: (label: string, max: string, reason: string) => `${label} cannot go above ${max}. ${reason}`,
  },

  colours: {
    contrast: (ratio: string) => `Contrast now: ${ratio} (4.5:1 or more is needed)`,
    lowContrast: (foreground: string, background: string, ratio: string) =>
      `Text in ${foreground} on ${background} has a contrast of only ${ratio}; text needs at least 4.5:1 to be easy to read (WCAG 1.4.3). Your colours were not changed.`,
    useSuggestion: (foreground: string, background: string, ratio: string) => `Use ${foreground} on ${background} instead (${ratio})`,
    suggestionApplied: (foreground: string, background: string) => `Now using ${foreground} text on ${background}.`,
  },

  preview: {
    label: 'Preview',
    caption: 'This is how text will look with your settings.',
    highlightCaption: 'The marked sentence and word show the read-aloud highlight.',
    sentence1: 'Water is always on the move.',
    sentence2a: 'The sun warms the sea, and some of the ',
    word: 'water',
    sentence2b: ' rises into the air as vapour.',
    paragraph2: 'High in the sky the vapour cools into clouds. When the drops in a cloud grow heavy, they fall back to the land as rain or snow.',
  },

  reset: {
    button: 'Reset to teacher defaults',
    question: 'Remove all the choices you made here and go back to your teacher’s settings? Locked settings stay as they are.',
    confirm: 'Yes, reset',
    cancel: 'Cancel',
    done: 'Your choices were removed. Your teacher’s settings are back.',
    nothing: 'You have not changed any settings, so there is nothing to reset.',
  },
} as const;

export type PreferenceMessages = typeof preferenceMessages;
