import { describe, expect, it } from 'vitest';
import { assertedWords } from '../../../test/support/asserted-words.js';
import type { FixtureSpec } from './fixture-document.js';
import { fixtureDocument } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { loadEventLexicons } from './index.js';
import { buildSentenceViews } from './sentence-view.js';
import { noLongerHeeded, ofNothing } from './unreal-scopes.js';

const mosul = placeEntity('Mosul', 'IQ');

/** The words of every trigger a sentence asserts; Mosul is marked where the text names it. */
function asserted(text: string): string[] {
  const spec: FixtureSpec = {
    text,
    mentions: [
      ...(text.includes('الموصل') ? [['الموصل', mosul] as const] : []),
      ...(text.includes('Mosul') ? [['Mosul', mosul] as const] : []),
    ].map(([phrase, entity]) => [phrase, entity]),
  };
  return assertedWords(spec);
}

describe('acts a call or a demand asks for', () => {
  it.each([
    [
      'a call whose subject holds a relative clause',
      'ودعا زعيم الجماعة، الذي ظهر في تسجيل مصور، إلى شن مزيد من الهجمات على مواقع الجيش في الموصل.',
    ],
    [
      'a demand told as its «ب» noun after a long subject',
      'وطالب القيادي في رسالة بثها موقع الجماعة أمس بمهاجمة السفارات في الموصل.',
    ],
    [
      'an English call with a long object before "to"',
      'The leader urged his supporters around the world to launch more attacks on embassies in Mosul.',
    ],
    ['a call to carry out attacks', 'كما دعا قيادي آخر في التنظيم، في مقطع مصور، إلى تنفيذ هجمات في الموصل.'],
    [
      'a threat told as its «ب» noun after a long subject',
      'هدد قائد الميليشيا في الموصل، سليم فارس، باغتيال رئيس البلدية.',
    ],
    [
      'a warning of killing told as its «ب» noun',
      'وحذر الخاطفون في رسالة إلى عائلات البحارة في الموصل، بقتل الأسرى الثلاثة.',
    ],
    [
      'an act a warning warns against after its «من»',
      'حذر قائد الشرطة أمس زعماء العشائر المسلحة في المحافظة من الاستمرار في إطلاق الصواريخ على الموصل.',
    ],
    ['a blast a tense situation portends', 'وقال النائب إن التوتر في أحياء الموصل ينذر بانفجار قريب.'],
    ['clashes a standoff portended', 'وأنذر الخلاف بين الفصيلين في الموصل أمس بمواجهات مسلحة.'],
  ])('drops %s', (_, text) => {
    expect(asserted(text)).toEqual([]);
  });

  it('keeps an act told between a warning and its «من»', () => {
    const text =
      'وحذر المحافظ في بيان وزعه مكتبه على الصحف أمس السكان بعد أن قصفت الطائرات الموصل من الخروج ليلا.';
    expect(asserted(text)).toEqual(['قصفت']);
  });

  it('keeps an act told after the called-for object, in a clause of its own', () => {
    expect(asserted('ودعا المحافظ السكان إلى الهدوء التام بعد أن هاجم مسلحون قرية قرب الموصل.')).toEqual([
      'هاجم',
    ]);
  });

  it('keeps an act after an English call whose object is another act', () => {
    expect(
      asserted('The mayor urged residents to stay home after gunmen attacked a checkpoint in Mosul.'),
    ).toEqual(['attacked']);
  });

  it('keeps a «ب» act told after a threat that a full stop closes', () => {
    expect(asserted('هدد المسلحون سكان القرية. ثم قاموا بمهاجمة مركز الشرطة في الموصل.')).toEqual([
      'بمهاجمة',
    ]);
  });

  it('keeps an act told in a relative clause still open before the object', () => {
    const text = 'وطالب الأهالي الذين خرجوا إلى الشوارع في مظاهرة حاشدة في الموصل بإطلاق المعتقلين.';
    expect(asserted(text)).toEqual(['مظاهرة']);
  });
});

describe('acts of something said not to exist', () => {
  it.each([
    ['an Arabic negated existence', 'يحلم الشباب بوطن لا توجد فيه ميليشيات تخطف الناس، ولا سجون سرية.'],
    [
      'an English negated existence',
      'They dream of a country where there are no militias that kidnap people.',
    ],
  ])('drops %s', (_, text) => {
    expect(asserted(text)).toEqual([]);
  });

  it.each([
    ['denied evidence', 'لا توجد معلومات عن الجهة التي خطفت الصحفي في الموصل.', ['خطفت']],
    ['denied casualties', 'Nobody was hurt in the attack on the checkpoint in Mosul.', ['attack']],
  ])('keeps an act when the text denies %s', (_, text, words) => {
    expect(asserted(text)).toEqual(words);
  });
});

describe('acts told of a changed habit', () => {
  it.each([
    ['an Arabic "no longer"', 'لم يعد يثير اهتمام أحد خبر مقتل عشرة أشخاص في تفجير إرهابي.'],
    ['an English "no longer"', 'We no longer notice the news of a bombing that kills ten people.'],
  ])('drops the acts after %s', (_, text) => {
    expect(asserted(text)).toEqual([]);
  });

  it('keeps an act after "لم يعد" that means "did not return"', () => {
    expect(asserted('لم يعد الجنود إلى قاعدتهم بعد الهجوم على الموصل.')).toEqual(['الهجوم']);
  });
});

describe('incident nouns in a compound adjective', () => {
  it('drops "riot" in "riot-ravaged"', () => {
    expect(asserted('Relief trucks reached riot-ravaged Mosul on Monday.')).toEqual([]);
  });

  it('keeps the riot itself', () => {
    expect(asserted('The riot in Mosul lasted two hours.')).toEqual(['riot']);
  });

  it('keeps a strike on a town a war is the adjective of', () => {
    expect(asserted('Jets bombed a market in the war-torn town of Mosul.')).toEqual(['bombed']);
  });

  it('drops "struck" in "calamity-struck"', () => {
    expect(asserted('The governor came to help the calamity-struck people of Mosul.')).toEqual([]);
  });

  it('keeps "struck" told of a blow', () => {
    expect(asserted('A rocket struck a school in Mosul.')).toContain('struck');
  });

  it('keeps an act told in a "war-hit" or "war-torn" place: that war is no war the act belongs to', () => {
    expect(asserted('Jets bombed two markets in the war-hit city of Mosul.')).toContain('bombed');
    expect(asserted('Jets bombed two markets in the war-torn city of Mosul.')).toContain('bombed');
  });
});

describe('warnings that tell no deed to come', () => {
  it.each([
    [
      'said not to have been given',
      'Without any warning, a bomb exploded near a bus stop in Mosul.',
      ['bomb', 'exploded'],
    ],
    [
      'given by telephone about a planted device',
      'A caller phoned in a warning minutes before a bomb exploded in Mosul.',
      ['bomb', 'exploded'],
    ],
    [
      'called in before the blast',
      'Minutes after the cell called in a warning, a car bomb went off in Mosul.',
      ['car bomb', 'went off'],
    ],
  ])('keeps the bombing after a warning %s', (_, text, words) => {
    expect(asserted(text)).toEqual(words);
  });

  it('still drops an act a warning threatens', () => {
    expect(asserted('The group issued a warning of attacks on police posts in Mosul.')).toEqual([]);
  });

  it('drops the deed a given warning says is to come', () => {
    expect(asserted('A caller phoned a warning that car bombs would go off in Mosul.')).toEqual([]);
  });

  it('keeps the blast of a device a given warning says was planted', () => {
    expect(
      asserted('A caller gave a warning that a bomb had been planted, and it exploded in Mosul.'),
    ).toEqual(['bomb', 'planted', 'exploded']);
  });
});

describe('acts told as a habit', () => {
  it.each([
    ['Arabic near-daily raids', 'وتشن الطائرات الحربية غارات شبه يومية على مواقع التنظيم في الموصل.'],
    ['English near-daily raids', 'Warplanes carry out near-daily raids on the outskirts of Mosul.'],
  ])('drops %s', (_, text) => {
    expect(asserted(text)).toEqual([]);
  });

  it.each([
    [
      'Arabic raids told on a day',
      'وشنت الطائرات الحربية غارات على مواقع التنظيم في الموصل امس.',
      ['وشنت', 'غارات'],
    ],
    [
      'English raids told on a day',
      'Warplanes carried out raids on the outskirts of Mosul on Sunday.',
      ['raids'],
    ],
  ])('keeps %s', (_, text, words) => {
    expect(asserted(text)).toEqual(words);
  });
});

describe('acts a place is told to have seen', () => {
  it('drops the battles an area "has seen": a stretch of fighting, not one incident', () => {
    expect(asserted('The Mosul area has seen fierce battles between the army and the rebels.')).toEqual([]);
    expect(asserted('The town, which had witnessed riots off and on, stayed calm in Mosul.')).toEqual([]);
  });

  it('keeps the battles that raged', () => {
    expect(asserted('Battles raged between the army and the rebels in Mosul on Sunday.')).toContain(
      'Battles',
    );
  });
});

describe('acts a source denies, calls hearsay or tells as under way', () => {
  it.each([
    [
      'an attack denied by the participle «نافيا»',
      'وأكد المتحدث أن الأوضاع في الموصل مستقرة، نافيا وقوع هجوم على مقر البلدية ليلة السبت.',
    ],
    [
      'an attack told as what was rumoured, «ما تردد»',
      'وتحدث السكان في الموصل عما تردد من هجوم على نقطة تفتيش.',
    ],
    [
      'arrests told as under way, «وجار»',
      'ورصدت الشرطة عشرات المتعاطفين مع التنظيم في الموصل، وجار إلقاء القبض عليهم.',
    ],
  ])('drops %s', (_, text) => {
    expect(asserted(text)).toEqual([]);
  });

  it.each([
    ['an attack a source confirms', 'وأكد المتحدث وقوع هجوم على مقر البلدية في الموصل ليلة السبت.', ['هجوم']],
    ['an attack residents speak of', 'وتحدث السكان في الموصل عن هجوم على نقطة تفتيش.', ['هجوم']],
    ['arrests made', 'وألقت الشرطة القبض على عشرات المتعاطفين مع التنظيم في الموصل.', ['القبض على']],
  ])('keeps %s', (_, text, words) => {
    expect(asserted(text)).toEqual(words);
  });
});

describe('acts told as still to come by the verb after them', () => {
  it('drops an explosion a caller says will happen, «انفجارا سيقع»', () => {
    expect(asserted('واتصل مجهول بفندق في الموصل ليقول إن انفجارا سيقع خلال ساعة.')).toEqual([]);
  });

  it('keeps an explosion a caller says went off, «انفجارا وقع»', () => {
    expect(asserted('واتصل مجهول بفندق في الموصل ليقول إن انفجارا وقع قبل ساعة.')).toEqual(['انفجارا']);
  });
});

describe('acts a proposal puts forward', () => {
  it.each([
    ['a proposed bombing', 'واقترح أحد قادة الخلية تنفيذ تفجير قرب جسر في الموصل.'],
    ['a proposal told as its noun', 'وتضمن مقترح القيادي تنفيذ هجمات بالعبوات الناسفة على الجسور في الموصل.'],
  ])('drops %s', (_, text) => {
    expect(asserted(text)).toEqual([]);
  });

  it('keeps a bombing told after a proposal, in a clause of its own', () => {
    const text = 'ورفض المجلس اقتراح الهدنة، وبعد ساعات انفجرت سيارة مفخخة في الموصل.';
    expect(asserted(text)).toEqual(['انفجرت', 'سيارة مفخخة']);
  });
});

describe('a denial or a changed habit right before the act', () => {
  const lexicons = loadEventLexicons();
  /** The first trigger of a one-sentence text, read by `rule`. */
  const ruled = (text: string, rule: typeof ofNothing) => {
    const [view] = buildSentenceViews(fixtureDocument({ text }), lexicons);
    return rule(view, text, view.triggers[0]);
  };

  it('finds the denial two words before the act', () => {
    expect(ruled('There were no clashes in Varnholt that week.', ofNothing)).toBe(true);
  });

  it('finds "no longer" and its verb right before the act', () => {
    expect(ruled('Villagers no longer fear raids by the river.', noLongerHeeded)).toBe(true);
  });
});

describe('acts in a report set aside as untrue', () => {
  it.each([
    ['a denied report', 'The army denied reports that eight soldiers were killed in an ambush near Mosul.'],
    ['rumours dispelled', 'The governor dispelled rumours of a shooting at the main market of Mosul.'],
    [
      'claims dismissed',
      'Officials dismissed media claims that two guards had been kidnapped from a checkpoint in Mosul.',
    ],
  ])('drops the acts of %s', (_, text) => {
    expect(asserted(text)).toEqual([]);
  });

  it('keeps an act whose report set aside only ties a side to it', () => {
    const text = 'Officials dismissed claims that the militia was behind the bombing of the market in Mosul.';
    expect(asserted(text)).toContain('bombing');
  });

  it('keeps an act told after the clause of the denied report ends', () => {
    const text = 'The army denied reports of a mutiny, but gunmen attacked a checkpoint in Mosul.';
    expect(asserted(text)).toContain('attacked');
  });
});
