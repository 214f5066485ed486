/**
 * The shared corpus as the test server serves it (/corpus/, read-only, never
 * copied). `corpusFiles()` fails — not skips — when the corpus is missing.
 */
export async function corpusFiles(): Promise<string[]> {
  const response = await fetch('/corpus/index.json');
  const index = (await response.json()) as { dir: string; files: string[] };
  if (index.files.length === 0) throw new Error(`The test corpus is missing (looked in ${index.dir}).`);
  return index.files;
}

export function corpusUrl(name: string): string {
  return new URL(`/corpus/${name}`, location.href).href;
}

/** An unpacked copy of a corpus book, served file by file from inside the zip. */
export function unpackedCorpusUrl(name: string): string {
  return new URL(`/corpus-unpacked/${name}/`, location.href).href;
}

export async function corpusBytes(name: string): Promise<ArrayBuffer> {
  const response = await fetch(corpusUrl(name));
  if (!response.ok) throw new Error(`Corpus book ${name} is missing (${response.status}).`);
  return response.arrayBuffer();
}
