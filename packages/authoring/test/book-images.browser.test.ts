import { expect } from '@open-wc/testing';
import { listBookImages } from '../src/variant-editor/book-images.js';

const section = (body: string) => new DOMParser().parseFromString(`<html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body>${body}</body></html>`, 'application/xhtml+xml');

describe('listing a book’s pictures for descriptions', () => {
  it('puts pictures without a text alternative first, then decorative ones, then the rest, each in reading order', async () => {
    const docs = [
      section('<figure id="f1"><img src="blob:x/1" alt="A river delta"/></figure><img src="a.png" alt=""/>'),
      section('<p><img src="data:image/png;base64,AA==" /></p>'),
      section('<img src="c.png" alt="Clouds"/><img src="d.png"/>'),
    ];
    const book = { sections: [{ href: 'one.xhtml', label: 'One' }, { href: 'two.xhtml' }, { href: 'three.xhtml', label: 'Three' }], sectionDocument: async (i: number) => docs[i]! };
    const images = await listBookImages(book);
    expect(images.map((i) => [i.where, i.alt])).to.deep.equal([
      ['two.xhtml', null],
      ['Three', null],
      ['One', ''],
      ['One', 'A river delta'],
      ['Three', 'Clouds'],
    ]);
    expect(images[0]!.thumbnail, 'data: pictures can be shown as they are').to.match(/^data:image\/png/);
    expect(images[3]!.thumbnail).to.equal('blob:x/1');
    expect(images[4]!.thumbnail, 'a relative address means nothing outside the book').to.equal(undefined);
    expect(images[3]!.target).to.deep.equal({ source: 'one.xhtml', selector: [{ type: 'CssSelector', value: '#f1 > img' }, { type: 'CssSelector', value: 'img[alt="A river delta"]' }] });
    expect(new Set(images.map((i) => i.key)).size).to.equal(5);
  });

  it('a section that cannot be read is skipped, not fatal', async () => {
    const book = { sections: [{ href: 'bad.xhtml' }, { href: 'ok.xhtml' }], sectionDocument: async (i: number) => (i === 0 ? Promise.reject(new Error('missing')) : section('<img src="x.png"/>')) };
    expect((await listBookImages(book)).map((i) => i.target.source)).to.deep.equal(['ok.xhtml']);
  });
});
