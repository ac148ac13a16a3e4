import { describe, expect, it } from 'vitest';
import { cleanText } from './text-cleaner.js';

const BODY_AR =
  'قال مسؤولون محليون إن قذائف سقطت على حي سكني في المدينة مساء أمس، ما أدى إلى إصابة أربعة مدنيين.';
const BODY_EN =
  'Officials said shells landed on a residential district of the town on Monday evening, wounding four civilians.';

/** The kind and reason of the removed span covering `line` when it follows a body paragraph. */
function verdictOf(line: string, body = /[a-z]/i.test(line) ? BODY_EN : BODY_AR) {
  const text = `${body}\n${body}\n${line}`;
  const r = cleanText(text).removed.find((x) => text.slice(...x.span).trim() === line.trim());
  return r ? r.kind : null;
}

describe('the plain-text boilerplate classifier', () => {
  it.each([
    ['جرّب الصحيفة مجانًا لمدة شهر واقرأ بلا حدود', 'promo'],
    ['اشترك الآن في النشرة البريدية لتصلك أهم الأخبار', 'promo'],
    ['Subscribe to The Harbour Post and get unlimited access for a month', 'promo'],
    ['Advertisement', 'promo'],
    ['اقرأ أيضاً: انفجار قرب مبنى البلدية', 'related-links'],
    ['أخبار متعلقة', 'related-links'],
    ['Read more: Talks resume at the border', 'related-links'],
    ['Related stories: Curfew lifted in the old city', 'related-links'],
    ['Ministers clash over the border budget [VIDEO]', 'related-links'],
    ['صدر كتاب مريم النجار الأخير بعنوان "ذاكرة المدن" عن دار الشروق', 'author-bio'],
    ["Omar Saleh's latest book, Rivers of Salt, is out now", 'author-bio'],
    ['Hannah Brooke is a senior fellow at the Institute for Regional Studies', 'author-bio'],
    ['بقلم: سامر يوسف', 'byline'],
    ['By Laura Mendes', 'byline'],
    ['(Reporting by Omar Aziz; Editing by Mark Hale)', 'byline'],
    ['شارك: فيسبوك تويتر واتساب', 'share-widget'],
    ['Share on Facebook Twitter Email', 'share-widget'],
    ['صورة أرشيفية: آليات عسكرية قرب الحدود', 'caption'],
    ['Photo: Smoke rises over the port', 'caption'],
    ['سمات: الأمن، الحدود، المعابر', 'other'],
    ['Tags: security, border, crossings', 'other'],
    ['جميع الحقوق محفوظة لشبكة المدى', 'other'],
    ['© 2024 River News Ltd. All rights reserved.', 'other'],
    ['Comments', 'other'],
    ['...المزيد', 'other'],
    ['صور الأقمار الاصطناعية للمخيم بعد القصف', 'caption'],
  ])('marks "%s" as %s', (line, kind) => {
    expect(verdictOf(line)).toBe(kind);
  });

  it.each([
    ['Shells fall on the old market - YouTube', BODY_EN],
    ['Watch: Smoke rises over the port after the strike', BODY_EN],
    ['فيديو: لحظة سقوط القذائف على السوق', BODY_AR],
  ])('marks the embedded video title "%s" between two paragraphs', (line, body) => {
    const text = `${body}\n${line}\n${body}`;
    const found = cleanText(text).removed.find((r) => text.slice(...r.span) === line);
    expect(found?.reason).toBe('embedded video title');
  });

  it("keeps a video page's own title on its first line", () => {
    expect(cleanText(`Watch: Smoke rises over the port\n${BODY_EN}`).removed).toEqual([]);
  });

  it.each([
    ['a news paragraph', BODY_EN],
    ['an Arabic news paragraph', BODY_AR],
    [
      'a paragraph about a subscription scheme',
      'The ministry said residents who subscribe to the new water scheme will pay less next year.',
    ],
    [
      'a quote telling people to try',
      'Try to stay indoors, the governor told residents as the shelling continued into the night.',
    ],
    [
      'an Arabic past-tense verb that reads like an imperative',
      'وسجل الجيش تقدما على محور الجنوب واكتشف مخزنا للأسلحة قرب القرية.',
    ],
  ])('keeps %s as body', (_name, line) => {
    expect(verdictOf(line)).toBeNull();
  });

  it.each([
    ['a "Published" stamp', 'Published March 2 2019 ', 'published', '2019-03-02'],
    ['a weekday stamp', 'Wed 03 Aug 2016 ', 'published', '2016-08-03'],
    [
      'a numeric stamp with its update time',
      '05.10.2019(updated 1412 05.10.2019) ',
      'published',
      '2019-10-05',
    ],
    [
      'a "Last updated" stamp with day and year run together',
      'Last updated at Mar 142019 ',
      'published',
      '2019-03-14',
    ],
    ['a stamp with an agency tag', 'Mon 12 Aug 2019 at 1120 Regional NNA - ', 'published', '2019-08-12'],
  ])('reads %s at the start as furniture that names the %s', (_name, lead, field, value) => {
    const { removed, clues } = cleanText(lead + BODY_EN);
    expect(removed[0].span).toEqual([0, lead.trimEnd().length]);
    expect(clues).toContainEqual(expect.objectContaining({ field, value }));
  });

  it.each([
    ['a Reuters dateline', 'BEIRUT (Reuters) - ', 'Reuters'],
    ['an Arabic agency dateline', 'بغداد - رويترز: ', 'رويترز'],
    ['a city-only dateline', 'karachi: ', null],
  ])('keeps %s in the body, as wire copy opens, and takes the agency it names', (_name, lead, agency) => {
    const text = lead + (/[a-z]/i.test(lead) ? BODY_EN.toLowerCase() : BODY_AR);
    const { removed, clues, body, hasDateline } = cleanText(text);
    expect(removed).toEqual([]);
    expect(body[0]).toBe(0);
    expect(hasDateline).toBe(true);
    // A city-only dateline names no agency: no publisher clue then, rather than no check.
    expect(clues.filter((c) => c.field === 'publisher').map((c) => c.value)).toEqual(agency ? [agency] : []);
  });

  it("removes a writer's by-line prefix that names outlet and city", () => {
    const text = `سامر علي – الصحيفة – جدة: ${BODY_AR}`;
    const { removed } = cleanText(text);
    expect(removed.map((r) => text.slice(...r.span))).toEqual(['سامر علي – الصحيفة – جدة:']);
  });

  it('removes only the first copy of an immediately repeated phrase', () => {
    const text = 'the foreign minister the foreign minister said talks would resume';
    const { removed } = cleanText(text);
    expect(removed.map((r) => text.slice(...r.span))).toEqual(['the foreign minister']);
  });

  it('names the outlet a promo advertises and the author a book note names, with their spans', () => {
    const text = `${BODY_AR}\n${BODY_AR}\nصدر كتاب مريم النجار الأخير عن دار الشروق\nجرّب The Harbour Post مجانًا لمدة شهر`;
    const { clues } = cleanText(text);
    const shown = clues.map((c) => [c.field, c.value, text.slice(...c.span), c.from]);
    expect(shown).toEqual([
      ['author', 'مريم النجار', 'مريم النجار', 'removed:author-bio'],
      ['publisher', 'The Harbour Post', 'The Harbour Post', 'removed:promo'],
    ]);
  });

  it('sets the body from the first to the last character no removed part covers', () => {
    const text = `بقلم: سامر يوسف\n${BODY_AR}\nسمات: الأمن`;
    const { body } = cleanText(text);
    expect(text.slice(...body)).toBe(BODY_AR);
  });

  it('takes the headlines listed under a related-links heading, up to the next sentence', () => {
    const text = `${BODY_EN}\nRelated:\nTalks on the crossing stall again\nCurfew lifted in the old city\n${BODY_EN}`;
    const removed = cleanText(text).removed.map((r) => text.slice(...r.span));
    expect(removed).toEqual([
      'Related:',
      'Talks on the crossing stall again',
      'Curfew lifted in the old city',
    ]);
  });

  it('offers the first line as a headline when it is short and has no final stop', () => {
    const text = `Shelling wounds four in border town\n\n${BODY_EN}`;
    const { headline } = cleanText(text);
    expect(headline && text.slice(...headline)).toBe('Shelling wounds four in border town');
  });
});
