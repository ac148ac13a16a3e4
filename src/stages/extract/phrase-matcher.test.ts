import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../core/text/normalize.js';
import { loadLexicon } from './lexicon-loader.js';
import { PhraseMatcher, type TokenWords } from './phrase-matcher.js';
import { tokenKeys } from './token-keys.js';

/** Token keys of a sentence, one token per space-separated word. */
function keysOf(sentence: string): TokenWords {
  return normalizeName(sentence)
    .split(' ')
    .map((w) => tokenKeys({ norm: w, stem: w }));
}

/** A matcher over a lexicon written for the test. */
function matcherOf(lines: string[]): PhraseMatcher {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-lexicon-'));
  writeFileSync(join(dir, 'test.tsv'), lines.join('\n') + '\n');
  return new PhraseMatcher(loadLexicon('test.tsv', pathToFileURL(dir + '/')));
}

const shipped = new PhraseMatcher(loadLexicon('events-triggers.tsv'));
const tagsIn = (sentence: string) => shipped.findLongest(keysOf(sentence)).map((h) => h.phrase.tag);

describe('the phrase matcher', () => {
  it('finds a phrase whose words have other words between them at its head, with its later words as its tail', () => {
    const matcher = matcherOf(['ar\tفتح … النار على\tfixed\t@fire\tstrong']);
    const [hit] = matcher.findLongest(keysOf('وفي الصباح فتح مسلحان ملثمان النار على الحاجز'));
    expect([hit.start, hit.end, hit.tail, hit.phrase.tag]).toEqual([2, 3, [[5, 7]], '@fire']);
  });

  it('may find a tag only where some token opens a phrase of it, whatever the words after', () => {
    const matcher = matcherOf(['en\tcar bomb\tnoun\tied\tstrong', 'en\tbomb squad\tnoun\tsquad\tweak']);
    expect(matcher.mayFind(keysOf('a car parked by the bakery'), 'ied')).toBe(true);
    expect(matcher.mayFind(keysOf('the bomb squad came'), 'ied')).toBe(false);
    expect(matcher.mayFind(keysOf('the bomb squad came'), 'squad')).toBe(true);
    expect(matcher.mayFind(keysOf('nothing here'), 'no such tag')).toBe(false);
  });

  it('gives ungapped hits a tail field too, undefined, so all hits share one layout', () => {
    const matcher = matcherOf(['en\tcar bomb\tnoun\tied\tstrong', 'ar\tفتح … النار\tfixed\t@fire\tstrong']);
    const hits = [
      ...matcher.findAll(keysOf('a car bomb')),
      ...matcher.findLongest(keysOf('فتح مسلحان النار')),
    ];
    expect(hits.map((h) => Object.keys(h))).toEqual([
      ['phrase', 'start', 'end', 'tail'],
      ['phrase', 'start', 'end', 'tail'],
    ]);
  });

  it('tries phrases that need a second word only where the next token is a lexicon word, in lexicon order', () => {
    const matcher = matcherOf([
      'en\tmortar shell\tnoun\tshelling\tstrong',
      'en\tmortar\tnoun\tmortar\tweak',
      'en\tshell\tnoun\tshelling\tweak',
    ]);
    const at = (sentence: string) =>
      matcher.findLongest(keysOf(sentence)).map((h) => [h.phrase.tag, h.start]);
    expect(at('the mortar shell hit the quay')).toEqual([['shelling', 1]]);
    expect(at('the mortar hit the quay')).toEqual([['mortar', 1]]);
    expect(at('the old mortar')).toEqual([['mortar', 2]]);
    expect(matcher.findAll(keysOf('mortar shell')).map((h) => h.phrase.words.join(' '))).toEqual([
      'mortar shell',
      'mortar',
      'shell',
    ]);
  });

  it('finds, of a first word opening many phrases, those the next word continues and those needing none, in lexicon order', () => {
    const seconds = ['up', 'back', 'off', 'down', 'out', 'over', 'aloft', 'hostage', 'captive'];
    const matcher = matcherOf([
      ...seconds.map((second) => `en\theld ${second}\tverb\theld-${second}\tweak`),
      'en\theld … ransom\tverb\tgapped\tweak',
      'en\theld hostage\tverb\thostage-again\tweak',
      'en\theld\tverb\theld\tweak',
    ]);
    const found = (sentence: string) => matcher.findAll(keysOf(sentence)).map((h) => h.phrase.tag);
    expect(found('they held hostage a guard')).toEqual(['held-hostage', 'hostage-again', 'held']);
    expect(found('they held a guard for ransom')).toEqual(['gapped', 'held']);
    expect(found('they held aloft')).toEqual(['held-aloft', 'held']);
    // "off" is a lexicon word here, "them" is none: each leaves only the phrases it may continue.
    expect(found('they held them')).toEqual(['held']);
    expect(matcher.findLongest(keysOf('they held hostage a guard')).map((h) => h.phrase.tag)).toEqual([
      'held-hostage',
    ]);
  });

  it('leaves the words in a gap to other phrases and consumes the tail', () => {
    const matcher = matcherOf([
      'ar\tانتهى …2 هدنة\tverb\t@none\tweak',
      'ar\tهدنة\tnoun\tAgreement\tstrong',
      'ar\tمسلحون\tfixed\t@actor\tweak',
    ]);
    const hits = matcher.findLongest(keysOf('لتنتهي مع المسلحين هدنة العام الماضي'));
    expect(hits.map((h) => h.phrase.tag)).toEqual(['@none']);
    const gapped = matcher.findLongest(keysOf('انتهت مسلحون هدنة'));
    expect(gapped.map((h) => [h.phrase.tag, h.start])).toEqual([
      ['@none', 0],
      ['@actor', 1],
    ]);
  });

  it('lets every look-alike found at a position mask its tail, not only the furthest', () => {
    const matcher = matcherOf([
      'ar\tضبط …3 قذيفة|ضبط …3 عبوات\tverb\t@none\tweak',
      'ar\tقذيفة هاون\tfixed\tShelling/artillery/missile attack\tstrong',
    ]);
    const hits = matcher.findLongest(keysOf('تم ضبط 22 قذيفة هاون وعبوات ناسفة'));
    expect(hits.map((h) => h.phrase.tag)).toEqual(['@none']);
  });

  it('does not find a gapped phrase when more words than its gap stand between', () => {
    const matcher = matcherOf(['ar\tفتح … النار\tfixed\t@fire\tstrong']);
    expect(matcher.findAll(keysOf('فتح الوزير باب الحوار مع المعارضة لاطفاء النار'))).toEqual([]);
  });

  it('reads the words of each sentence it is given, and of a lexicon built after a sentence was read', () => {
    const matcher = matcherOf(['en\tset … ablaze\tverb\tArson\tstrong']);
    const burnt = keysOf('rioters set the depot ablaze');
    const spared = keysOf('rioters set up a depot');
    const found = (keys: TokenWords) => matcher.findAll(keys).map((h) => h.phrase.tag);
    expect([found(burnt), found(spared), found(burnt)]).toEqual([['Arson'], [], ['Arson']]);
    const later = matcherOf(['en\tset … alight\tverb\tLater arson\tstrong']);
    expect(later.findAll(keysOf('rioters set the depot alight')).map((h) => h.phrase.tag)).toEqual([
      'Later arson',
    ]);
  });

  it('lets a gap written with a digit hold that many words', () => {
    const matcher = matcherOf(['ar\tفجر …4 انفسهم\tfixed\tSuicide bomb\tstrong']);
    expect(matcher.findAll(keysOf('فجر انتحاريون من التنظيم المتشدد انفسهم')).length).toBe(1);
    expect(matcher.findAll(keysOf('فجر انتحاريون اربعة من التنظيم المتشدد انفسهم')).length).toBe(0);
  });

  it('prefers the phrase covering more tokens, gapped or not, and keeps adjacent phrases as they were', () => {
    const matcher = matcherOf([
      'ar\tاطلق … صواريخ\tfixed\tShelling/artillery/missile attack\tstrong',
      'ar\tاطلق\tfixed\t@none\tweak',
      'en\tcar bomb\tfixed\tied',
    ]);
    const [hit] = matcher.findLongest(keysOf('اطلق الحوثيون عشرات الصواريخ'));
    expect([hit.tail, hit.phrase.tag]).toEqual([[[3, 4]], 'Shelling/artillery/missile attack']);
    expect(matcher.findLongest(keysOf('اطلق سراح الرهائن')).map((h) => h.phrase.tag)).toEqual(['@none']);
    expect(matcher.findAll(keysOf('a car bomb')).map((h) => [h.start, h.end])).toEqual([[1, 3]]);
  });

  it('turns a phrase away at a third word the sentence does not hold there, and finds it where it does', () => {
    const matcher = matcherOf([
      'en\thave been guarding … sheep\tfixed\t@hold\tstrong',
      'en\thave been … shot\tfixed\t@fire\tstrong',
    ]);
    const tags = (sentence: string) => matcher.findLongest(keysOf(sentence)).map((h) => h.phrase.tag);
    expect(tags('they have been guarding the sheep')).toEqual(['@hold']);
    expect(tags('they have been watching the sheep')).toEqual([]);
    expect(tags('they have been guarding and shot')).toEqual(['@fire']);
  });
});

describe('the shipped triggers', () => {
  it.each([
    ['فتح مسلحان مساء الخميس النار على السفارة', '@fire'],
    ['اطلقت قوات الامن الرصاص الحي على المحتجين', '@fire'],
    ['واطلق الحوثيون عشرات القذائف على الاحياء السكنية', 'Shelling/artillery/missile attack'],
    ['حيث فجر انتحاريون من التنظيم انفسهم في سيارات', 'Suicide bomb'],
    ['وفجرت انتحاريتان نفسيهما في السوق', 'Suicide bomb'],
    ['وقتل العشرات خلال القتال داخل المدينة', 'Armed clash'],
    ['اعتدى مستوطنون على مزارعين في القرية', '@attack'],
    ['وتجمع نحو خمسمئة متظاهر امام مبنى البرلمان', 'Peaceful protest'],
    ['ونزل آلاف المتظاهرين الى شوارع العاصمة', 'Peaceful protest'],
    ['وتمكنت قوات الامن من تفكيك عبوة ناسفة على الطريق', 'Disrupted weapons use'],
    ['وعثرت الشرطة على سيارة مفخخة جاهزة للتفجير', 'Disrupted weapons use'],
    ['واطلقت طائرة بدون طيار صاروخا على سيارة', 'Shelling/artillery/missile attack'],
    ['واصيب الحارس بطلقات نارية في صدره', '@fire'],
    ['واحتجز المسلحون عشرات الرهائن داخل الفندق', 'Abduction/forced disappearance'],
    ['والقت المروحيات براميل متفجرة على الحي', 'Air/drone strike'],
    ['ونصب المسلحون كمينا لدورية الجيش', '@attack'],
  ])('find a trigger in "%s"', (sentence, tag) => {
    expect(tagsIn(sentence)).toContain(tag);
  });

  it.each([
    'وصلى المصلون الفجر في المسجد ثم عادوا الى بيوتهم',
    'سافر المقاتلون للمشاركة في القتال هناك',
    'اطلقت الحكومة سراح السجناء',
    'وخطف الفريق الضيف الفوز في الدقائق الاخيرة',
    'واتهم المعارضون الرئيس باغتصاب السلطة',
    'لتنتهي بذلك هدنة استمرت عامين',
    'واطلقت كوريا صاروخا باليستيا جديدا',
    'وحلقت طائرة مسيرة فوق المدينة',
    'وقال لقناة المسيرة ان الوضع هادئ',
    'وخرج الالاف الى الشوارع احتفالا بالفوز',
  ])('find no incident in "%s"', (sentence) => {
    expect(tagsIn(sentence).filter((t) => t !== '@none')).toEqual([]);
  });
});

describe('the shipped cues', () => {
  const cues = new PhraseMatcher(loadLexicon('events-cues.tsv'));
  const cueTags = (sentence: string) => cues.findAll(keysOf(sentence)).map((h) => h.phrase.tag);

  it('read bombing from the air as an air cue, and an air base or an airline as none', () => {
    expect(cueTags('وتواصل القصف الجوي على المدينة')).toContain('air');
    expect(cueTags('القوات المتمركزة في قاعدة العند الجوية')).not.toContain('air');
    expect(cueTags('وعلقت الخطوط الجوية رحلاتها')).not.toContain('air');
  });

  it('read a part in a bombing as its reference, and the bombing as no news', () => {
    const sentence = keysOf('واعتقل رجل للاشتباه في تورطه في تفجير السوق');
    const bombing = shipped.findLongest(sentence).find((h) => h.phrase.tag === '@explosion')!;
    const references = cues.findAll(sentence).filter((h) => h.phrase.tag === 'reference');
    expect(references.map((h) => h.end)).toContain(bombing.start);
  });

  it('read militants targeted by an operation as armed men, the object of a fight', () => {
    expect(cueTags('عملية امنية استهدفت عناصر ارهابية في الجبال')).toContain('forces');
  });

  it('read an imminent storming as unreal', () => {
    expect(cueTags('تمهيدا للاقتحام الوشيك للمدينة')).toEqual(
      expect.arrayContaining(['unreal', 'unreal-after']),
    );
  });
});
