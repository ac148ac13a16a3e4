import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../core/text/normalize.js';
import { createKnowledgeStage, findMentions, loadKnowledgeBase } from './index.js';
import type { Document } from '../../core/records.js';

const kb = await loadKnowledgeBase({ dataDir: fileURLToPath(new URL('./fixtures/kb/', import.meta.url)) });

/** `surface=entity` for every mention, in text order. */
function resolve(text: string): string[] {
  return findMentions(kb, text, [[0, text.length]]).map((m) => `${text.slice(...m.span)}=${m.entity_id}`);
}

describe('the knowledge stage resolves ambiguous places from the article around them', () => {
  it.each([
    [
      'Tripoli with Hezbollah is in Lebanon',
      'Clashes in Tripoli pitted Hezbollah supporters against the army',
      'place:lb:tripoli',
    ],
    [
      'Tripoli with other Libyan names is in Libya',
      'Libyan officials in Tripoli met their Egyptian peers',
      'place:ly:tripoli',
    ],
    ['طرابلس beside لبنان is in Lebanon', 'اشتباكات في طرابلس شمال لبنان', 'place:lb:tripoli'],
    ['طرابلس alone is the larger Libyan capital', 'وصل الوفد إلى طرابلس', 'place:ly:tripoli'],
    [
      'Alexandria with Egypt is the Egyptian city',
      'A bomb exploded in Alexandria, Egypt',
      'place:eg:alexandria',
    ],
    [
      'Alexandria with Virginia named is the American one',
      'Police in Alexandria, Virginia arrested two men',
      'place:geonames:4744091',
    ],
    [
      'Alexandria with only the United States named stays the far larger Egyptian city',
      'A bomb went off near the United States consulate in Alexandria',
      'place:eg:alexandria',
    ],
    ['Homs with Syria is the Syrian city', 'Shelling hit Homs as Syrian troops advanced', 'place:sy:homs'],
    [
      'Homs with Libya is Al Khums',
      'Migrants left Homs on the Libyan coast near Tripoli, Libya',
      'place:ly:al-khums',
    ],
  ])('%s', (_why, text, expected) => {
    const tokens = text.split(/[\s,]+/);
    const ambiguous = tokens.find((t) => ['Tripoli', 'Alexandria', 'Homs', 'طرابلس'].includes(t));
    const mention = findMentions(kb, text, [[0, text.length]]).find(
      (m) => text.slice(...m.span) === ambiguous,
    );
    expect(mention?.entity_id).toBe(expected);
  });

  it('weighs the publication country when the caller knows it', () => {
    const text = 'Clashes broke out in Tripoli overnight';
    const where = (cc?: string) =>
      findMentions(kb, text, [[0, text.length]], undefined, { publicationCountry: cc })[0]?.entity_id;
    expect(where()).toBe('place:ly:tripoli');
    expect(where('LB')).toBe('place:lb:tripoli');
  });

  it.each([
    ['حماة with Syria named is the city', 'قصف على حماة وحمص في سوريا', 'حماة=place:sy:hama'],
    ['Hama in English is the city', 'Shelling hit Hama on Monday', 'Hama=place:sy:hama'],
  ])('%s', (_why, text, expected) => {
    expect(resolve(text)).toContain(expected);
  });

  it('reads Georgia as the country unless the article is about the United States', () => {
    expect(resolve('Georgia and Russia fought in 2008')).toContain('Georgia=country:GE');
    expect(resolve('Voters in Georgia, United States, went to the polls')).toContain(
      'Georgia=region:us:georgia',
    );
  });
});

describe('the knowledge stage matches names through Arabic clitics, longest first', () => {
  it.each([
    ['بموسكو', 'موسكو=place:ru:moscow'],
    ['والحوثيين', 'الحوثيين=actor:houthi-movement'],
    ['لداعش', 'داعش=actor:islamic-state'],
    ['للموصل', 'لموصل=place:iq:mosul'],
    ['وبغداد', 'بغداد=place:iq:baghdad'],
    ['القوات الروسية', 'القوات الروسية=actor:forces:ru:military'],
    ['تنظيم القاعدة', 'تنظيم القاعدة=actor:al-qaeda'],
    ['الجيش الروسي', 'الجيش الروسي=actor:forces:ru:military'],
    ['تنظيم الدولة الإسلامية في العراق والشام', 'الدولة الإسلامية في العراق والشام=actor:islamic-state'],
  ])('"%s" gives %s', (text, expected) => {
    expect(resolve(text)).toEqual([expected]);
  });
});

describe('the knowledge stage keeps ordinary words apart from names', () => {
  it.each([
    ['"is" and "us" are not Islamic State and the United States', 'It is what it told us', []],
    ['"IS" in capitals is Islamic State', 'IS fighters attacked', ['IS=actor:islamic-state']],
    ['"فتح النار" is opening fire, not Fatah', 'فتح مسلحون النار على المدنيين', ['المدنيين=actor:civilians']],
    ['"حركة فتح" is Fatah', 'قالت حركة فتح إن', ['حركة فتح=actor:fatah']],
    ['"حماة الوطن" are protectors, not Hama', 'قال حماة الوطن في سوريا', ['سوريا=country:SY']],
    ['"الخبر" alone is the news', 'نشر الخبر أمس', []],
    ['"مدينة الخبر" is Khobar', 'انفجار في مدينة الخبر', ['الخبر=place:sa:khobar']],
    [
      '"SANA" in capitals is the news agency, "Sana" is the city',
      'SANA said Sana was calm',
      ['SANA=actor:media:sana', 'Sana=place:ye:sanaa'],
    ],
    ['a small town named like a word needs its country: "لعل" is "perhaps"', 'لعل الوضع يتحسن', []],
    ['"بلدة لعل" is the town', 'قصف في بلدة لعل', ['لعل=place:af:lal']],
    ['a small town far away needs a cue or its country in the article', 'قال وجهاء جغجران إن', []],
    [
      'with its country named, the small town stands',
      'قال وجهاء جغجران بأفغانستان',
      ['جغجران=place:af:chaghcharan', 'أفغانستان=country:AF'],
    ],
    ['a weekday is never a town', 'وقع الهجوم يوم الأربعاء في مالي', []],
  ])('%s', (_why, text, expected) => {
    expect(resolve(text)).toEqual(expected);
  });
});

describe('the knowledge stage as a pipeline stage', () => {
  it('fills places with coordinates, precision and region, and actors with their state', async () => {
    const text = 'قصف في طرابلس شمال لبنان. Russian forces said nothing.';
    const doc: Document = {
      source: 't',
      text,
      normalized: normalizeForMatching(text),
      sentences: [{ span: [0, 25] }, { span: [26, text.length] }],
      diagnostics: [],
    };
    await createKnowledgeStage(kb).run(doc, { referenceDate: null });
    const tripoli = doc.mentions?.find((m) => m.entity_id === 'place:lb:tripoli');
    expect(tripoli?.place).toMatchObject({ country: 'LB', precision: 'town', admin1: 'North Lebanon' });
    expect(tripoli?.place?.lat).toBeCloseTo(34.43, 1);
    const forces = doc.mentions?.find((m) => m.entity_id === 'actor:forces:ru:military');
    expect(forces?.actor).toEqual({ country: 'RU', parent_id: 'country:RU', parent_name: 'Russia' });
    expect(text.slice(...forces!.span)).toBe('Russian forces');
    // Places and actors share one layout (the other's field undefined), so their readers stay monomorphic.
    expect(Object.keys(tripoli!)).toEqual(Object.keys(forces!));
  });

  it('finds nothing outside the sentences, so removed boilerplate never yields mentions', async () => {
    const text = 'Related: Tripoli news. Body text here.';
    const doc: Document = { source: 't', text, sentences: [{ span: [23, text.length] }], diagnostics: [] };
    await createKnowledgeStage(kb).run(doc, { referenceDate: null });
    expect(doc.mentions).toEqual([]);
  });
});
