import { msg } from '@lit/localize';
import type { BookErrorCode } from '@attune/book';
import type { SpeechErrorCode } from '@attune/speech';
import { uiLocale } from './ui-locale.js';
import { sourceLocale } from '../locales/locale-codes.js';

/**
 * Problems the engines report (`@attune/book`, `@attune/speech`) come with a
 * stable code and an English sentence that names the exact file or number.
 * The English UI shows that sentence as it is; another UI language shows the
 * whole translated sentence for the code (what went wrong and what to do),
 * because a translation cannot be put together from the English pieces.
 */

function bookProblem(code: BookErrorCode): string {
  switch (code) {
    case 'not-found':
      return msg('There is no book at this address. Check the address of the book, or choose the file again.', { id: 'problem.book.notFound' });
    case 'network':
      return msg('The book could not be downloaded. Check the connection to where the book is stored, then try again.', { id: 'problem.book.network' });
    case 'not-a-zip':
      return msg('This file is not an EPUB book, or it is damaged. Export the book again from the program that made it, or choose another file.', {
        id: 'problem.book.notAZip',
      });
    case 'container-missing':
    case 'container-invalid':
      return msg('The file that says where the book starts (META-INF/container.xml) is missing or damaged. Ask the publisher for a repaired copy.', {
        id: 'problem.book.container',
      });
    case 'package-missing':
    case 'package-invalid':
      return msg('The book’s package document (the .opf file) is missing or damaged. Ask the publisher for a repaired copy.', { id: 'problem.book.package' });
    case 'resource-missing':
      return msg('A part of the book is missing from the file. The rest of the book can still be read.', { id: 'problem.book.resourceMissing' });
    case 'too-large':
      return msg('The book is larger than this reader accepts. Ask for a smaller copy.', { id: 'problem.book.tooLarge' });
    case 'timeout':
      return msg('The book took too long to open. Try again; if it keeps happening, the file may be damaged.', { id: 'problem.book.timeout' });
    case 'aborted':
      return msg('Opening the book was cancelled.', { id: 'problem.book.aborted' });
  }
}

function readAloudProblem(code: SpeechErrorCode): string {
  switch (code) {
    case 'no-voice':
      return msg('No voice on this device can read this book. Install a voice in the system settings, or choose another voice.', { id: 'problem.speech.noVoice' });
    case 'synthesis-failed':
      return msg('The voice stopped working. Try again, or choose another voice.', { id: 'problem.speech.synthesisFailed' });
    case 'audio-missing':
    case 'audio-unplayable':
      return msg('The recorded reading of this part cannot be played.', { id: 'problem.speech.audio' });
    case 'not-allowed':
      return msg('The browser blocked the sound. Press “Read aloud” again.', { id: 'problem.speech.notAllowed' });
    case 'section-unavailable':
    case 'segmentation-failed':
      return msg('This part of the book could not be read aloud.', { id: 'problem.speech.section' });
  }
}

/** What to show for a book that cannot be opened, in the UI language. */
export function bookProblemMessage(error: { code: string; message: string }): string {
  return uiLocale() === sourceLocale ? error.message : (bookProblem(error.code as BookErrorCode) ?? error.message);
}

/** What to show when reading aloud fails, in the UI language. */
export function readAloudProblemMessage(error: { code: string; message: string }): string {
  return uiLocale() === sourceLocale ? error.message : (readAloudProblem(error.code as SpeechErrorCode) ?? error.message);
}
