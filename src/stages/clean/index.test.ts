import { describe, expect, it } from 'vitest';
import { isMarsadError } from '../../core/errors.js';
import type { Document, InputHints } from '../../core/records.js';
import { createCleanStage } from './index.js';

function clean(source: string, format: 'text' | 'html', hints: InputHints = {}): Document {
  const doc: Document = {
    source: 'in',
    raw: { bytes: new Uint8Array(), format, hints },
    markup: { format, source },
    diagnostics: [],
  };
  createCleanStage().run(doc, { referenceDate: null });
  return doc;
}

const PARAS = [
  'Rockets struck an army depot outside the provincial capital on Sunday night, setting off explosions that were heard for hours, residents said.',
  'Two soldiers were killed and &amp; nine wounded, according to a military statement issued on Monday morning.',
  'The army said it had returned fire at the launch sites, which lie in the hills east of the city.',
];
const PAGE = `<html><head><title>Depot hit</title><meta property="og:site_name" content="Hill Courier"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="story-body"><h1>Depot hit</h1><p>${PARAS[0]}</p>\n  <p>${PARAS[1]}</p><p>${PARAS[2]}</p></div>
<footer>© Hill Courier</footer></body></html>`;

/** The HTML source offset of a text offset, as the sourceMap field documents it. */
function toSource(map: Int32Array, t: number): number {
  let i = 0;
  while (i + 2 < map.length && map[i + 2] <= t) i += 2;
  return map[i + 1] + (t - map[i]);
}

describe('the clean stage', () => {
  it('keeps a plain text file as it is, so spans index the file', () => {
    const text = '  Shelling hit the town.\n\nAdvertisement\n';
    const doc = clean(text, 'text');
    expect(doc.text).toBe(text);
    expect(doc.removed?.map((r) => r.kind)).toEqual(['promo']);
    expect(doc.sourceMap).toBeUndefined();
  });

  it('reads "HTML" that holds no element as the text it is, and still reads a page', () => {
    const words = 'Volunteers repainted the clinic on the north road over the weekend.';
    const doc = clean(words, 'html');
    expect(doc.text).toBe(words);
    expect(doc.sourceMap).toBeUndefined();
    expect(clean(PAGE, 'html').sourceMap).toBeDefined();
  });

  it('writes the main text of a page as paragraphs without navigation, title or footer', () => {
    const doc = clean(PAGE, 'html');
    expect(doc.text).toBe(PARAS.map((p) => p.replace('&amp;', '&')).join('\n\n'));
    expect(doc.publisher).toEqual({ value: 'Hill Courier', spans: [], from: 'opengraph' });
  });

  it.each(['Rockets', 'explosions', 'nine', 'military', 'launch', 'east'])(
    'maps the word "%s" back to where it stands in the HTML',
    (word) => {
      const doc = clean(PAGE, 'html');
      const at = doc.text!.indexOf(word);
      const src = toSource(doc.sourceMap!, at);
      expect(PAGE.slice(src, src + word.length)).toBe(word);
    },
  );

  it('prefers what the source adapter was told over what the text says', () => {
    const doc = clean('Shelling hit the town\n\nThe mayor said two houses burned.', 'text', {
      title: 'Town shelled',
      published: '2024-05-02T10:00:00Z',
    });
    expect(doc.title).toEqual({ value: 'Town shelled', spans: [], from: 'input' });
    expect(doc.published).toEqual({ value: '2024-05-02', spans: [], from: 'input' });
  });

  it.each([
    [
      'a page of links',
      '<html><body><ul><li><a href="/a">One story</a></li><li><a href="/b">Two</a></li></ul></body></html>',
      'html',
    ],
    ['a text of furniture only', 'Facebook Twitter Linkedin Mail\nAdvertisement', 'text'],
  ] as const)('reports NO_MAIN_TEXT for %s', (_name, source, format) => {
    let code = '';
    try {
      clean(source, format);
    } catch (e) {
      code = isMarsadError(e) ? e.code : 'other';
    }
    expect(code).toBe('NO_MAIN_TEXT');
  });
});
