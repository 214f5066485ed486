import { msg, str } from '@lit/localize';
import { plural } from '@attune/reader/localization';
import './localization-catalog.js';
import type { AccommodationSource, AccommodationTier, PolicyWhen, ReadingMode, RuleSource, SettingPath } from '@attune/profile';

/**
 * Every string the teacher's elements show, through `@lit/localize` with a
 * stable id each (`authoring.<group>.<name>`). Entries are getters or
 * functions, so they are read in the UI language in force when an element
 * renders; each is a whole sentence or label, or builds one from values
 * (never from other translated pieces). Counts pick their plural form with
 * `Intl.PluralRules` (Arabic has six).
 */
type EntryType = 'simplified' | 'glossary' | 'description' | 'note';

export const authoringMessages = {
  common: {
    get cancel() {
      return msg('Cancel', { id: 'authoring.common.cancel' });
    },
    get remove() {
      return msg('Remove', { id: 'authoring.common.remove' });
    },
    saved: (time: string) => msg(str`All changes saved on this device at ${time}.`, { id: 'authoring.common.saved' }),
    get saving() {
      return msg('Saving…', { id: 'authoring.common.saving' });
    },
    get unsaved() {
      return msg('Changes are waiting to be saved…', { id: 'authoring.common.unsaved' });
    },
    saveFailed: (message: string) => msg(str`Your latest change could not be saved: ${message}`, { id: 'authoring.common.saveFailed' }),
    get export() {
      return msg('Export to a file', { id: 'authoring.common.export' });
    },
    get import() {
      return msg('Import a file', { id: 'authoring.common.import' });
    },
    get on() {
      return msg('On', { id: 'authoring.common.on' });
    },
    get off() {
      return msg('Off', { id: 'authoring.common.off' });
    },
  },

  richText: {
    toolbarLabel: (label: string) => msg(str`Formatting: ${label}`, { id: 'authoring.richText.toolbarLabel' }),
    commands: {
      get paragraph() {
        return msg('Paragraph', { id: 'authoring.richText.commands.paragraph' });
      },
      get bulleted() {
        return msg('Bulleted list', { id: 'authoring.richText.commands.bulleted' });
      },
      get numbered() {
        return msg('Numbered list', { id: 'authoring.richText.commands.numbered' });
      },
      get emphasis() {
        return msg('Emphasis (Ctrl+I)', { id: 'authoring.richText.commands.emphasis' });
      },
      get strong() {
        return msg('Strong (Ctrl+B)', { id: 'authoring.richText.commands.strong' });
      },
      get image() {
        return msg('Picture…', { id: 'authoring.richText.commands.image' });
      },
    },
    glyphs: { paragraph: '¶', bulleted: '•≡', numbered: '1.', emphasis: 'I', strong: 'B', image: '▣' },
    get shortcuts() {
      return msg('Ctrl+B for strong, Ctrl+I for emphasis. The formatting toolbar is just before the text.', { id: 'authoring.richText.shortcuts' });
    },
    get imageFile() {
      return msg('Picture from this device (PNG, JPEG, GIF, WebP)', { id: 'authoring.richText.imageFile' });
    },
    get imageAddress() {
      return msg('Or the picture’s web address (https://…)', { id: 'authoring.richText.imageAddress' });
    },
    get imageAlt() {
      return msg('Describe the picture', { id: 'authoring.richText.imageAlt' });
    },
    get imageAltHint() {
      return msg('What a learner who cannot see it needs to know, in a sentence.', { id: 'authoring.richText.imageAltHint' });
    },
    get imageDecorative() {
      return msg('It is only decoration (nothing to describe)', { id: 'authoring.richText.imageDecorative' });
    },
    get imageInsert() {
      return msg('Insert the picture', { id: 'authoring.richText.imageInsert' });
    },
    get imageMissing() {
      return msg('Choose a picture file or type its web address.', { id: 'authoring.richText.imageMissing' });
    },
    get imageAddressUnsafe() {
      return msg('A picture’s web address must start with https://.', { id: 'authoring.richText.imageAddressUnsafe' });
    },
    get imageAltMissing() {
      return msg('Describe the picture, or tick “It is only decoration”.', { id: 'authoring.richText.imageAltMissing' });
    },
    get cancel() {
      return msg('Cancel', { id: 'authoring.richText.cancel' });
    },
  },

  images: {
    wrongType: (name: string) => msg(str`“${name}” is not a PNG, JPEG, GIF, WebP or AVIF picture. Choose one of those.`, { id: 'authoring.images.wrongType' }),
    tooLarge: (name: string, kb: number, maxKb: number) => msg(str`“${name}” is ${kb} kB; pictures here can be at most ${maxKb} kB. Choose a smaller picture or make this one smaller.`, { id: 'authoring.images.tooLarge' }),
    unreadable: (name: string) => msg(str`“${name}” could not be read. Choose it again.`, { id: 'authoring.images.unreadable' }),
  },

  readability: {
    get caption() {
      return msg('Readability', { id: 'authoring.readability.caption' });
    },
    get text() {
      return msg('Text', { id: 'authoring.readability.text' });
    },
    get grade() {
      return msg('Grade level (Flesch–Kincaid)', { id: 'authoring.readability.grade' });
    },
    get ease() {
      return msg('Reading ease (0–100, higher is easier)', { id: 'authoring.readability.ease' });
    },
    get words() {
      return msg('Words', { id: 'authoring.readability.words' });
    },
    get original() {
      return msg('Original', { id: 'authoring.readability.original' });
    },
    easier: (label: string, grade: string, by: string) => msg(str`${label} reads at grade ${grade}, ${by} grades easier than the original.`, { id: 'authoring.readability.easier' }),
    harder: (label: string, grade: string, by: string) => msg(str`${label} reads at grade ${grade}, ${by} grades harder than the original. Shorter sentences and shorter words make it easier.`, { id: 'authoring.readability.harder' }),
    aboutTheSame: (label: string, grade: string) => msg(str`${label} reads at grade ${grade}, about the same as the original.`, { id: 'authoring.readability.aboutTheSame' }),
    gradeOnly: (label: string, grade: string) => msg(str`${label} reads at grade ${grade}.`, { id: 'authoring.readability.gradeOnly' }),
    noMetric: (label: string, message: string) => msg(str`${label}: ${message}`, { id: 'authoring.readability.noMetric' }),
    get shortText() {
      return msg('These formulas are made for passages of 100 words or more; for shorter text, read the numbers as a rough guide.', { id: 'authoring.readability.shortText' });
    },
  },

  builder: {
    get title() {
      return msg('Learner profile', { id: 'authoring.builder.title' });
    },
    get intro() {
      return msg('Turn a learner’s IEP or 504 plan into reading settings. Everything stays on this device until you export it.', { id: 'authoring.builder.intro' });
    },
    get learnerHeading() {
      return msg('Learner', { id: 'authoring.builder.learnerHeading' });
    },
    get learnerChoice() {
      return msg('Learner on this device', { id: 'authoring.builder.learnerChoice' });
    },
    get noLearners() {
      return msg('There are no learners on this device yet. Add one below.', { id: 'authoring.builder.noLearners' });
    },
    get newLearnerName() {
      return msg('New learner’s name', { id: 'authoring.builder.newLearnerName' });
    },
    get newLearnerHint() {
      return msg('A first name or a nickname is enough; it is only shown on this device.', { id: 'authoring.builder.newLearnerHint' });
    },
    get addLearner() {
      return msg('Add learner', { id: 'authoring.builder.addLearner' });
    },
    get nameMissing() {
      return msg('Type the learner’s name first.', { id: 'authoring.builder.nameMissing' });
    },
    get displayName() {
      return msg('Name shown on this device', { id: 'authoring.builder.displayName' });
    },
    learnerAdded: (name: string) => msg(str`${name} was added.`, { id: 'authoring.builder.learnerAdded' }),
    learnerOpened: (name: string) => msg(str`Now editing ${name}.`, { id: 'authoring.builder.learnerOpened' }),
    get unnamed() {
      return msg('Unnamed learner', { id: 'authoring.builder.unnamed' });
    },
    get accommodationsHeading() {
      return msg('Accommodations and supports', { id: 'authoring.builder.accommodationsHeading' });
    },
    get accommodationsIntro() {
      return msg('Tick what the learner’s plan gives them. Each one switches on the settings it needs; you can fine-tune them below.', { id: 'authoring.builder.accommodationsIntro' });
    },
    tiers: {
      get 'universal-tool'() {
        return msg('Universal tools', { id: 'authoring.builder.tiers.universal-tool' });
      },
      get 'designated-support'() {
        return msg('Designated supports', { id: 'authoring.builder.tiers.designated-support' });
      },
      get accommodation() {
        return msg('Accommodations', { id: 'authoring.builder.tiers.accommodation' });
      },
    } satisfies Record<AccommodationTier, string>,
    get source() {
      return msg('Written in', { id: 'authoring.builder.source' });
    },
    sources: {
      get iep() {
        return msg('IEP', { id: 'authoring.builder.sources.iep' });
      },
      get '504-plan'() {
        return msg('504 plan', { id: 'authoring.builder.sources.504-plan' });
      },
      get teacher() {
        return msg('Teacher’s choice', { id: 'authoring.builder.sources.teacher' });
      },
    } satisfies Record<AccommodationSource, string>,
    get note() {
      return msg('Note for the record (optional)', { id: 'authoring.builder.note' });
    },
    get recordedOnly() {
      return msg('Recorded only: this happens outside Attune.', { id: 'authoring.builder.recordedOnly' });
    },
    get settingsHeading() {
      return msg('Starting values, limits and locks', { id: 'authoring.builder.settingsHeading' });
    },
    get settingsIntro() {
      return msg('A starting value is where the learner begins; they may change it. A limit keeps a number inside a range. A lock fixes a setting so the learner cannot change it. Give a reason for each limit or lock: the learner reads it.', { id: 'authoring.builder.settingsIntro' });
    },
    groups: {
      get text() {
        return msg('Text', { id: 'authoring.builder.groups.text' });
      },
      get colours() {
        return msg('Colours', { id: 'authoring.builder.groups.colours' });
      },
      get readingAids() {
        return msg('Reading aids', { id: 'authoring.builder.groups.readingAids' });
      },
      get readAloud() {
        return msg('Read aloud', { id: 'authoring.builder.groups.readAloud' });
      },
      get math() {
        return msg('Math', { id: 'authoring.builder.groups.math' });
      },
      get content() {
        return msg('Content', { id: 'authoring.builder.groups.content' });
      },
    },
    nowValue: (value: string) => msg(str`now ${value}`, { id: 'authoring.builder.nowValue' }),
    fromAccommodation: (name: string, source: string) => msg(str`from ${name} (${source})`, { id: 'authoring.builder.fromAccommodation' }),
    get lockedBadge() {
      return msg('locked', { id: 'authoring.builder.lockedBadge' });
    },
    limitBadge: (range: string) => msg(str`limit: ${range}`, { id: 'authoring.builder.limitBadge' }),
    rangeAtLeast: (min: string) => msg(str`at least ${min}`, { id: 'authoring.builder.range.atLeast' }),
    rangeAtMost: (max: string) => msg(str`at most ${max}`, { id: 'authoring.builder.range.atMost' }),
    rangeBetween: (min: string, max: string) => msg(str`at least ${min}, at most ${max}`, { id: 'authoring.builder.range.between' }),
    get startingValue() {
      return msg('Starting value', { id: 'authoring.builder.startingValue' });
    },
    notSet: (value: string) => msg(str`Not set (default: ${value})`, { id: 'authoring.builder.notSet' }),
    notSetNumber: (value: string) => msg(str`Leave empty for the default, ${value}.`, { id: 'authoring.builder.notSetNumber' }),
    get atLeast() {
      return msg('At least', { id: 'authoring.builder.atLeast' });
    },
    get atMost() {
      return msg('At most', { id: 'authoring.builder.atMost' });
    },
    limitHint: (range: string) => msg(str`Leave empty for no limit. Possible values: ${range}.`, { id: 'authoring.builder.limitHint' }),
    get lock() {
      return msg('Lock it: the learner cannot change it', { id: 'authoring.builder.lock' });
    },
    get lockedValue() {
      return msg('Locked value', { id: 'authoring.builder.lockedValue' });
    },
    get reason() {
      return msg('Reason (the learner reads this)', { id: 'authoring.builder.reason' });
    },
    get reasonHint() {
      return msg('For example: “Your IEP says your text is always at least twice the normal size.”', { id: 'authoring.builder.reasonHint' });
    },
    get reasonMissing() {
      return msg('Write a reason the learner can read.', { id: 'authoring.builder.reasonMissing' });
    },
    get minAboveMax() {
      return msg('The “at least” value is above the “at most” value.', { id: 'authoring.builder.minAboveMax' });
    },
    get requiredBy() {
      return msg('Required by', { id: 'authoring.builder.requiredBy' });
    },
    ruleSources: {
      get teacher() {
        return msg('Teacher', { id: 'authoring.builder.ruleSources.teacher' });
      },
      get iep() {
        return msg('IEP or 504 plan', { id: 'authoring.builder.ruleSources.iep' });
      },
    } satisfies Record<RuleSource, string>,
    get when() {
      return msg('When', { id: 'authoring.builder.when' });
    },
    whens: {
      get always() {
        return msg('Always', { id: 'authoring.builder.whens.always' });
      },
      get learning() {
        return msg('Only while learning', { id: 'authoring.builder.whens.learning' });
      },
      get assessment() {
        return msg('Only during tests', { id: 'authoring.builder.whens.assessment' });
      },
    } satisfies Record<PolicyWhen, string>,
    get modeHeading() {
      return msg('Reading mode now', { id: 'authoring.builder.modeHeading' });
    },
    modes: {
      get learning() {
        return msg('Learning', { id: 'authoring.builder.modes.learning' });
      },
      get assessment() {
        return msg('Test (locks marked “only during tests” apply)', { id: 'authoring.builder.modes.assessment' });
      },
    } satisfies Record<ReadingMode, string>,
    get checkHeading() {
      return msg('Please check', { id: 'authoring.builder.checkHeading' });
    },
    get previewHeading() {
      return msg('Preview', { id: 'authoring.builder.previewHeading' });
    },
    get previewLabel() {
      return msg('Preview of the reader with these settings', { id: 'authoring.builder.previewLabel' });
    },
    get previewMissing() {
      return msg('Give this element a sample book (preview-src) to see a preview.', { id: 'authoring.builder.previewMissing' });
    },
    summaryHeading: (name: string) => msg(str`What ${name}’s reader does`, { id: 'authoring.builder.summaryHeading' }),
    get summaryHint() {
      return msg('In plain words, for the learner and their family.', { id: 'authoring.builder.summaryHint' });
    },
    get copySummary() {
      return msg('Copy the summary', { id: 'authoring.builder.copySummary' });
    },
    get summaryCopied() {
      return msg('The summary was copied.', { id: 'authoring.builder.summaryCopied' });
    },
    get summaryNotCopied() {
      return msg('The summary could not be copied; select it and copy it yourself.', { id: 'authoring.builder.summaryNotCopied' });
    },
    exported: (file: string) => msg(str`Exported as ${file}.`, { id: 'authoring.builder.exported' }),
    imported: (name: string) => msg(str`${name} was imported.`, { id: 'authoring.builder.imported' }),
    importedWithIssues: (name: string, count: number) =>
      plural(count, {
        one: () => msg(str`${name} was imported. One thing in the file was fixed:`, { id: 'authoring.builder.importedWithIssues.one' }),
        two: () => msg(str`${name} was imported. ${count} things in the file were fixed:`, { id: 'authoring.builder.importedWithIssues.two' }),
        few: () => msg(str`${name} was imported. ${count} things in the file were fixed:`, { id: 'authoring.builder.importedWithIssues.few' }),
        many: () => msg(str`${name} was imported. ${count} things in the file were fixed:`, { id: 'authoring.builder.importedWithIssues.many' }),
        other: () => msg(str`${name} was imported. ${count} things in the file were fixed:`, { id: 'authoring.builder.importedWithIssues.other' }),
      }),
    notAProfile: (file: string) => msg(str`“${file}” is not a learner profile file. Choose a .json file exported from Attune.`, { id: 'authoring.builder.notAProfile' }),
  },

  settings: {
    labels: {
      get 'display.fontFamily'() {
        return msg('Font', { id: 'authoring.settings.labels.display.fontFamily' });
      },
      get 'display.fontSize'() {
        return msg('Text size', { id: 'authoring.settings.labels.display.fontSize' });
      },
      get 'display.lineHeight'() {
        return msg('Line height', { id: 'authoring.settings.labels.display.lineHeight' });
      },
      get 'display.letterSpacing'() {
        return msg('Letter spacing', { id: 'authoring.settings.labels.display.letterSpacing' });
      },
      get 'display.wordSpacing'() {
        return msg('Word spacing', { id: 'authoring.settings.labels.display.wordSpacing' });
      },
      get 'display.paragraphSpacing'() {
        return msg('Paragraph spacing', { id: 'authoring.settings.labels.display.paragraphSpacing' });
      },
      get 'display.lineLength'() {
        return msg('Line length', { id: 'authoring.settings.labels.display.lineLength' });
      },
      get 'display.textAlign'() {
        return msg('Alignment', { id: 'authoring.settings.labels.display.textAlign' });
      },
      get 'display.theme'() {
        return msg('Colour theme', { id: 'authoring.settings.labels.display.theme' });
      },
      get 'display.customForeground'() {
        return msg('Text colour', { id: 'authoring.settings.labels.display.customForeground' });
      },
      get 'display.customBackground'() {
        return msg('Background colour', { id: 'authoring.settings.labels.display.customBackground' });
      },
      get 'display.highlightColor'() {
        return msg('Highlight colour', { id: 'authoring.settings.labels.display.highlightColor' });
      },
      get 'display.reducedMotion'() {
        return msg('Reduce motion', { id: 'authoring.settings.labels.display.reducedMotion' });
      },
      get 'readingAids.lineFocus'() {
        return msg('Line focus (reading ruler)', { id: 'authoring.settings.labels.readingAids.lineFocus' });
      },
      get 'readingAids.lineFocusLines'() {
        return msg('Lines in focus', { id: 'authoring.settings.labels.readingAids.lineFocusLines' });
      },
      get 'readingAids.lineFocusStyle'() {
        return msg('Line focus style', { id: 'authoring.settings.labels.readingAids.lineFocusStyle' });
      },
      get 'readingAids.masking'() {
        return msg('Masking (cover parts of the page)', { id: 'authoring.settings.labels.readingAids.masking' });
      },
      get 'speech.readAloud'() {
        return msg('Read aloud', { id: 'authoring.settings.labels.speech.readAloud' });
      },
      get 'speech.voice'() {
        return msg('Voice', { id: 'authoring.settings.labels.speech.voice' });
      },
      get 'speech.rate'() {
        return msg('Speaking speed', { id: 'authoring.settings.labels.speech.rate' });
      },
      get 'speech.pitch'() {
        return msg('Pitch', { id: 'authoring.settings.labels.speech.pitch' });
      },
      get 'speech.volume'() {
        return msg('Volume', { id: 'authoring.settings.labels.speech.volume' });
      },
      get 'speech.highlight'() {
        return msg('Highlight while reading aloud', { id: 'authoring.settings.labels.speech.highlight' });
      },
      get 'speech.skipPageNumbers'() {
        return msg('Skip page numbers', { id: 'authoring.settings.labels.speech.skipPageNumbers' });
      },
      get 'speech.skipNoteReferences'() {
        return msg('Skip footnote marks', { id: 'authoring.settings.labels.speech.skipNoteReferences' });
      },
      get 'speech.readAltText'() {
        return msg('Read picture descriptions aloud', { id: 'authoring.settings.labels.speech.readAltText' });
      },
      get 'math.style'() {
        return msg('Math speech style', { id: 'authoring.settings.labels.math.style' });
      },
      get 'math.verbosity'() {
        return msg('How much math speech says', { id: 'authoring.settings.labels.math.verbosity' });
      },
      get 'content.simplifiedText'() {
        return msg('Simplified text', { id: 'authoring.settings.labels.content.simplifiedText' });
      },
      get 'content.readingLevel'() {
        return msg('Reading level (grade)', { id: 'authoring.settings.labels.content.readingLevel' });
      },
      get 'content.glossary'() {
        return msg('Glossary', { id: 'authoring.settings.labels.content.glossary' });
      },
      get 'content.glossaryPictures'() {
        return msg('Pictures in the glossary', { id: 'authoring.settings.labels.content.glossaryPictures' });
      },
      get 'content.keywordTranslation'() {
        return msg('Translate key words', { id: 'authoring.settings.labels.content.keywordTranslation' });
      },
      get 'content.imageDescriptions'() {
        return msg('Image descriptions', { id: 'authoring.settings.labels.content.imageDescriptions' });
      },
      get 'language.ui'() {
        return msg('Language of buttons', { id: 'authoring.settings.labels.language.ui' });
      },
      get 'language.content'() {
        return msg('Language for translations', { id: 'authoring.settings.labels.language.content' });
      },
    } satisfies Record<SettingPath, string>,
    options: {
      'display.fontFamily': {
        get publisher() {
          return msg('The book’s own font', { id: 'authoring.settings.options.display.fontFamily.publisher' });
        },
        get serif() {
          return msg('Serif', { id: 'authoring.settings.options.display.fontFamily.serif' });
        },
        get 'sans-serif'() {
          return msg('Sans-serif', { id: 'authoring.settings.options.display.fontFamily.sans-serif' });
        },
        'atkinson-hyperlegible': 'Atkinson Hyperlegible',
        lexend: 'Lexend',
        opendyslexic: 'OpenDyslexic',
        get monospace() {
          return msg('Monospace', { id: 'authoring.settings.options.display.fontFamily.monospace' });
        },
      },
      'display.textAlign': {
        get publisher() {
          return msg('As in the book', { id: 'authoring.settings.options.display.textAlign.publisher' });
        },
        get start() {
          return msg('Ragged edge (not justified)', { id: 'authoring.settings.options.display.textAlign.start' });
        },
        get justify() {
          return msg('Justified (even edges)', { id: 'authoring.settings.options.display.textAlign.justify' });
        },
      },
      'display.theme': {
        get light() {
          return msg('Light', { id: 'authoring.settings.options.display.theme.light' });
        },
        get sepia() {
          return msg('Sepia (cream)', { id: 'authoring.settings.options.display.theme.sepia' });
        },
        get dark() {
          return msg('Dark', { id: 'authoring.settings.options.display.theme.dark' });
        },
        get 'high-contrast'() {
          return msg('High contrast (yellow on black)', { id: 'authoring.settings.options.display.theme.high-contrast' });
        },
        get custom() {
          return msg('Own colours', { id: 'authoring.settings.options.display.theme.custom' });
        },
      },
      'display.highlightColor': {
        get yellow() {
          return msg('Yellow', { id: 'authoring.settings.options.display.highlightColor.yellow' });
        },
        get orange() {
          return msg('Orange', { id: 'authoring.settings.options.display.highlightColor.orange' });
        },
        get green() {
          return msg('Green', { id: 'authoring.settings.options.display.highlightColor.green' });
        },
        get blue() {
          return msg('Blue', { id: 'authoring.settings.options.display.highlightColor.blue' });
        },
        get pink() {
          return msg('Pink', { id: 'authoring.settings.options.display.highlightColor.pink' });
        },
      },
      'readingAids.lineFocusStyle': {
        get ruler() {
          return msg('Ruler (tints the lines)', { id: 'authoring.settings.options.readingAids.lineFocusStyle.ruler' });
        },
        get mask() {
          return msg('Mask (dims the rest)', { id: 'authoring.settings.options.readingAids.lineFocusStyle.mask' });
        },
      },
      'speech.highlight': {
        get word() {
          return msg('Each word and its sentence', { id: 'authoring.settings.options.speech.highlight.word' });
        },
        get sentence() {
          return msg('Each sentence', { id: 'authoring.settings.options.speech.highlight.sentence' });
        },
        get none() {
          return msg('Nothing', { id: 'authoring.settings.options.speech.highlight.none' });
        },
      },
      'math.style': {
        get ClearSpeak() {
          return msg('ClearSpeak (everyday words)', { id: 'authoring.settings.options.math.style.ClearSpeak' });
        },
        get MathSpeak() {
          return msg('MathSpeak (exact, symbol by symbol)', { id: 'authoring.settings.options.math.style.MathSpeak' });
        },
      },
      'math.verbosity': {
        get verbose() {
          return msg('Everything', { id: 'authoring.settings.options.math.verbosity.verbose' });
        },
        get brief() {
          return msg('Brief', { id: 'authoring.settings.options.math.verbosity.brief' });
        },
        get superbrief() {
          return msg('Shortest', { id: 'authoring.settings.options.math.verbosity.superbrief' });
        },
      },
    } as Partial<Record<SettingPath, Record<string, string>>>,
    get simplestLevel() {
      return msg('the simplest available', { id: 'authoring.settings.simplestLevel' });
    },
    /** "45 characters", "3 lines": the number is already written the UI language's way. */
    characters: (count: number, n: string) =>
      plural(count, {
        one: () => msg(str`${n} character`, { id: 'authoring.settings.characters.one' }),
        two: () => msg(str`${n} characters`, { id: 'authoring.settings.characters.two' }),
        few: () => msg(str`${n} characters`, { id: 'authoring.settings.characters.few' }),
        many: () => msg(str`${n} characters`, { id: 'authoring.settings.characters.many' }),
        other: () => msg(str`${n} characters`, { id: 'authoring.settings.characters.other' }),
      }),
    lines: (count: number, n: string) =>
      plural(count, {
        one: () => msg(str`${n} line`, { id: 'authoring.settings.lines.one' }),
        two: () => msg(str`${n} lines`, { id: 'authoring.settings.lines.two' }),
        few: () => msg(str`${n} lines`, { id: 'authoring.settings.lines.few' }),
        many: () => msg(str`${n} lines`, { id: 'authoring.settings.lines.many' }),
        other: () => msg(str`${n} lines`, { id: 'authoring.settings.lines.other' }),
      }),
  },

  summary: {
    get readAloud() {
      return msg('Text can be read aloud.', { id: 'authoring.summary.readAloud' });
    },
    get readAloudWords() {
      return msg('Text can be read aloud, and each word is highlighted as it is read.', { id: 'authoring.summary.readAloudWords' });
    },
    get readAloudSentences() {
      return msg('Text can be read aloud, and each sentence is highlighted as it is read.', { id: 'authoring.summary.readAloudSentences' });
    },
    get readAloudOff() {
      return msg('Read-aloud is turned off.', { id: 'authoring.summary.readAloudOff' });
    },
    speed: (rate: string) => msg(str`Reading aloud goes at ${rate} times normal speed.`, { id: 'authoring.summary.speed' }),
    fontSize: (size: string) => msg(str`Text is shown at ${size} of its normal size.`, { id: 'authoring.summary.fontSize' }),
    atLeast: (label: string, min: string) => msg(str`${label} is never below ${min}.`, { id: 'authoring.summary.atLeast' }),
    atMost: (label: string, max: string) => msg(str`${label} is never above ${max}.`, { id: 'authoring.summary.atMost' }),
    between: (label: string, min: string, max: string) => msg(str`${label} stays between ${min} and ${max}.`, { id: 'authoring.summary.between' }),
    font: (font: string) => msg(str`Text uses the ${font} font.`, { id: 'authoring.summary.font' }),
    get spacing() {
      return msg('Lines, words and letters have extra space between them.', { id: 'authoring.summary.spacing' });
    },
    lineLength: (characters: string) => msg(str`Lines are at most ${characters} characters long.`, { id: 'authoring.summary.lineLength' }),
    themes: {
      light: '',
      get sepia() {
        return msg('Pages are cream-coloured with dark text.', { id: 'authoring.summary.themes.sepia' });
      },
      get dark() {
        return msg('Pages are dark with light text.', { id: 'authoring.summary.themes.dark' });
      },
      get 'high-contrast'() {
        return msg('Pages are black with yellow text, for high contrast.', { id: 'authoring.summary.themes.high-contrast' });
      },
      get custom() {
        return msg('Pages use their own text and background colours.', { id: 'authoring.summary.themes.custom' });
      },
    } as Record<string, string>,
    get justified() {
      return msg('Text is justified (even edges).', { id: 'authoring.summary.justified' });
    },
    get reducedMotion() {
      return msg('Movement and animation are turned off.', { id: 'authoring.summary.reducedMotion' });
    },
    get ruler() {
      return msg('A reading ruler marks the line being read.', { id: 'authoring.summary.ruler' });
    },
    get mask() {
      return msg('The lines being read stand out; the rest of the page is dimmed.', { id: 'authoring.summary.mask' });
    },
    get masking() {
      return msg('Parts of the page can be covered up.', { id: 'authoring.summary.masking' });
    },
    get simplified() {
      return msg('Hard passages are shown in simpler words where the teacher wrote a simpler version.', { id: 'authoring.summary.simplified' });
    },
    simplifiedAt: (grade: string) => msg(str`Hard passages are shown in simpler words, aimed at grade ${grade}, where the teacher wrote a simpler version.`, { id: 'authoring.summary.simplifiedAt' }),
    get glossary() {
      return msg('Hard words can be looked up on the page.', { id: 'authoring.summary.glossary' });
    },
    get glossaryPictures() {
      return msg('Hard words can be looked up on the page, with pictures.', { id: 'authoring.summary.glossaryPictures' });
    },
    get translation() {
      return msg('Key words are also given in the learner’s home language.', { id: 'authoring.summary.translation' });
    },
    get descriptions() {
      return msg('Pictures come with a written description.', { id: 'authoring.summary.descriptions' });
    },
    get descriptionsAloud() {
      return msg('Pictures come with a written description, which is read aloud too.', { id: 'authoring.summary.descriptionsAloud' });
    },
    get mathSpeak() {
      return msg('Math is read aloud symbol by symbol (MathSpeak).', { id: 'authoring.summary.mathSpeak' });
    },
    locked: (label: string, value: string, reason: string) => msg(str`${label} is always ${value}. ${reason}`, { id: 'authoring.summary.locked' }),
    lockedInTests: (label: string, value: string, reason: string) => msg(str`During tests, ${label.toLowerCase()} is ${value}. ${reason}`, { id: 'authoring.summary.lockedInTests' }),
    lockedWhileLearning: (label: string, value: string, reason: string) => msg(str`While learning, ${label.toLowerCase()} is ${value}. ${reason}`, { id: 'authoring.summary.lockedWhileLearning' }),
    fromPlan: (source: string, names: string) => msg(str`From the ${source}: ${names}.`, { id: 'authoring.summary.fromPlan' }),
    byTeacher: (names: string) => msg(str`Chosen by the teacher: ${names}.`, { id: 'authoring.summary.byTeacher' }),
    recordedOnly: (names: string) => msg(str`Also in the plan, outside the reader: ${names}.`, { id: 'authoring.summary.recordedOnly' }),
    planNames: {
      get iep() {
        return msg('IEP', { id: 'authoring.summary.planNames.iep' });
      },
      get '504-plan'() {
        return msg('504 plan', { id: 'authoring.summary.planNames.504-plan' });
      },
    } as Record<string, string>,
    get nothing() {
      return msg('The reader uses its usual settings.', { id: 'authoring.summary.nothing' });
    },
    get testMode() {
      return msg('The reader is in test mode now.', { id: 'authoring.summary.testMode' });
    },
  },

  editor: {
    get title() {
      return msg('Variant editor', { id: 'authoring.editor.title' });
    },
    get noBook() {
      return msg('Give this element a book (src) to start.', { id: 'authoring.editor.noBook' });
    },
    get opening() {
      return msg('Opening the book…', { id: 'authoring.editor.opening' });
    },
    bookError: (message: string) => msg(str`The book could not be opened. ${message}`, { id: 'authoring.editor.bookError' }),
    packFromDevice: (time: string) => msg(str`Your work on this book was opened from this device (last saved ${time}).`, { id: 'authoring.editor.packFromDevice' }),
    get packFromUrl() {
      return msg('Started from the pack this page gave.', { id: 'authoring.editor.packFromUrl' });
    },
    get packNew() {
      return msg('A new pack was started for this book.', { id: 'authoring.editor.packNew' });
    },
    get readerLabel() {
      return msg('The book, with your changes applied', { id: 'authoring.editor.readerLabel' });
    },
    get undo() {
      return msg('Undo', { id: 'authoring.editor.undo' });
    },
    get redo() {
      return msg('Redo', { id: 'authoring.editor.redo' });
    },
    get undone() {
      return msg('Undone.', { id: 'authoring.editor.undone' });
    },
    get redone() {
      return msg('Redone.', { id: 'authoring.editor.redone' });
    },
    get nothingToUndo() {
      return msg('Nothing to undo.', { id: 'authoring.editor.nothingToUndo' });
    },
    get nothingToRedo() {
      return msg('Nothing to redo.', { id: 'authoring.editor.nothingToRedo' });
    },
    get historyLabel() {
      return msg('History', { id: 'authoring.editor.historyLabel' });
    },
    get clear() {
      return msg('Start over…', { id: 'authoring.editor.clear' });
    },
    get clearQuestion() {
      return msg('Remove every passage, glossary term, description and note from this pack? You can undo this.', { id: 'authoring.editor.clearQuestion' });
    },
    get clearConfirm() {
      return msg('Yes, start over', { id: 'authoring.editor.clearConfirm' });
    },
    get cleared() {
      return msg('The pack is empty now. Undo brings it back.', { id: 'authoring.editor.cleared' });
    },
    exported: (file: string) => msg(str`Exported as ${file}.`, { id: 'authoring.editor.exported' }),
    get selectionHeading() {
      return msg('Selected text', { id: 'authoring.editor.selectionHeading' });
    },
    get noSelection() {
      return msg('Select a passage in the book with the mouse, or find it by typing a few of its words below.', { id: 'authoring.editor.noSelection' });
    },
    selectionNow: (text: string) => msg(str`Selected in the book: “${text}”`, { id: 'authoring.editor.selectionNow' }),
    get useSelection() {
      return msg('Use the selected text', { id: 'authoring.editor.useSelection' });
    },
    selectionUsed: (text: string) => msg(str`Chosen passage: “${text}”`, { id: 'authoring.editor.selectionUsed' }),
    get selectionMissing() {
      return msg('Select some text in the book first.', { id: 'authoring.editor.selectionMissing' });
    },
    get findLabel() {
      return msg('Find text on this page of the book', { id: 'authoring.editor.findLabel' });
    },
    get findHint() {
      return msg('Type a few words of the passage, then press Enter. The words found are selected in the book.', { id: 'authoring.editor.findHint' });
    },
    get find() {
      return msg('Find and select', { id: 'authoring.editor.find' });
    },
    found: (text: string) => msg(str`Found and selected: “${text}”.`, { id: 'authoring.editor.found' }),
    notFound: (text: string) => msg(str`“${text}” is not on the page shown. Go to the right page in the book first.`, { id: 'authoring.editor.notFound' }),
    get chosenHeading() {
      return msg('Chosen passage', { id: 'authoring.editor.chosenHeading' });
    },
    get actionsLabel() {
      return msg('What to do with the chosen passage', { id: 'authoring.editor.actionsLabel' });
    },
    get simplifyIt() {
      return msg('Write a simpler version', { id: 'authoring.editor.simplifyIt' });
    },
    get noteIt() {
      return msg('Add a teacher’s note', { id: 'authoring.editor.noteIt' });
    },
    get glossaryIt() {
      return msg('Add to the glossary', { id: 'authoring.editor.glossaryIt' });
    },
    get describeIt() {
      return msg('Describe the picture', { id: 'authoring.editor.describeIt' });
    },
    get noImageInSelection() {
      return msg('There is no picture in the chosen passage.', { id: 'authoring.editor.noImageInSelection' });
    },
    get tabsLabel() {
      return msg('Parts of the pack', { id: 'authoring.editor.tabsLabel' });
    },
    tabs: {
      get passages() {
        return msg('Simpler versions', { id: 'authoring.editor.tabs.passages' });
      },
      get glossary() {
        return msg('Glossary', { id: 'authoring.editor.tabs.glossary' });
      },
      get images() {
        return msg('Pictures', { id: 'authoring.editor.tabs.images' });
      },
      get notes() {
        return msg('Notes', { id: 'authoring.editor.tabs.notes' });
      },
      get problems() {
        return msg('Problems', { id: 'authoring.editor.tabs.problems' });
      },
      get share() {
        return msg('Import and export', { id: 'authoring.editor.tabs.share' });
      },
    },
    tabCount: (label: string, count: number) => msg(str`${label} (${count})`, { id: 'authoring.editor.tabCount' }),
    get passagesIntro() {
      return msg('Simpler versions of hard passages, at levels you name. The learner sees the version for their level.', { id: 'authoring.editor.passagesIntro' });
    },
    get noPassages() {
      return msg('No simpler versions yet. Select a passage in the book and choose “Write a simpler version”.', { id: 'authoring.editor.noPassages' });
    },
    levelsSummary: (count: number) =>
      count === 0 ? msg('Levels (none named yet)', { id: 'authoring.editor.levelsSummary.none' }) : msg(str`Levels (${count})`, { id: 'authoring.editor.levelsSummary' }),
    get levelsIntro() {
      return msg('Name the levels you write for, simplest first. A grade band such as “3-5” lets a learner’s reading level pick the level.', { id: 'authoring.editor.levelsIntro' });
    },
    get levelName() {
      return msg('Level name', { id: 'authoring.editor.levelName' });
    },
    get levelGrades() {
      return msg('Grades (optional, e.g. 2-3)', { id: 'authoring.editor.levelGrades' });
    },
    get addLevel() {
      return msg('Add level', { id: 'authoring.editor.addLevel' });
    },
    removeLevel: (name: string) => msg(str`Remove level ${name}`, { id: 'authoring.editor.removeLevel' }),
    levelExists: (name: string) => msg(str`There is already a level called “${name}”.`, { id: 'authoring.editor.levelExists' }),
    get levelNameMissing() {
      return msg('Type a name for the level.', { id: 'authoring.editor.levelNameMissing' });
    },
    get original() {
      return msg('Original text', { id: 'authoring.editor.original' });
    },
    passageHeading: (text: string) => msg(str`Simpler version of “${text}”`, { id: 'authoring.editor.passageHeading' }),
    glossaryHeading: (term: string) => msg(str`Glossary: ${term}`, { id: 'authoring.editor.glossaryHeading' }),
    descriptionHeading: (where: string) => msg(str`Picture in ${where}`, { id: 'authoring.editor.descriptionHeading' }),
    noteHeading: (text: string) => msg(str`Note beside “${text}”`, { id: 'authoring.editor.noteHeading' }),
    get variantLevel() {
      return msg('Level', { id: 'authoring.editor.variantLevel' });
    },
    variantText: (level: string) => msg(str`Simpler version: ${level}`, { id: 'authoring.editor.variantText' }),
    get addVariant() {
      return msg('Add another level', { id: 'authoring.editor.addVariant' });
    },
    removeVariant: (level: string) => msg(str`Remove the version for ${level}`, { id: 'authoring.editor.removeVariant' }),
    get gradeBands() {
      return msg('Grade bands', { id: 'authoring.editor.gradeBands' });
    },
    get singleGrades() {
      return msg('Single grades', { id: 'authoring.editor.singleGrades' });
    },
    get namedLevels() {
      return msg('Your levels', { id: 'authoring.editor.namedLevels' });
    },
    grade: (band: string) => msg(str`Grade ${band}`, { id: 'authoring.editor.grade' }),
    get editDescription() {
      return msg('Edit picture description', { id: 'authoring.editor.editDescription' });
    },
    deleteEntry(type: EntryType): string {
      switch (type) {
        case 'simplified':
          return msg('Delete simpler version', { id: 'authoring.editor.delete.simplified' });
        case 'glossary':
          return msg('Delete glossary term', { id: 'authoring.editor.delete.glossary' });
        case 'description':
          return msg('Delete picture description', { id: 'authoring.editor.delete.description' });
        case 'note':
          return msg('Delete note', { id: 'authoring.editor.delete.note' });
      }
    },
    deletedEntry(type: EntryType, name: string): string {
      switch (type) {
        case 'simplified':
          return msg(str`Simpler version “${name}” was deleted. Undo (Ctrl+Z) brings it back.`, { id: 'authoring.editor.deleted.simplified' });
        case 'glossary':
          return msg(str`Glossary term “${name}” was deleted. Undo (Ctrl+Z) brings it back.`, { id: 'authoring.editor.deleted.glossary' });
        case 'description':
          return msg(str`Picture description “${name}” was deleted. Undo (Ctrl+Z) brings it back.`, { id: 'authoring.editor.deleted.description' });
        case 'note':
          return msg(str`Note “${name}” was deleted. Undo (Ctrl+Z) brings it back.`, { id: 'authoring.editor.deleted.note' });
      }
    },
    entryLabel: (text: string) => msg(str`“${text}”`, { id: 'authoring.editor.entryLabel' }),
    get glossaryIntro() {
      return msg('Words a learner can look up. Each is marked in the book where it appears.', { id: 'authoring.editor.glossaryIntro' });
    },
    get noGlossary() {
      return msg('No glossary terms yet.', { id: 'authoring.editor.noGlossary' });
    },
    get newTerm() {
      return msg('New term', { id: 'authoring.editor.newTerm' });
    },
    get term() {
      return msg('Word or phrase', { id: 'authoring.editor.term' });
    },
    get forms() {
      return msg('Other forms (comma-separated, e.g. harpoons, harpooned)', { id: 'authoring.editor.forms' });
    },
    get formsHint() {
      return msg('Regular forms such as plurals are found without listing them.', { id: 'authoring.editor.formsHint' });
    },
    get definition() {
      return msg('Meaning, in plain words', { id: 'authoring.editor.definition' });
    },
    get example() {
      return msg('Example sentence (optional)', { id: 'authoring.editor.example' });
    },
    get picture() {
      return msg('Picture (optional)', { id: 'authoring.editor.picture' });
    },
    get pictureAlt() {
      return msg('Describe the picture', { id: 'authoring.editor.pictureAlt' });
    },
    get pictureAltMissing() {
      return msg('Describe the picture, so learners who cannot see it get its meaning too.', { id: 'authoring.editor.pictureAltMissing' });
    },
    get removePicture() {
      return msg('Remove the picture', { id: 'authoring.editor.removePicture' });
    },
    occurrences: (count: number) =>
      count === 0
        ? msg('Not found on the page shown.', { id: 'authoring.editor.occurrences.none' })
        : plural(count, {
            one: () => msg('Found once on the page shown; it is highlighted in the book.', { id: 'authoring.editor.occurrences.one' }),
            two: () => msg(str`Found ${count} times on the page shown; they are highlighted in the book.`, { id: 'authoring.editor.occurrences.two' }),
            few: () => msg(str`Found ${count} times on the page shown; they are highlighted in the book.`, { id: 'authoring.editor.occurrences.few' }),
            many: () => msg(str`Found ${count} times on the page shown; they are highlighted in the book.`, { id: 'authoring.editor.occurrences.many' }),
            other: () => msg(str`Found ${count} times on the page shown; they are highlighted in the book.`, { id: 'authoring.editor.occurrences.other' }),
          }),
    get termMissing() {
      return msg('Type the word or phrase.', { id: 'authoring.editor.termMissing' });
    },
    get definitionMissing() {
      return msg('Write what the word means.', { id: 'authoring.editor.definitionMissing' });
    },
    get imagesIntro() {
      return msg('Descriptions for the book’s pictures. Pictures with no text alternative come first.', { id: 'authoring.editor.imagesIntro' });
    },
    get noImages() {
      return msg('This book has no pictures.', { id: 'authoring.editor.noImages' });
    },
    get imagesLoading() {
      return msg('Looking for pictures in the book…', { id: 'authoring.editor.imagesLoading' });
    },
    get imageNoAlt() {
      return msg('No text alternative', { id: 'authoring.editor.imageNoAlt' });
    },
    get imageEmptyAlt() {
      return msg('Marked as decoration', { id: 'authoring.editor.imageEmptyAlt' });
    },
    imageAlt: (alt: string) => msg(str`Book’s text: “${alt}”`, { id: 'authoring.editor.imageAlt' }),
    get imageDescribed() {
      return msg('Described', { id: 'authoring.editor.imageDescribed' });
    },
    imageIn: (where: string) => msg(str`In ${where}`, { id: 'authoring.editor.imageIn' }),
    get describe() {
      return msg('Describe', { id: 'authoring.editor.describe' });
    },
    get showInBook() {
      return msg('Show in the book', { id: 'authoring.editor.showInBook' });
    },
    get altText() {
      return msg('Short description (replaces the book’s text alternative)', { id: 'authoring.editor.altText' });
    },
    get altHint() {
      return msg('One sentence; what matters in the picture for this lesson.', { id: 'authoring.editor.altHint' });
    },
    get decorative() {
      return msg('It is only decoration (screen readers skip it)', { id: 'authoring.editor.decorative' });
    },
    get longDescription() {
      return msg('Longer description (optional)', { id: 'authoring.editor.longDescription' });
    },
    get altMissing() {
      return msg('Write a short description, or tick “It is only decoration”.', { id: 'authoring.editor.altMissing' });
    },
    get notesIntro() {
      return msg('Notes appear beside a passage for the learner.', { id: 'authoring.editor.notesIntro' });
    },
    get noNotes() {
      return msg('No notes yet. Select a passage and choose “Add a teacher’s note”.', { id: 'authoring.editor.noNotes' });
    },
    get noteText() {
      return msg('Note for the learner', { id: 'authoring.editor.noteText' });
    },
    get problemsIntro() {
      return msg('Entries that no longer fit the book, for example after the book was re-issued. Choose text in the book, then anchor the entry to it again.', { id: 'authoring.editor.problemsIntro' });
    },
    get problemsChecking() {
      return msg('Checking every entry against the book…', { id: 'authoring.editor.problemsChecking' });
    },
    get noProblems() {
      return msg('Every entry fits the book.', { id: 'authoring.editor.noProblems' });
    },
    get reanchor() {
      return msg('Anchor to the chosen passage', { id: 'authoring.editor.reanchor' });
    },
    get reanchorNeedsSelection() {
      return msg('First choose a passage in the book (“Use the selected text”).', { id: 'authoring.editor.reanchorNeedsSelection' });
    },
    reanchoredEntry(type: EntryType, name: string): string {
      switch (type) {
        case 'simplified':
          return msg(str`Simpler version “${name}” is anchored to the chosen passage.`, { id: 'authoring.editor.reanchored.simplified' });
        case 'glossary':
          return msg(str`Glossary term “${name}” is anchored to the chosen passage.`, { id: 'authoring.editor.reanchored.glossary' });
        case 'description':
          return msg(str`Picture description “${name}” is anchored to the chosen passage.`, { id: 'authoring.editor.reanchored.description' });
        case 'note':
          return msg(str`Note “${name}” is anchored to the chosen passage.`, { id: 'authoring.editor.reanchored.note' });
      }
    },
    types: {
      get simplified() {
        return msg('Simpler version', { id: 'authoring.editor.types.simplified' });
      },
      get glossary() {
        return msg('Glossary term', { id: 'authoring.editor.types.glossary' });
      },
      get description() {
        return msg('Picture description', { id: 'authoring.editor.types.description' });
      },
      get note() {
        return msg('Note', { id: 'authoring.editor.types.note' });
      },
    },
    get shareIntro() {
      return msg('Export the pack to share it or keep a copy. Importing merges another pack into this one.', { id: 'authoring.editor.shareIntro' });
    },
    get exportPack() {
      return msg('Export the pack (JSON)', { id: 'authoring.editor.exportPack' });
    },
    get importPack() {
      return msg('Import and merge a pack', { id: 'authoring.editor.importPack' });
    },
    importedAll: (count: number) =>
      count === 0
        ? msg('Nothing new in that pack.', { id: 'authoring.editor.importedAll.none' })
        : plural(count, {
            one: () => msg('One entry was added.', { id: 'authoring.editor.importedAll.one' }),
            two: () => msg(str`${count} entries were added.`, { id: 'authoring.editor.importedAll.two' }),
            few: () => msg(str`${count} entries were added.`, { id: 'authoring.editor.importedAll.few' }),
            many: () => msg(str`${count} entries were added.`, { id: 'authoring.editor.importedAll.many' }),
            other: () => msg(str`${count} entries were added.`, { id: 'authoring.editor.importedAll.other' }),
          }),
    notAPack: (file: string) => msg(str`“${file}” is not a variant pack. Choose a .json file exported from Attune.`, { id: 'authoring.editor.notAPack' }),
    otherBook: (message: string) => msg(str`${message} It was not merged.`, { id: 'authoring.editor.otherBook' }),
    get mergeHeading() {
      return msg('Merge: choose what to keep', { id: 'authoring.editor.mergeHeading' });
    },
    // Two whole sentences, each with its own count.
    mergeIntro: (added: number, conflicts: number) =>
      `${plural(added, {
        one: () => msg('One new entry will be added.', { id: 'authoring.editor.mergeIntro.added.one' }),
        two: () => msg(str`${added} new entries will be added.`, { id: 'authoring.editor.mergeIntro.added.two' }),
        few: () => msg(str`${added} new entries will be added.`, { id: 'authoring.editor.mergeIntro.added.few' }),
        many: () => msg(str`${added} new entries will be added.`, { id: 'authoring.editor.mergeIntro.added.many' }),
        other: () => msg(str`${added} new entries will be added.`, { id: 'authoring.editor.mergeIntro.added.other' }),
      })} ${plural(conflicts, {
        one: () => msg('One entry differs between your pack and the imported one.', { id: 'authoring.editor.mergeIntro.conflicts.one' }),
        two: () => msg(str`${conflicts} entries differ between your pack and the imported one.`, { id: 'authoring.editor.mergeIntro.conflicts.two' }),
        few: () => msg(str`${conflicts} entries differ between your pack and the imported one.`, { id: 'authoring.editor.mergeIntro.conflicts.few' }),
        many: () => msg(str`${conflicts} entries differ between your pack and the imported one.`, { id: 'authoring.editor.mergeIntro.conflicts.many' }),
        other: () => msg(str`${conflicts} entries differ between your pack and the imported one.`, { id: 'authoring.editor.mergeIntro.conflicts.other' }),
      })}`,
    get keepMine() {
      return msg('Keep mine', { id: 'authoring.editor.keepMine' });
    },
    get takeTheirs() {
      return msg('Take theirs', { id: 'authoring.editor.takeTheirs' });
    },
    get mine() {
      return msg('Mine', { id: 'authoring.editor.mine' });
    },
    get theirs() {
      return msg('Theirs', { id: 'authoring.editor.theirs' });
    },
    get finishMerge() {
      return msg('Finish the merge', { id: 'authoring.editor.finishMerge' });
    },
    merged: (added: number, taken: number) => msg(str`Merged: ${added} added, ${taken} replaced by the imported version.`, { id: 'authoring.editor.merged' }),
    get mergeCancelled() {
      return msg('The merge was cancelled; nothing changed.', { id: 'authoring.editor.mergeCancelled' });
    },
    get issuesHeading() {
      return msg('Problems in the imported file', { id: 'authoring.editor.issuesHeading' });
    },
  },
} as const;

export type AuthoringMessages = typeof authoringMessages;
