import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveBookHref } from '../src/book-path.js';
import { parseMediaOverlay, readMediaOverlayClasses } from '../src/media-overlay.js';
import { parseClockValue } from '../src/smil-clock.js';
import { corpusText } from './corpus-files.js';

describe('parseClockValue', () => {
  it('full and partial clock values', () => {
    assert.equal(parseClockValue('0:00:01.500'), 1.5);
    assert.equal(parseClockValue('00:01:30.043'), 90.043);
    assert.equal(parseClockValue('1:02:03'), 3723);
    assert.equal(parseClockValue('124:00:00'), 446_400);
    assert.equal(parseClockValue('02:03.5'), 123.5);
    assert.equal(parseClockValue('0:05'), 5);
  });
  it('timecounts with and without a metric', () => {
    assert.equal(parseClockValue('1.5s'), 1.5);
    assert.equal(parseClockValue('500ms'), 0.5);
    assert.equal(parseClockValue('2min'), 120);
    assert.equal(parseClockValue('0.5h'), 1800);
    assert.equal(parseClockValue('1.979'), 1.979);
    assert.equal(parseClockValue(' 12 '), 12);
    assert.equal(parseClockValue('.25s'), 0.25);
  });
  it('null for what is not a clock value', () => {
    for (const bad of ['', 'abc', '1:2:3:4', '00:61:00', '1.5 s', '-1s', '5sec', null, undefined]) assert.equal(parseClockValue(bad), null, String(bad));
  });
});

describe('resolveBookHref', () => {
  it('resolves against the referring file and keeps the fragment', () => {
    assert.deepEqual(resolveBookHref('EPUB/mo/basic.smil', '../xhtml/basic.xhtml#mo-1'), { path: 'EPUB/xhtml/basic.xhtml', fragment: 'mo-1' });
    assert.deepEqual(resolveBookHref('OPS/xhtml/一.smil', '一.xhtml#fgyq_0001'), { path: 'OPS/xhtml/一.xhtml', fragment: 'fgyq_0001' });
    assert.deepEqual(resolveBookHref('content.smil', 'a%20b.mp3'), { path: 'a b.mp3', fragment: '' });
  });
  it('refuses what is outside the book', () => {
    assert.equal(resolveBookHref('EPUB/a.smil', 'https://example.com/a.mp3'), null);
    assert.equal(resolveBookHref('EPUB/a.smil', '//example.com/a.mp3'), null);
    assert.equal(resolveBookHref('EPUB/a.smil', 'file:///etc/passwd'), null);
  });
});

describe('parseMediaOverlay', () => {
  it('flattens nested seqs in order with clip times (epubtest-0120 basic tests)', async () => {
    const overlay = parseMediaOverlay(await corpusText('epubtest-0120-media-overlays.epub', 'EPUB/mo/basic_tests.smil'), 'EPUB/mo/basic_tests.smil');
    assert.equal(overlay.pars.length, 19);
    assert.deepEqual(overlay.pars.slice(0, 3).map((p) => p.fragment), ['mo-1', 'mo-2', 'mo-1-67']);
    assert.equal(overlay.pars[0]!.textPath, 'EPUB/xhtml/basic_tests.xhtml');
    assert.deepEqual(overlay.pars[1]!.audio, { path: 'EPUB/audio/basic_tests.mp3', clipBegin: 1.055, clipEnd: 2.868 });
    assert.equal(overlay.pars[18]!.audio!.clipEnd, 90.043);
  });

  it('a clip without clipBegin starts at 0; without clipEnd it runs to the end of the file', async () => {
    const overlay = parseMediaOverlay(await corpusText('epubtest-0120-media-overlays.epub', 'EPUB/mo/clip_times_tests.smil'), 'EPUB/mo/clip_times_tests.smil');
    const noBegin = overlay.pars.find((p) => p.fragment === 'mo-3')!;
    assert.deepEqual(noBegin.audio, { path: 'EPUB/audio/clip_times_tests1A.mp3', clipBegin: 0, clipEnd: 4.65 });
    const noEnd = overlay.pars.find((p) => p.fragment === 'mo-4-a')!;
    assert.deepEqual(noEnd.audio, { path: 'EPUB/audio/clip_times_tests2A.mp3', clipBegin: 0 });
  });

  it('epub:type of pars and their seqs is kept for skippability', async () => {
    const overlay = parseMediaOverlay(await corpusText('epubtest-0120-media-overlays.epub', 'EPUB/mo/skippability.smil'), 'EPUB/mo/skippability.smil');
    const pagebreak = overlay.pars.find((p) => p.fragment === 'mo-010-3')!;
    assert.deepEqual(pagebreak.types, ['pagebreak']);
  });

  it('one overlay can span several documents', async () => {
    const overlay = parseMediaOverlay(await corpusText('epubtest-0120-media-overlays.epub', 'EPUB/mo/one_mo_multiple_chapters.smil'), 'EPUB/mo/one_mo_multiple_chapters.smil');
    const documents = new Set(overlay.pars.map((p) => p.textPath));
    assert.ok(documents.has('EPUB/xhtml/one_mo_multiple_chapters1.xhtml'));
    assert.ok(documents.has('EPUB/xhtml-1/one_mo_multiple_chapters3.xhtml'));
  });

  it('a TTS-only overlay has pars without audio (w3c-mol-tts-single)', async () => {
    const overlay = parseMediaOverlay(await corpusText('w3c-mol-tts-single.epub', 'EPUB/mo/mobydick.smil'), 'EPUB/mo/mobydick.smil');
    assert.deepEqual(overlay.pars, [{ id: 'first', textPath: 'EPUB/mobydick.xhtml', fragment: 'mobyexcerpt', types: [] }]);
  });

  it('clip times of w3c-mol-audio-clips and plain seconds of kusamakura', async () => {
    const clips = parseMediaOverlay(await corpusText('w3c-mol-audio-clips.epub', 'EPUB/mo/mobydick.smil'), 'EPUB/mo/mobydick.smil');
    assert.deepEqual(clips.pars[0]!.audio, { path: 'EPUB/audio/mobydick_1.mp3', clipBegin: 29.268, clipEnd: 44.783 });
    const kusamakura = parseMediaOverlay(await corpusText('kusamakura-vertical-mo.epub', 'OPS/xhtml/一.smil'), 'OPS/xhtml/一.smil');
    assert.ok(kusamakura.pars.length > 100);
    assert.deepEqual(kusamakura.pars[0], { id: 'fgyq_0001', textPath: 'OPS/xhtml/一.xhtml', fragment: 'fgyq_0001', types: ['chapter'], audio: { path: 'OPS/audio/fmse004b.mp3', clipBegin: 0, clipEnd: 1.979 } });
  });

  it('an unresolved text fragment is still a par (the player decides); the audio has no clip times', async () => {
    const overlay = parseMediaOverlay(await corpusText('broken-epubcheck-mo-textref-unresolved.epub', 'EPUB/content_001.smil'), 'EPUB/content_001.smil');
    assert.deepEqual(overlay.pars, [{ id: 'par1', textPath: 'EPUB/content_001.xhtml', fragment: 'c01', types: [], audio: { path: 'EPUB/content_001.mp3', clipBegin: 0 } }]);
  });

  it('bad clock values are listed; broken XML and non-SMIL are errors with sentences', () => {
    const overlay = parseMediaOverlay('<smil xmlns="http://www.w3.org/ns/SMIL"><body><par><text src="a.xhtml#x"/><audio src="a.mp3" clipBegin="soon" clipEnd="2s"/></par></body></smil>', 'a.smil');
    assert.deepEqual(overlay.badClockValues, ['soon']);
    assert.deepEqual(overlay.pars[0]!.audio, { path: 'a.mp3', clipBegin: 0, clipEnd: 2 });
    assert.throws(() => parseMediaOverlay('<smil><body><par></body></smil>', 'b.smil'), /“b.smil” is not well-formed XML/);
    assert.throws(() => parseMediaOverlay('<html/>', 'c.smil'), /not a Media Overlay/);
  });
});

describe('readMediaOverlayClasses', () => {
  it('reads media:active-class and media:playback-active-class', async () => {
    const opf = await corpusText('w3c-mol-audio-clips.epub', 'EPUB/package.opf');
    assert.deepEqual(readMediaOverlayClasses(opf), { activeClass: 'my-active-class', playbackActiveClass: 'my-document-playing' });
    const epubtest = await corpusText('epubtest-0120-media-overlays.epub', 'EPUB/package.opf');
    assert.deepEqual(readMediaOverlayClasses(epubtest), { activeClass: '-epub-media-overlay-active', playbackActiveClass: '-epub-media-overlay-playback-active' });
    assert.deepEqual(readMediaOverlayClasses(await corpusText('moby-dick.epub', 'OPS/package.opf')), {});
  });
});
