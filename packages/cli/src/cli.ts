import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { anchorPack, checkBook, readJson } from './check-book.js';
import { formatHtml, formatJson, formatText } from './report-format.js';
import { formatValidation, validatePackJson, validateProfileJson } from './validate.js';

const USAGE = `Usage:
  attune check <book.epub | folder> [--format text|json|html] [--out report.html]
      Accessibility and structure report: axe-core (WCAG 2.2 AA) on every section,
      EPUB accessibility metadata, images without alt, MathML without alternatives,
      navigation, language tags. Exit code 1 when anything critical or serious is found.
  attune validate <profile.json>
      A learner profile, or { profile, policy } as teachers export them.
  attune validate <variants.json> [--book <book.epub>]
      A variant pack; with --book, also which entries cannot be found in the book (orphans).
`;

/** Runs the CLI; resolves with the exit code (0 fine, 1 problems found, 2 could not run). */
export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, out: { type: 'string' }, book: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    err.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, file] = positionals;
  if (values.help || !command) {
    out.write(USAGE);
    return command || values.help ? 0 : 2;
  }
  try {
    if (command === 'check' && file) return await check(file, values.format ?? 'text', values.out, out, err);
    if (command === 'validate' && file) return await validate(file, values.book, values.format ?? 'text', out);
  } catch (error) {
    err.write(`attune: ${(error as Error).message}\n`);
    return 2;
  }
  err.write(USAGE);
  return 2;
}

async function check(file: string, format: string, outFile: string | undefined, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  if (!['text', 'json', 'html'].includes(format)) throw new Error(`--format must be text, json or html, not “${format}”.`);
  // Progress goes to stderr (when it is a terminal), so stdout stays a clean report.
  const bar = (err as NodeJS.WriteStream).isTTY
    ? new cliProgress.SingleBar({ stream: err, format: 'Checking sections {bar} {value}/{total} {section}', hideCursor: true }, cliProgress.Presets.shades_classic)
    : undefined;
  let started = false;
  const report = await checkBook(file, {
    onProgress: (done, total, section) => {
      if (!bar) return;
      if (!started) bar.start(total, 0, { section: '' }), (started = true);
      bar.update(done, { section });
    },
  });
  bar?.stop();
  const text = format === 'json' ? formatJson(report) : format === 'html' ? formatHtml(report) : formatText(report);
  if (outFile) {
    await writeFile(outFile, text);
    out.write(`${report.passed ? 'Passed' : 'Failed'}: report written to ${outFile}\n`);
  } else out.write(text);
  return report.opened ? (report.passed ? 0 : 1) : 2;
}

async function validate(file: string, book: string | undefined, format: string, out: NodeJS.WritableStream): Promise<number> {
  const json = await readJson(file);
  const isPack = !!json && typeof json === 'object' && 'entries' in json;
  const result = isPack ? validatePackJson(file, json) : validateProfileJson(file, json);
  let orphans: { id: string; reason: string; message: string }[] = [];
  if (isPack && book) orphans = (await anchorPack(book, json)).orphans;
  if (format === 'json') out.write(`${JSON.stringify({ ...result, orphans }, null, 2)}\n`);
  else {
    out.write(formatValidation(result));
    if (isPack && book) {
      out.write(orphans.length ? `${orphans.length} entr${orphans.length === 1 ? 'y' : 'ies'} cannot be found in ${book}:\n` : `Every entry was found in ${book}.\n`);
      for (const o of orphans) out.write(`  ${o.id}: ${o.message}\n`);
    }
  }
  return result.errors > 0 || orphans.length > 0 ? 1 : 0;
}
