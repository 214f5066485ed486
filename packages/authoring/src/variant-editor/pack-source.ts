import { createVariantPack, matchPackToBook, type VariantPack } from '@attune/adapt';
import type { AuthoringStore } from '../storage/authoring-store.js';
import type { PackLoadDetail } from '../ui/authoring-events.js';
import { isStoredPack, readPackFile } from './pack-file.js';

/** The book facts a pack is tied to (from `@attune/book`'s metadata). */
export interface BookFacts {
  identifier: string;
  modified?: string;
  title: string;
  language: string;
}

export interface InitialPack extends PackLoadDetail {
  savedAt?: string;
  /** Problems with a pack from the `variants` URL, as sentences. */
  problems: string[];
}

/**
 * The pack to edit when a book opens: the teacher's work on this book kept
 * on the device (the draft always wins: it is the newest), else the pack at
 * `variantsUrl` when it is for this book, else a new empty pack.
 */
export async function initialPack(store: AuthoringStore | undefined, book: BookFacts, variantsUrl: string): Promise<InitialPack> {
  const stored = await store?.getPack(book.identifier);
  if (stored && isStoredPack(stored.pack)) return { pack: stored.pack, from: 'device', savedAt: stored.savedAt, problems: [] };
  const fresh = createVariantPack({ identifier: book.identifier, ...(book.modified ? { modified: book.modified } : {}), title: book.title }, { language: book.language || 'en' });
  if (!variantsUrl) return { pack: fresh, from: 'new', problems: [] };
  try {
    const response = await fetch(variantsUrl);
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    const { pack, issues } = await readPackFile(await response.text());
    const match = matchPackToBook(pack, book);
    if (match.relation === 'other-book') return { pack: fresh, from: 'new', problems: [match.message] };
    return { pack, from: 'url', problems: issues.filter((i) => i.severity === 'error').map((i) => i.message) };
  } catch (error) {
    return { pack: fresh, from: 'new', problems: [(error as Error).message] };
  }
}
