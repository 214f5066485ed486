import { expect } from '@open-wc/testing';
import { sanitizeSection } from '../src/sanitize-section.js';

const NS = 'xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xmlns:ssml="http://www.w3.org/2001/10/synthesis" xmlns:xlink="http://www.w3.org/1999/xlink"';
function run(body: string, head = '') {
  const doc = new DOMParser().parseFromString(`<html ${NS}><head><title>t</title>${head}</head><body>${body}</body></html>`, 'application/xhtml+xml');
  const r = sanitizeSection(doc);
  return { out: new XMLSerializer().serializeToString(doc.documentElement), r };
}
describe('explore', () => {
  it('prints', () => {
    const cases = [
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" preserveAspectRatio="none"><defs><linearGradient id="g"><stop offset="0"/></linearGradient><clipPath id="c"><rect width="1" height="1"/></clipPath></defs><use href="#g"/><rect fill="url(http://evil.invalid/p.svg#p)" filter="url(http://evil.invalid/f.svg#f)"/><text><textPath xlink:href="#c">x</textPath></text></svg>',
      '<style><![CDATA[ p { color: red } ]]></style><p>a</p>',
      '<m:math xmlns:m="http://www.w3.org/1998/Math/MathML"><m:mi>x</m:mi></m:math>',
      '<math xmlns="http://www.w3.org/1998/Math/MathML" alttext="f: x"><semantics><mi>x</mi><annotation encoding="application/x-tex">x^2</annotation></semantics><mmultiscripts><mi>R</mi><mi>i</mi><none/><mprescripts/><mi>a</mi><none/></mmultiscripts><maction actiontype="statusline" xlink:href="javascript:alert(1)"><mi>y</mi><mtext>status</mtext></maction></math>',
      '<h1 id="title">T</h1><p id="dir">d</p><img name="body" src="a.png" alt=""/><p epub:type="prism:issue">x</p><p xml:base="http://evil.invalid/">b</p>',
      '<p>a<![CDATA[ raw <b> ]]></p>',
      '<img src="blob:http://localhost/x"/><img src="data:text/html,hi"/><a href="data:text/html,hi">x</a>',
      '<foo xmlns="urn:x"><p xmlns="http://www.w3.org/1999/xhtml">inside foreign</p></foo>',
      '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p xmlns="http://www.w3.org/1999/xhtml">fo</p></foreignObject></svg>',
    ];
    for (const c of cases) { const { out, r } = run(c); console.log(out.replace(/^.*<body>|<\/body>.*$/gs, ''), JSON.stringify(r)); }
    const bare = new DOMParser().parseFromString('<html><head><title>t</title></head><body><p>x</p><svg xmlns="http://www.w3.org/2000/svg"><image href="http://evil.invalid/x.png"/></svg></body></html>', 'application/xhtml+xml');
    try { const r = sanitizeSection(bare); console.log('bare', JSON.stringify(r), new XMLSerializer().serializeToString(bare), bare.documentElement?.localName); } catch (e) { console.log('bare threw', String(e), new XMLSerializer().serializeToString(bare)); }
    expect(1).to.equal(1);
  });
});
