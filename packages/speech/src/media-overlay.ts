import { resolveBookHref } from './book-path.js';
import { EPUB_NS } from './markup.js';
import { parseClockValue } from './smil-clock.js';
import type { AudioClip } from './speech-unit.js';
import { attribute, childElements, parseXmlTree, type XmlElement } from './xml-tree.js';

const SMIL_NS = 'http://www.w3.org/ns/SMIL';

/** One `<par>`: a text fragment and, usually, the audio clip that reads it. */
export interface MediaOverlayPar {
  id?: string;
  /** Book path of the content document the text is in. */
  textPath: string;
  /** Fragment identifier in it ('' for the whole document). */
  fragment: string;
  /** The recorded clip; absent in a TTS-only overlay. */
  audio?: AudioClip;
  /** `epub:type` of the par and of its enclosing `<seq>`s (skippability: pagebreak, noteref…). */
  types: string[];
}

/** A Media Overlay (SMIL) document, flattened into pars in playback order. */
export interface MediaOverlay {
  /** Book path of the SMIL file. */
  path: string;
  pars: MediaOverlayPar[];
  /** Clip values that were not clock values (the par plays from 0 / to the end instead). */
  badClockValues: string[];
}

/**
 * Parses a Media Overlay document. Nested `<seq>`s are flattened in order;
 * paths are resolved against the SMIL file's own path. Throws an Error with
 * a sentence when the file is not SMIL.
 */
export function parseMediaOverlay(xml: string, smilPath: string): MediaOverlay {
  const parsed = parseXmlTree(xml);
  if ('error' in parsed) throw new Error(`The Media Overlay “${smilPath}” is not well-formed XML: ${parsed.error}`);
  const root = parsed.root;
  if (root.name !== 'smil' || (root.ns && root.ns !== SMIL_NS)) throw new Error(`“${smilPath}” is not a Media Overlay (its root is <${root.name}>).`);
  const body = childElements(root, 'body')[0];
  const overlay: MediaOverlay = { path: smilPath, pars: [], badClockValues: [] };
  if (body) walk(body, [], overlay);
  return overlay;
}

function typesOf(el: XmlElement): string[] {
  return (attribute(el, 'type', EPUB_NS) ?? '').split(/\s+/).filter(Boolean);
}

function walk(container: XmlElement, inherited: string[], overlay: MediaOverlay): void {
  for (const child of childElements(container)) {
    if (child.name === 'seq') walk(child, [...inherited, ...typesOf(child)], overlay);
    else if (child.name === 'par') {
      const par = readPar(child, [...inherited, ...typesOf(child)], overlay);
      if (par) overlay.pars.push(par);
    }
  }
}

function readPar(el: XmlElement, types: string[], overlay: MediaOverlay): MediaOverlayPar | null {
  const text = childElements(el, 'text')[0];
  const src = text && attribute(text, 'src');
  const target = src ? resolveBookHref(overlay.path, src) : null;
  if (!target) return null;
  const par: MediaOverlayPar = { textPath: target.path, fragment: target.fragment, types };
  const id = attribute(el, 'id');
  if (id) par.id = id;
  const audio = childElements(el, 'audio')[0];
  const audioSrc = audio && attribute(audio, 'src');
  const audioTarget = audioSrc ? resolveBookHref(overlay.path, audioSrc) : null;
  if (audio && audioTarget) {
    const begin = attribute(audio, 'clipBegin');
    const end = attribute(audio, 'clipEnd');
    const clipBegin = parseClockValue(begin);
    const clipEnd = parseClockValue(end);
    if (begin !== undefined && clipBegin === null) overlay.badClockValues.push(begin);
    if (end !== undefined && clipEnd === null) overlay.badClockValues.push(end);
    const clip: AudioClip = { path: audioTarget.path, clipBegin: clipBegin ?? 0 };
    if (clipEnd !== null && clipEnd > clip.clipBegin) clip.clipEnd = clipEnd;
    par.audio = clip;
  }
  return par;
}

/** `media:active-class` and `media:playback-active-class` from the package document. */
export interface MediaOverlayClasses {
  activeClass?: string;
  playbackActiveClass?: string;
}

/** Reads the Media Overlay class names from the package document's text. */
export function readMediaOverlayClasses(opfXml: string): MediaOverlayClasses {
  const parsed = parseXmlTree(opfXml);
  if ('error' in parsed) return {};
  const metadata = childElements(parsed.root, 'metadata')[0];
  const classes: MediaOverlayClasses = {};
  for (const meta of metadata ? childElements(metadata, 'meta') : []) {
    if (attribute(meta, 'refines')) continue;
    const value = meta.children.filter((c): c is string => typeof c === 'string').join('').trim();
    const property = attribute(meta, 'property');
    if (property === 'media:active-class' && value) classes.activeClass ??= value;
    if (property === 'media:playback-active-class' && value) classes.playbackActiveClass ??= value;
  }
  return classes;
}
