import { describe, expect, it } from 'vitest';
import type { Document, Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { heldOnTheirWay } from './incident-kinds.js';
import {
  casualtyOfKnownIncident,
  definite,
  demonstrative,
  inSameOperation,
  placedByNationality,
  quotationOf,
  headingLine,
  toldAlongside,
  toldAsBareAttack,
  toldAsMutual,
  toldAsSeparate,
} from './mention-traits.js';
import { eventRecord, toldEvent as eventOf } from './placed-fixture.js';

describe('demonstrative', () => {
  const at = (text: string, word: string): Span => [text.indexOf(word), text.indexOf(word) + word.length];

  it.each([
    ['Gunmen stormed a depot. These raids were the second this month.', 'raids'],
    ['انفجرت عبوة قرب الجسر. ويظهر مثل هذا التفجير ضعف الحراسة.', 'التفجير'],
    ['سقطت قذيفة على السوق. وهذه الغارة هي الثالثة.', 'الغارة'],
  ])('finds the demonstrative before the trigger in "%s"', (text, word) => {
    expect(demonstrative(text, at(text, word))).toBe(true);
  });

  it.each([
    ['Gunmen stormed a depot. The raid was the second this month.', 'raid'],
    ['This week a mine hit a bus near the ferry.', 'mine'],
  ])('finds none in "%s"', (text, word) => {
    expect(demonstrative(text, at(text, word))).toBe(false);
  });
});

describe('casualtyOfKnownIncident', () => {
  /** An event whose triggers are the given words of the text. */
  const told = (text: string, ...words: string[]) =>
    eventOf(text, words[0], {
      event_type: {
        value: 'Violence against civilians',
        spans: words.map((w): Span => [text.indexOf(w), text.indexOf(w) + w.length]),
      },
    });

  it.each([
    ['وقال إن 25 مقاتلا قتلوا في الهجوم على البلدة.', ['قتلوا', 'الهجوم'], true],
    ['Five guards were killed in the attack.', ['killed', 'attack'], true],
    ['Gunmen attacked the post and killed five guards.', ['attacked', 'killed'], false],
    ['Five guards were killed.', ['killed'], false],
  ] as const)('reads "%s" as a reference to an incident told before: %s', (text, words, known) => {
    expect(casualtyOfKnownIncident(told(text, ...words), text)).toBe(known);
  });
});

describe('placedByNationality', () => {
  const text = 'Five Kuwaitis were killed.';
  const demonym: Mention = {
    span: [5, 13],
    kind: 'country',
    entity_id: 'country:KW',
    name: 'Kuwait',
    via: 'demonym',
    score: 1,
    place: { precision: 'country', country: 'KW', lat: null, lon: null },
  };
  const doc = { text, mentions: [demonym] } as Document;
  const atKuwait = {
    name: 'Kuwait',
    country: 'KW',
    lat: null,
    lon: null,
    precision: 'country' as const,
    entity_id: 'country:KW',
    spans: [[5, 13]] as Span[],
  };

  it('is true for a toll placed by the nationality of its victims', () => {
    expect(placedByNationality(eventOf(text, 'killed', { location: atKuwait }), doc)).toBe(true);
  });

  it('is false for an arrest of nationals, which keeps their country', () => {
    const arrest = eventOf(text, 'killed', { location: atKuwait, fatalities: null });
    expect(placedByNationality(arrest, doc)).toBe(false);
  });
});

describe('toldAsSeparate', () => {
  it.each([
    ['In a separate incident, a soldier was killed.', 'killed', true],
    ['وفي حادث منفصل، قتل جندي في هجوم.', 'قتل', true],
    ['وفي موازاة ذلك، فتح مسلحان النار على القنصلية.', 'فتح', true],
    ['وفي قضية أخرى، اعتقلت الشرطة طفلة.', 'اعتقلت', true],
    ['من ناحية ثانية، أعدم مسلحون رجلا في القرية.', 'أعدم', true],
    ['ومن جهة أخرى، اعتقلت الشرطة ثلاثة شبان.', 'اعتقلت', true],
    ['وعلى صعيد آخر، قصفت الطائرات مواقع المسلحين.', 'قصفت', true],
    ['Elsewhere, gunmen shot dead a trader.', 'shot', true],
    ['In another development, police arrested two men.', 'arrested', true],
    ['Meanwhile, a crowd stoned a bus near the market.', 'stoned', true],
    ['وفي غضون ذلك، أحرق مسلحون مدرسة في القرية.', 'أحرق', true],
    ['وإلى ذلك، هاجم مسلحون حافلة ركاب قرب الجسر.', 'هاجم', true],
    ['إلى ذلك قالت الشرطة إن الهجوم أوقع ثلاثة قتلى.', 'الهجوم', false],
    ['وأشار إلى ذلك الهجوم في كلمته.', 'الهجوم', false],
    ['Meanwhile the opposition said the attack killed 40 people.', 'attack', false],
    ['The separate attacks killed a soldier.', 'killed', false],
    ['ومن ناحية الشرق، قتل جندي.', 'قتل', false],
    ['وفي موازاة الطريق، قتل جندي.', 'قتل', false],
    // A whole country's tally is not the incident told before it; a day's span is no place.
    ['Across Yemen, 40 people were killed on Friday.', 'killed', true],
    ['Nationwide, eleven protesters were killed.', 'killed', true],
    ['وفي مختلف أنحاء البلاد، قتل 20 شخصا.', 'قتل', true],
    ['Throughout the day, gunmen shot at the patrol.', 'shot', false],
  ])('%s → %s', (text, trigger, expected) => {
    expect(toldAsSeparate(eventOf(text, trigger), text)).toBe(expected);
  });
});

describe('toldAlongside', () => {
  it.each([
    ['أعدم المسلحون إمام المسجد، فيما اعتقلوا 15 خياطا.', 'اعتقلوا', true],
    ['قصفت الطائرات المواقع، فيما سقطت عدة قذائف على البلدة.', 'قذائف', true],
    ['Jets struck the base while gunmen attacked a checkpoint.', 'attacked', true],
    ['واعتقلت الشرطة 15 شخصا في المدينة.', 'اعتقلت', false],
  ])('%s → %s', (text, trigger, expected) => {
    expect(toldAlongside(eventOf(text, trigger), text)).toBe(expected);
  });
});

describe('inSameOperation', () => {
  it.each([
    ['وقال الجيش إنه اعتقل في العملية ذاتها قائدا للمسلحين.', 'اعتقل', true],
    ['وقال إنه «خلال هذه العملية تم إنقاذ 40 رهينة وإلقاء القبض على قائد».', 'إلقاء القبض', true],
    ['Troops also arrested a commander during the same operation.', 'arrested', true],
    ['وحرر الجيش خلال عملية عسكرية 40 رهينة.', 'حرر', false],
    ['Troops arrested a commander. The same operation freed 40 hostages.', 'arrested', false],
  ])('%s → %s', (text, trigger, expected) => {
    const event = eventOf(text, trigger);
    // Its evidence is its own sentence, as the extract stage gives it.
    const end = text.indexOf('.') + 1;
    expect(inSameOperation({ ...event, evidence: [[0, end]] }, text)).toBe(expected);
  });
});

describe('quotationOf', () => {
  it.each([
    [
      'وقال إن «المجاهدين في سيفاري قتلوا 15 من الكفار» بحسب قوله.',
      'قتلوا',
      '«المجاهدين في سيفاري قتلوا 15 من الكفار»',
    ],
    ['He said: "our fighters killed 15 soldiers" last night.', 'killed', '"our fighters killed 15 soldiers"'],
    ['«نحن هنا» قال، ثم قتل جندي.', 'قتل', null],
    ['Gunmen killed 15 soldiers.', 'killed', null],
    ['"We are here," he said, and gunmen killed 15 soldiers.', 'killed', null],
    ['He called it "a victory" as gunmen killed 15 "infidels".', 'killed', null],
  ])('%s → %s', (text, trigger, expected) => {
    const span = quotationOf(eventOf(text, trigger), text);
    expect(span && text.slice(span[0], span[1])).toBe(expected);
  });
});

describe('toldAsMutual', () => {
  it.each([
    ['Clashes between the army and rebels in the north.', 'Clashes', true],
    ['Troops exchanged fire with gunmen near the border.', 'exchanged fire', true],
    ['اشتباكات بين الجيش والمسلحين في المدينة.', 'اشتباكات', true],
    ['وتبادل الطرفان إطلاق النار قرب الحدود.', 'وتبادل الطرفان إطلاق النار', true],
    ['Rebels attacked an army post in the north.', 'attacked', false],
    ['وهاجم مسلحون مقرا للجيش.', 'وهاجم', false],
  ])('reads "%s" (trigger "%s") as a fight of both sides: %s', (text, trigger, mutual) => {
    expect(toldAsMutual(eventOf(text, trigger), text)).toBe(mutual);
  });
});

describe('toldAsBareAttack', () => {
  it.each([
    ['Rebels attacked the army post in the north.', ['attacked'], true],
    ['Three guards died in an attack that targeted the depot.', ['died', 'attack', 'targeted'], true],
    ['ودان الوزير الهجوم الذي استهدف مقر الشرطة في البلدة.', ['الهجوم', 'استهدف'], true],
    ['قتل خمسة جنود في هجوم على الحاجز.', ['قتل', 'هجوم'], true],
    ['واستنكر الحزب الاعتداء الآثم الذي استهدف ثكنة للحرس في الجبل.', ['استهدف'], true],
    ['وقالت الشرطة إن مسلحين استهدفوا ثكنة للحرس في الجبل.', ['استهدفوا'], false],
    ['Gunmen attacked the army post in the north.', ['attacked'], false],
    ['هاجم مسلحون الحاجز بالرصاص.', ['هاجم'], false],
    ['A man was hurt in a rocket attack on the village.', ['hurt', 'attack'], false],
    ['Six were hurt in attacks on posts in three towns.', ['hurt', 'attacks'], false],
    ['قتل جنديان في هجمات على حواجز الجيش.', ['قتل', 'هجمات'], false],
    ['أصيب جندي في هجوم بقذائف على الحاجز.', ['أصيب', 'هجوم'], false],
    ['Five soldiers were killed in the north.', ['killed'], false],
    ['هجوم تبعته اشتباكات عنيفة قرب الحاجز.', ['هجوم', 'اشتباكات'], false],
  ])('reads "%s" (triggers %j) as an attack told bare: %s', (text, triggers, bare) => {
    const spans = triggers.map((t): Span => [text.indexOf(t), text.indexOf(t) + t.length]);
    const event = eventRecord('Armed clash', spans[0], [0, text.length]);
    event.event_type = { value: 'Battles', spans };
    expect(toldAsBareAttack(event, text)).toBe(bare);
  });

  it('is false for a telling the typer gave a weapon', () => {
    const text = 'Rebels attacked the army post in the north.';
    const at: Span = [text.indexOf('attacked'), text.indexOf('attacked') + 8];
    expect(
      toldAsBareAttack(eventRecord('Shelling/artillery/missile attack', at, [0, text.length]), text),
    ).toBe(false);
  });
});

describe('headingLine', () => {
  it.each([
    ['Car bomb kills 8 in Baghdad market', true],
    ['مقتل 8 في انفجار سيارة مفخخة ببغداد', true],
    ['A car bomb killed 8 in Baghdad.', false],
    ['"Who will stop them?"', false],
  ])('reads "%s" as a heading: %s', (line, title) => {
    expect(headingLine(`${line}\n\nThe body.`, [0, line.length])).toBe(title);
  });
});

describe('definite', () => {
  it.each([
    ['Officials called it the deadliest car bomb attack in Tabqa for a year.', 'car bomb attack', true],
    ['Residents called it the deadliest bombing in a decade.', 'bombing', true],
    ['Six died in the attack.', 'attack', true],
    ['A second car bomb attack hit Raqqa an hour later.', 'car bomb attack', false],
    ['Firemen reported that petrol bombs set a depot in Kestrel Town alight.', 'petrol bombs', false],
    ['A farmer rang the council, telling it that grenades lay by the Kestrel Town well.', 'grenades', false],
    ['A caller told police that a mine lay under the bridge.', 'mine', false],
    ['Villagers still told of that attack years on.', 'attack', true],
    ['وشجب الوزير الحادث الإجرامي الذي استهدف حافلة للجنود قرب الحدود.', 'استهدف', true],
    ['وندد النواب بالعمل الذي استهدف مقر البلدية.', 'استهدف', true],
    ['وقال إن التنظيم الذي استهدف المعسكر فر إلى الجبال.', 'استهدف', false],
  ])('reads "%s" as telling a known incident: %s', (text, trigger, known) => {
    const at = text.indexOf(trigger);
    expect(definite(text, [at, at + trigger.length])).toBe(known);
  });
});

describe('heldOnTheirWay', () => {
  const arrest = (text: string) => eventRecord('Arrests', [0, 1], [0, text.length]);

  it.each([
    'Sixty union members were held at the bus depot for trying to travel to Meerpur.',
    'Police detained nine students on their way to the capital from Kestrel Town.',
    'واعتقلت الشرطة عشرة ناشطين في طريقهم إلى العاصمة.',
  ])('an arrest on the way elsewhere: %s', (text) => {
    expect(heldOnTheirWay(arrest(text), text)).toBe(true);
  });

  it('not the arrest of those who took part: "held for trying to shut the market"', () => {
    const text = 'Sixty union members were held for trying to shut the market by force.';
    expect(heldOnTheirWay(arrest(text), text)).toBe(false);
  });
});
