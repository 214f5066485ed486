import { MathLoadError } from './math-problem.js';
import type { MathLocale } from './math-locale.js';
import { sameFeatures, sreFeatures, type SreFeatures } from './sre-features.js';
import type { SreApi } from './sre-api.js';

/** Where math speech finds its files. */
export interface MathConfiguration {
  /**
   * Browsers: the folder (URL) where speech-rule-engine's locale files
   * (`node_modules/speech-rule-engine/lib/mathmaps/*.json`) are served.
   * Relative URLs resolve against the page. Defaults to `mathmaps/` next to
   * this module (or the bundle it is in). Node reads the files from the
   * installed package and ignores this.
   */
  localeUrl?: string | URL;
  /** How many spoken expressions to keep (default 2000). */
  cacheSize?: number;
}

/** What loading cost, measured. */
export interface MathEngineInfo {
  sreVersion: string;
  /** Milliseconds to import speech-rule-engine and the XML checker; SRE starts reading its English rules (`base.json`, `en.json`) while it is imported, so this mostly includes them. */
  importMs: number;
  /** Milliseconds from import until English speech was ready (what was left of reading the rules, and setup). */
  setupMs: number;
}

/** The loaded engine, for the modules of this package. */
export interface LoadedMath {
  sre: SreApi;
  /** Well-formedness check: true, or where and why the XML is broken. */
  validate(xml: string): true | { err: { code: string; msg: string; line: number; col?: number } };
  info: MathEngineInfo;
}

const inBrowser = typeof window !== 'undefined' && typeof window.document !== 'undefined';

let localeUrl: URL | undefined;
let cacheSize = 2000;

/**
 * Sets where locale files are served and the cache size. Call before the
 * first `speak()`/`explore()`/`loadMath()` for `localeUrl` to be used from
 * the start; later calls apply to locale files not fetched yet.
 */
export function configureMath(configuration: MathConfiguration): void {
  if (configuration.localeUrl !== undefined) {
    localeUrl = new URL(String(configuration.localeUrl), globalThis.location?.href);
    // Failed fetches may have been a wrong URL: let them be tried again.
    for (const locale of failedLocales) localeFiles.delete(locale);
    failedLocales.clear();
  }
  if (configuration.cacheSize !== undefined) cacheSize = configuration.cacheSize;
}

/** @internal How many spoken expressions the cache keeps (`configureMath({ cacheSize })`). */
export function configuredCacheSize(): number {
  return cacheSize;
}

function localeFolder(): URL {
  const url = localeUrl ?? new URL('./mathmaps/', import.meta.url);
  return url.href.endsWith('/') ? url : new URL(`${url.href}/`);
}

type LocaleFile = { ok: true; text: string } | { ok: false; reason: string };
const localeFiles = new Map<string, Promise<LocaleFile>>();
const failedLocales = new Set<string>();

/** Fetches one locale file from the configured folder, once. Never rejects. */
function fetchLocaleFile(locale: string): Promise<LocaleFile> {
  let file = localeFiles.get(locale);
  if (!file) {
    const url = new URL(`${locale}.json`, localeFolder());
    file = fetch(url).then(
      async (response): Promise<LocaleFile> =>
        response.ok ? { ok: true, text: await response.text() } : { ok: false, reason: `${url.href} answered ${response.status}` },
      (error: unknown): LocaleFile => ({ ok: false, reason: `${url.href} could not be fetched (${(error as Error)?.message ?? error})` }),
    );
    void file.then((f) => !f.ok && failedLocales.add(locale));
    localeFiles.set(locale, file);
  }
  return file;
}

/**
 * The loader speech-rule-engine calls for `base.json` and each locale. It
 * hands SRE an empty map on failure: SRE would otherwise print to the
 * console; the failure is reported by `loadMath` (English) or as a
 * `locale-unavailable` problem (other languages, checked before use).
 */
function sreLocaleLoader(locale: string): Promise<string> {
  return fetchLocaleFile(locale).then((file) => (file.ok ? file.text : '{}'));
}

/**
 * Whether a locale's rules can be used: always in Node (the files are on
 * disk), in browsers once its file was fetched. True, or the reason why not.
 */
export async function localeAvailability(locale: MathLocale): Promise<true | string> {
  if (!inBrowser) return true;
  const file = await fetchLocaleFile(locale);
  return file.ok ? true : file.reason;
}

let loading: Promise<LoadedMath> | undefined;

/**
 * Imports speech-rule-engine (once) and gets English ready. Nothing of SRE
 * is loaded before the first call — `speak()`, `speakMath()`, `explore()`
 * and `warmUp()` call it. In browsers, SRE is pointed at the configured
 * local folder before it is imported, so it never reaches for its CDN.
 * Rejects with a {@link MathLoadError} when the engine or its English files
 * cannot be loaded.
 */
export function loadMath(configuration?: MathConfiguration): Promise<MathEngineInfo> {
  if (configuration) configureMath(configuration);
  return loadEngine().then((engine) => engine.info);
}

/** True once `loadMath()` has been called (speech-rule-engine is loading or loaded). */
export function isMathLoaded(): boolean {
  return loading !== undefined;
}

/** @internal */
export function loadEngine(): Promise<LoadedMath> {
  loading ??= importEngine().catch((error: unknown) => {
    // A failed import (a chunk that did not arrive) can be tried again; once SRE runs, it has
    // taken English as loaded, so a wrong locale URL needs configureMath() before first use.
    if (!sreImported) loading = undefined;
    throw error;
  });
  return loading;
}

let sreImported = false;

async function importEngine(): Promise<LoadedMath> {
  const start = performance.now();
  if (inBrowser) {
    // SRE reads `SREfeature` at import and on every setup; its own default
    // is a CDN. `custom` makes it load every locale through us.
    const scope = globalThis as { SREfeature?: Record<string, unknown> };
    scope.SREfeature = { ...scope.SREfeature, json: localeFolder().href, custom: sreLocaleLoader };
  }
  let sre: SreApi;
  let validate: LoadedMath['validate'];
  try {
    const [sreModule, xml] = await Promise.all([import('speech-rule-engine'), import('fast-xml-parser')]);
    // SRE's main file is a webpack CommonJS bundle: Node hands it over as `default`, a bundler's
    // interop as the namespace itself (it is marked `__esModule`), the test server's pre-bundle as `default`.
    const candidates = [(sreModule as { default?: unknown }).default, sreModule] as { setupEngine?: unknown }[];
    const api = candidates.find((c) => typeof c?.setupEngine === 'function');
    if (!api) throw new Error('speech-rule-engine has no setupEngine()');
    sre = api as unknown as SreApi;
    validate = (text) => xml.XMLValidator.validate(text) as true | { err: { code: string; msg: string; line: number; col?: number } };
  } catch (error) {
    throw new MathLoadError('The math speech engine (speech-rule-engine) could not be loaded, so math is not read aloud.', { cause: error });
  }
  sreImported = true;
  const imported = performance.now();
  const english = sreFeatures('en').features;
  await sre.setupEngine({ ...english });
  await sre.engineReady();
  if (inBrowser) {
    const files = await Promise.all(['base', 'en'].map(fetchLocaleFile));
    const failed = files.find((f): f is { ok: false; reason: string } => !f.ok);
    if (failed) {
      throw new MathLoadError(
        `The math speech files could not be loaded (${failed.reason}). Serve speech-rule-engine's lib/mathmaps folder and pass its URL to configureMath({ localeUrl }).`,
      );
    }
  }
  current = english;
  return { sre, validate, info: { sreVersion: sre.version, importMs: imported - start, setupMs: performance.now() - imported } };
}

let queue: Promise<unknown> = Promise.resolve();
let current: SreFeatures | undefined;

/**
 * Runs `task` with speech-rule-engine set up for `features`. SRE is one
 * global engine whose setup is asynchronous, so tasks run one at a time:
 * two books' expressions in different languages never get each other's
 * setup.
 */
export function withEngine<T>(features: SreFeatures, task: (engine: LoadedMath) => T): Promise<T> {
  const run = queue.then(async () => {
    const engine = await loadEngine();
    if (!sameFeatures(current, features)) {
      await engine.sre.setupEngine({ ...features });
      current = features;
    }
    return task(engine);
  });
  queue = run.catch(() => undefined);
  return run;
}
