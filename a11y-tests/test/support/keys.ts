import { sendKeys } from '@web/test-runner-commands';
import { describe, focusedElement } from './focus.js';

/** Presses a key or a chord as Playwright names them (`Tab`, `Shift+Tab`, `Alt+Shift+KeyR`). */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/**
 * Presses Tab (or Shift+Tab) until `wanted` holds for the focused element,
 * calling `atEachStop` on every element passed on the way there (to check
 * each stop of the keyboard path; the one arrived at is the caller's to
 * check). Fails with the stops visited when it never arrives.
 */
export async function tabUntil(
  wanted: (el: Element) => boolean,
  options: { back?: boolean; max?: number; what?: string; atEachStop?: (el: Element) => void } = {},
): Promise<Element> {
  const visited: string[] = [];
  for (let i = 0; i < (options.max ?? 40); i++) {
    await press(options.back ? 'Shift+Tab' : 'Tab');
    const el = focusedElement();
    if (el && wanted(el)) return el;
    if (el) options.atEachStop?.(el);
    visited.push(describe(el));
  }
  throw new Error(`Tab never reached ${options.what ?? 'the wanted control'}; it went through: ${visited.join(' → ')}`);
}

/** Text of an element as a sighted user reads it (whitespace collapsed). */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Matches a button (or role=button) by its visible text. */
export function isButtonNamed(name: string | RegExp) {
  return (el: Element) => (el.localName === 'button' || el.getAttribute('role') === 'button') && (typeof name === 'string' ? textOf(el) === name : name.test(textOf(el)));
}
