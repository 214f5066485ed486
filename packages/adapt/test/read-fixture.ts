import { readFileSync } from 'node:fs';

/** A JSON fixture from test/fixtures. */
export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
}
