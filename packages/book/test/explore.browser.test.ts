import { expect } from '@open-wc/testing';
import { openBook } from '../src/index.js';
import { corpusUrl } from './corpus.js';

describe('explore', () => {
  it('renders moby dick', async () => {
    const t0 = performance.now();
    const book = await openBook(corpusUrl('moby-dick.epub'));
    const t1 = performance.now();
    const host = document.createElement('div');
    host.style.cssText = 'width:800px;height:600px';
    document.body.append(host);
    const rendition = book.epub.renderTo(host, { width: '100%', height: '100%', method: 'blobUrl' } as any);
    await rendition.display(book.sections[3]!.href);
    const t2 = performance.now();
    const iframe = host.querySelector('iframe')!;
    console.log('open', t1 - t0, 'display', t2 - t1, iframe.sandbox.value, iframe.contentDocument?.contentType);
    console.log(iframe.contentDocument!.documentElement.outerHTML.slice(0, 1500));
    console.log(JSON.stringify(book.problems), book.positions.totalCharacters, JSON.stringify(book.navigation.toc.slice(0, 3)));
    expect(iframe.contentDocument!.body.textContent!.length).to.be.greaterThan(100);
  });
});
