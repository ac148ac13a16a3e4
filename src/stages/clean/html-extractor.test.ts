import { describe, expect, it } from 'vitest';
import { extractHtml } from './html-extractor.js';

const P = [
  'Armed men stormed a village market at dawn on Friday, killing four traders and wounding several others, witnesses said.',
  'Local officials said the attackers arrived on motorbikes, set fire to stalls and left before the army reached the area.',
  'It was the third attack on a market in the district this year, according to a count kept by a local monitoring group.',
];
const paras = (list = P) => list.map((p) => `<p>${p}</p>`).join('');
const page = (body: string) => `<html><head><title>t</title></head><body>${body}</body></html>`;
const removedText = (html: string) => {
  const r = extractHtml(html);
  return r.findings.map((f) => [f.kind, r.text.slice(...f.span).trim()]);
};

describe('the HTML main-text extractor', () => {
  it('prefers the block of prose to a link-heavy sidebar', () => {
    const links = Array.from(
      { length: 12 },
      (_, i) => `<li><a href="/${i}">Other story number ${i}</a></li>`,
    ).join('');
    const r = extractHtml(page(`<div class="sidebar-x"><ul>${links}</ul></div><div>${paras()}</div>`));
    expect(r.text).toBe(P.join('\n\n'));
  });

  it('keeps a site wrapper whose class sounds like furniture when it holds the article', () => {
    const r = extractHtml(
      page(`<div class="wrapper header-style-2"><div class="entry">${paras()}</div></div>`),
    );
    expect(r.text).toBe(P.join('\n\n'));
  });

  it('drops comment threads even when they are long', () => {
    const comments = `<div id="comments">${paras(P.map((p) => `Reader: ${p}`))}${paras(P.map((p) => `Another: ${p}`))}</div>`;
    const r = extractHtml(page(`<article>${paras()}</article>${comments}`));
    expect(r.text).toBe(P.join('\n\n'));
  });

  it('gathers an article split into cards', () => {
    const cards = P.map(
      (p) => `<div class="card"><div class="card-content card-article"><p>${p}</p></div></div>`,
    );
    const r = extractHtml(page(`<div class="collection">${cards.join('')}</div>`));
    expect(r.text).toBe(P.join('\n\n'));
  });

  it('keeps text behind a paywall class and tweets quoted in an embed', () => {
    const tweet =
      '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The market is burning, please send help now.</p></blockquote></div>';
    const r = extractHtml(
      page(`<article>${paras(P.slice(0, 2))}${tweet}<div class="paywall"><p>${P[2]}</p></div></article>`),
    );
    expect(r.text).toContain('The market is burning');
    expect(r.text).toContain(P[2]);
    expect(r.findings).toEqual([]);
  });

  it('keeps captions, by-lines and link lists inside the article as removed findings', () => {
    const html = page(
      `<article><p class="byline">By Amina Yusuf</p><figure><img src="x.jpg"><figcaption>Burnt stalls on Friday.</figcaption></figure>${paras()}` +
        `<div class="more"><a href="/a">First other story here</a> <a href="/b">Second other story here</a></div></article>`,
    );
    expect(removedText(html)).toEqual([
      ['byline', 'By Amina Yusuf'],
      ['caption', 'Burnt stalls on Friday.'],
      ['related-links', 'First other story here Second other story here'],
    ]);
  });

  it('leaves the title heading out of the text', () => {
    expect(
      extractHtml(page(`<article><h1>Market attacked</h1>${paras()}</article>`)).text.startsWith(P[0]),
    ).toBe(true);
  });

  it('returns no text for a page without prose', () => {
    expect(extractHtml(page('<nav><a href="/">Home</a></nav><div><a href="/a">Story</a></div>')).text).toBe(
      '',
    );
  });
});
