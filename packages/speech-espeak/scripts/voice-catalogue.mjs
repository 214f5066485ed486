// The voice list of a loaded eSpeak NG module as src/espeak-voices.ts stores
// it (shared by the generator and the test that checks the file is current).

/** eSpeak writes tags in lower case; BCP 47 casing where the tag is well formed. */
function canonicalTag(tag) {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return tag; // e.g. chr-US-Qaaa-x-west: kept as eSpeak spells it
  }
}

export function catalogueFromModule(module) {
  const worker = new module.eSpeakNGWorker();
  return worker
    .list_voices()
    .filter((v) => !v.identifier.startsWith('mb/'))
    .map((v) => ({
      id: v.identifier,
      name: v.name.trim(),
      lang: canonicalTag(v.languages[0].name),
      languages: v.languages.map((l) => ({ tag: l.name.toLowerCase(), priority: l.priority })),
    }));
}
