/**
 * Regular English inflections of a glossary term, so "harpoon" also marks
 * "harpoons", "harpooned" and "harpooning". Irregular forms ("men",
 * "swam") are the teacher's to list in `forms`. A form that is not a word
 * ("stoped") costs nothing: it never occurs in the text.
 */

/** One vowel between single consonants at the end of a one-syllable word: "stop", "plan" (double the consonant). */
function doublesFinalConsonant(word: string): boolean {
  return /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(word);
}

function inflectWord(word: string): string[] {
  const w = word.toLowerCase();
  if (w.length < 3 || !/^[a-z]+$/.test(w)) return [];
  const forms = new Set<string>();
  // Plural and third person: -s, -es, -ies, and -ves for f/fe words.
  if (/(?:s|x|z|ch|sh)$/.test(w)) forms.add(`${w}es`);
  else if (/[^aeiou]y$/.test(w)) forms.add(`${w.slice(0, -1)}ies`);
  else forms.add(`${w}s`);
  if (/[^f]fe?$/.test(w)) forms.add(`${w.replace(/fe?$/, '')}ves`);
  // Past: -d, -ied, doubled consonant, -ed.
  if (w.endsWith('e')) forms.add(`${w}d`);
  else if (/[^aeiou]y$/.test(w)) forms.add(`${w.slice(0, -1)}ied`);
  else {
    if (doublesFinalConsonant(w)) forms.add(`${w}${w.at(-1)}ed`);
    forms.add(`${w}ed`);
  }
  // Present participle: -ying for -ie, -e dropped, doubled consonant, -ing.
  if (w.endsWith('ie')) forms.add(`${w.slice(0, -2)}ying`);
  else if (/[^aeiouy]e$/.test(w)) forms.add(`${w.slice(0, -1)}ing`);
  else {
    if (doublesFinalConsonant(w)) forms.add(`${w}${w.at(-1)}ing`);
    forms.add(`${w}ing`);
  }
  forms.delete(w);
  // Keep the term's capitalisation for a capitalised term ("Pequod" → "Pequods").
  if (word[0] !== word[0]!.toLowerCase()) {
    return [...forms].map((f) => word[0] + f.slice(1));
  }
  return [...forms];
}

/** Regular inflections of a term; for a phrase, of its last word ("sperm whale" → "sperm whales"). */
export function englishInflections(term: string): string[] {
  const words = term.trim().split(/\s+/);
  const last = words.pop();
  if (!last) return [];
  const head = words.length ? `${words.join(' ')} ` : '';
  return inflectWord(last).map((form) => head + form);
}

/** True for English (`en`, `en-GB`…). */
export function isEnglish(language: string | undefined): boolean {
  return !language || /^en(?:-|$)/i.test(language);
}
