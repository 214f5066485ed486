/**
 * Every way opening a publication can fail, as a stable code that embedders,
 * tests and the CLI can rely on. The message beside it is written for a
 * teacher, not a programmer: what is wrong, and what to do.
 */
export type BookErrorCode =
  | 'not-found'
  | 'network'
  | 'not-a-zip'
  | 'container-missing'
  | 'container-invalid'
  | 'package-missing'
  | 'package-invalid'
  | 'resource-missing'
  | 'too-large'
  | 'timeout'
  | 'aborted';

const ADVICE: Record<BookErrorCode, string> = {
  'not-found': 'Check the address of the book, or choose the file again.',
  network: 'Check the connection to where the book is stored, then try again.',
  'not-a-zip': 'An EPUB file is a ZIP archive. Export the book again from the program that made it, or choose another file.',
  'container-missing': 'Every EPUB has a file META-INF/container.xml that says where the book starts. Ask the publisher for a repaired copy.',
  'container-invalid': 'The file META-INF/container.xml is damaged. Ask the publisher for a repaired copy.',
  'package-missing': 'The book’s package document (the .opf file) is missing. Ask the publisher for a repaired copy.',
  'package-invalid': 'The book’s package document (the .opf file) is damaged. Ask the publisher for a repaired copy.',
  'resource-missing': 'A part of the book is missing from the file. The rest of the book can still be read.',
  'too-large': 'The book is larger than this reader accepts, or it is built to unpack into far more data than it holds. Ask for a smaller copy.',
  timeout: 'The book took too long to open. Try again; if it keeps happening the file may be damaged.',
  aborted: 'Opening the book was cancelled.',
};

/** A failure to open or read a publication, with a stable `code`. */
export class BookError extends Error {
  override readonly name = 'BookError';
  /** Stable machine-readable reason. */
  readonly code: BookErrorCode;
  /** What to do about it, for the person reading the message. */
  readonly advice: string;
  /** Where in the publication the problem is (a path inside the book or a URL). */
  readonly where: string | undefined;

  constructor(code: BookErrorCode, problem: string, options: { where?: string; cause?: unknown } = {}) {
    super(`${problem} ${ADVICE[code]}`, { cause: options.cause });
    this.code = code;
    this.advice = ADVICE[code];
    this.where = options.where;
  }
}

/** True when `error` is a BookError (also across bundle copies). */
export function isBookError(error: unknown): error is BookError {
  return error instanceof BookError || (error instanceof Error && error.name === 'BookError' && 'code' in error);
}
