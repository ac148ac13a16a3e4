/**
 * Trigger words read in a sense that names no incident: a blast of feelings, a festival, a battle of ideas,
 * a whole state that "burned".
 */
import { wordSet } from '../../core/text/word-set.js';
import { familyOf } from './act-families.js';
import { armedHand } from './armed-subject.js';
import { ANY_PASSIVE_AUXILIARY } from './passive-auxiliaries.js';
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';
import { WEAPON_CUE_TAGS } from './weapon-choice.js';

/** «تفجير», «انفجار», «تفجر» with their clitics (folded). */
const BLAST = /^[وفبل]*(?:ال)?(?:تفجير|انفجار|تفجر)$/;
/**
 * What can blow up only as a figure: a situation, a conflict, anger («تفجير الوضع», «انفجار الغضب», «لتفجير
 * صراعات»). Folded, with «ال».
 */
const ABSTRACT =
  /^(?:ال)?(?:وضع|اوضاع|صراع|صراعات|ازمه|ازمات|غضب|فتنه|خلاف|خلافات|نزاع|موقف|مواقف|عنف|احتقان|توتر)$/;
/** «أعمال العنف»: the head of a figure whose second word is in ABSTRACT. */
const DEEDS = /^(?:ال)?اعمال$/;
/** «تظاهرة» with its clitics (folded): in the Levant and the Maghreb also a festival or a cultural event. */
const GATHERING = /^[وفبل]*(?:ال)?تظاهره$/;
/** What a festival «تظاهرة» is of: «تظاهرة ثقافية», «تظاهرة المسرح العربي» (folded, with «ال»). */
const CULTURE =
  /^(?:ال)?(?:ثقافيه|فنيه|مسرحيه|سينماييه|رياضيه|ادبيه|شعريه|موسيقيه|علميه|تراثيه|سياحيه|مسرح|سينما|كتاب|فيلم|افلام|فن|فنون|شعر|موسيقي)$/;

/** «معركة», «معارك» with their clitics (folded). */
const BATTLE = /^[وفبل]*(?:ال)?(?:معركه|معارك)$/;
/**
 * What a battle is of, or what kind, when it is fought only as a figure: of awareness, of civilisation, of
 * deliverance from extremism; a media, political, electoral or online one (folded, with «ال»).
 */
const FIGURE_OF_BATTLE =
  /^(?:ال)?(?:وعي|حضاره|خلاص|تنميه|بناء|اصلاح|عقول|افكار|اعلاميه|فكريه|سياسيه|انتخابيه|انتخابات|دبلوماسيه|قانونيه|قضاييه|اقتصاديه|ثقافيه|الكترونيه|افتراضيه|كسر)$/;

/**
 * Whose battle is a whole people's, fought as a figure of a long struggle: «معركة شعبنا مع الغلو», «معركة الأمة»
 * (folded).
 */
const NATION_OWNER = /^(?:وطننا|بلادنا|امتنا|شعبنا|الامه|الوطن)$/;
/** What a battle «ضد» is only ever a campaign against: poverty, corruption, disease, terrorism as a whole. */
const ABSTRACT_FOE =
  /^(?:ال)?(?:فقر|بطاله|فساد|جهل|اميه|امراض|مرض|وباء|اوبيه|غلاء|تضخم|ارهاب|تطرف|مخدرات|تصحر)$/;
/** «ضد», «على» (against) before a battle's foe (folded). */
const AGAINST = /^(?:ضد|علي)$/;
/**
 * Words that make the battle after them what something is called: «وصف الانتخابات بأنها معركة» (folded). Not
 * «هي», «ستكون»: «الأولوية هي معركة المدينة» and «ستكون معركة المدينة صعبة» tell a battle fought.
 */
const CALLED = /^(?:بانها|بانه|باعتبارها|باعتباره)$/;

/** «ضربة», «ضربات» with their clitics (folded). */
const BLOW = /^[وفبل]*(?:ال)?(?:ضربه|ضربات)$/;
/** Verbs that say what something amounts to: «تعتبر», «يعد», «تشكل», «يمثل», «اعتبر» (folded). */
const AMOUNTS_TO = /^[وف]?(?:يعتبر|تعتبر|اعتبر|اعتبرت|يعد|تعد|عد|يشكل|تشكل|شكل|شكلت|يمثل|تمثل|مثل|مثلت)$/;
/** Tokens between such a verb and the blow («تعتبر خسارة القاعدة ضربة»). */
const AMOUNTS_REACH = 4;

/**
 * «اغتيال», «اغتصاب» with their clitics, a doer's pronoun («اغتصابهم») or the accusative «ا» (folded): of a
 * person an incident, of a right or a land a figure.
 */
const TAKING_LIFE_OR_BODY = /^[وفبل]*(?:ال)?(?:اغتيال|اغتصاب)(?:ه|ها|هم|هما|ا)?$/;
/**
 * What is "assassinated" or "raped" only as a figure: a right, power, land, an initiative, peace, the truth,
 * the state («اغتصاب الحقوق», «اغتصاب السلطة», «اغتيال الحلم», «الاغتصاب للدولة»). Folded, with «ال», «ل» or «لل».
 */
const FIGURE_OF_TAKING =
  /^(?:لل|ل?(?:ال)?)(?:حق|حقوق|سلطه|حكم|ارض|اراضي|مبادره|مبادرات|حلم|احلام|ديمقراطيه|حقيقه|سلام|دوله|وطن|شرعيه|دستور|عداله|قضيه|امل|فرحه|ذاكره|اراده)$/;

/**
 * «اغتصاب حق الرعي», «اغتيال لكل الآمال», «سعي لاغتيال العراق»: an assassination or a rape whose
 * object is a right, an idea or a whole country is a usurpation or a ruin told as a figure.
 */
function figurativeTaking(view: SentenceView, trigger: PhraseHit): boolean {
  // «لكل الآمال»: "of every" stands before the object.
  const every = /^ل?كل$/.test(view.tokens[trigger.end]?.norm ?? '') ? 1 : 0;
  const next = view.tokens[trigger.end + every];
  if (next === undefined) return false;
  if (FIGURE_OF_TAKING.test(next.norm)) return true;
  return view.mentions.some(
    (m) => m.span[0] === next.span[0] && LAND.has(m.place?.precision ?? '') && m.via !== 'demonym',
  );
}

/** «خطف», «اختطف», «يخطف», «اختطاف» with their clitics and persons (folded). */
const SNATCH = /^[وفبل]*(?:ال)?(?:[يتن]?خطف|[يتن]?ختطف|اختطف|اختطاف)(?:ت|وا|ون|ان)?$/;
/**
 * What is "snatched" only as a figure: the spotlight, eyes and hearts, a title, a win, points, a goal, a seat,
 * a name, a revolution or a decision («خطف الأضواء», «خطف لقب البطولة», «خطف فوزا ثمينا», «اختطاف الثورة»).
 * Folded, with «ال» or the accusative «ا».
 */
const FIGURE_OF_SNATCHING =
  /^(?:ال)?(?:اضواء|انظار|قلوب|لقب|القاب|فوز|انتصار|نقاط|نقطه|صداره|بطاقه|هدف|اهداف|تعادل|ميداليه|كاس|بطوله|مقعد|مقاعد|اسم|ثوره|قرار|فتوي)ا?$/;
/** Tokens after a snatching verb within which its object stands, past a subject («خطف النجم الأضواء»). */
const SNATCHED_REACH = 3;

/**
 * «خطف المهاجم الأضواء», «خطف الفريق فوزا ثمينا», «اختطاف الثورة»: a snatching whose object is a prize, the
 * spotlight or an idea is a figure of winning or usurping, not a kidnapping.
 */
function snatchedPrize(view: SentenceView, trigger: PhraseHit): boolean {
  const end = Math.min(view.tokens.length, trigger.end + SNATCHED_REACH);
  for (let at = trigger.end; at < end; at++) {
    const word = view.tokens[at].norm;
    if (FIGURE_OF_SNATCHING.test(word) || FIGURE_OF_TAKING.test(word)) return true;
  }
  return false;
}

/**
 * «كان إغلاق المعبر سببا في تفجير الوضع», «الشرارة لانفجار الغضب الشعبي», «تظاهرة المسرح العربي في
 * قرطاج», «معركة الوعي», «وتعتبر خسارة القاعدة ضربة قاسية للمتمردين», «اغتصاب الحقوق», «خطف الأضواء»: a blast
 * whose object is a situation or a feeling, a «تظاهرة» of the arts, a battle as a figure (`figurativeBattle`),
 * a blow something is said to amount to, an assassination or a rape of a right, an idea or a land, and a
 * prize or the spotlight snatched tell no incident.
 */
export function figurativeSense(view: SentenceView, trigger: PhraseHit): boolean {
  if (trigger.phrase.lang === 'en')
    return (
      burningLand(view, trigger) ||
      (!crowdAct(trigger) && englishFigure(view, trigger) && !toldHarm(view, trigger))
    );
  if (trigger.phrase.lang !== 'ar') return false;
  if (TARGETING.test(view.tokens[trigger.start].norm) && trigger.end - trigger.start === 1)
    return aimedAtDoing(view, trigger);
  // «محاولة لاغتيال العراق»: the taking may end a longer phrase.
  if (TAKING_LIFE_OR_BODY.test(view.tokens[trigger.end - 1].norm)) return figurativeTaking(view, trigger);
  if (trigger.end - trigger.start !== 1) return false;
  const word = view.tokens[trigger.start].norm;
  if (SNATCH.test(word)) return snatchedPrize(view, trigger);
  const next = view.tokens[trigger.end]?.norm ?? '';
  if (GATHERING.test(word)) return CULTURE.test(next);
  if (BATTLE.test(word)) return figurativeBattle(view, trigger.start);
  if (BLOW.test(word)) return amountsTo(view, trigger.start);
  if (!BLAST.test(word)) return false;
  return ABSTRACT.test(next) || (DEEDS.test(next) && ABSTRACT.test(view.tokens[trigger.end + 1]?.norm ?? ''));
}

/**
 * «معركة الوعي», «معركة بلادنا مع التشدد طويلة», «تخوض معركة ضد الفقر», «وصفها بأنها معركة مصيرية»: a battle
 * of ideas or votes, a whole people's, one against a scourge or what something is called is a figure.
 */
function figurativeBattle(view: SentenceView, at: number): boolean {
  const next = view.tokens[at + 1]?.norm ?? '';
  if (FIGURE_OF_BATTLE.test(next) || NATION_OWNER.test(next)) return true;
  if (AGAINST.test(next) && ABSTRACT_FOE.test(view.tokens[at + 2]?.norm ?? '')) return true;
  return CALLED.test(view.tokens[at - 1]?.norm ?? '');
}

/**
 * What is killed, attacked, hijacked or stormed only as a figure: a bill or a plan, a debate, a freedom, a
 * reputation, a show or the pitch ("the bill was killed", "an attack on democracy", "fans stormed the pitch").
 */
const ABSTRACT_EN = wordSet(
  'bill bills motion motions proposal proposals legislation amendment amendments deal plan plans idea ideas ' +
    'debate debates agenda process democracy freedom freedoms reputation show pitch charts hopes dream ' +
    'dreams career momentum narrative constitution',
);
/**
 * What is "hijacked" only as a figure, beyond `ABSTRACT_EN`: a gathering, a movement, a vote or a campaign
 * ("the rally was hijacked by party loyalists"); a plane, a bus or a ship is hijacked in earnest.
 */
const HIJACKED_EN = wordSet(
  'rally rallies protest protests meeting conference movement revolution election campaign issue',
);
const HIJACK = /^hijack(?:ed|ing|s)?$/;
/** "an attack on rights activists", "the show's host": a head after the word makes it people or a place. */
const PEOPLE_OR_SITE =
  /^(?:groups?|activists?|workers?|defenders?|campaigners?|offices?|headquarters|hosts?|venues?|organi[sz]ers?|staff|members?|leaders?|lawyers?|'s|’s)$/;
/** Words between an English act and its object: "of", "on", a determiner or a possessive. */
const OBJECT_LEAD = wordSet('of on at against upon the a an his her its their our');

/**
 * "protested against the bill", "marched against the constitution": a crowd's act aimed at a bill or a plan
 * is a protest in earnest; only the acts of violence take such objects as a figure. The families cover every
 * crowd trigger: "Protest with intervention" and "Excessive force against protesters" are given by the
 * context of a protest (event-typer), never by a trigger's tag.
 */
function crowdAct(trigger: PhraseHit): boolean {
  const family = familyOf(trigger.phrase.tag);
  return family === 'riot' || family === 'protest';
}

/**
 * "the bill was killed in committee", "a scathing attack on democracy", "fans stormed the pitch", "the film
 * bombed at the box office", "the rally was hijacked", "a character assassination": an English act whose
 * object or passive subject is a bill, an idea, a freedom, a show or the pitch (for a hijacking, also a
 * gathering or a campaign), or an assassination of character, tells no incident.
 */
function englishFigure(view: SentenceView, trigger: PhraseHit): boolean {
  const tokens = view.tokens;
  const before = tokens[trigger.start - 1]?.norm ?? '';
  if (before === 'character') return true;
  const hijack = HIJACK.test(tokens[trigger.start].norm);
  const abstract = (at: number) => {
    const word = tokens[at]?.norm ?? '';
    const next = tokens[at + 1]?.norm ?? '';
    const figure = ABSTRACT_EN.has(word) || (hijack && HIJACKED_EN.has(word));
    return (word === 'box' && next === 'office') || (figure && !PEOPLE_OR_SITE.test(next));
  };
  if (ANY_PASSIVE_AUXILIARY.has(before) && abstract(trigger.start - 2)) return true;
  let at = trigger.end;
  while (at < trigger.end + 3 && OBJECT_LEAD.has(tokens[at]?.norm ?? '')) at++;
  return abstract(at);
}

/** Words that open another clause: "the bill was killed, a day after a bomb killed five" tells two acts. */
const OTHER_CLAUSE = wordSet(
  'after before while whereas when since as that which who because though although',
);
/** Words that tell what an act was done with, standing at most two words before the weapon ("by a bomb"). */
const DONE_WITH = wordSet('with by using');
/** Tokens after the act within which its dead are counted or its weapon named. */
const HARM_REACH = 12;

/**
 * "gunmen attacked the fashion show, killing four", "his brother Bill was killed by gunmen", "the show was hit
 * by a bomb": an act that goes on to count the dead or the hurt, or names what it was done with, or has an
 * armed hand is an incident, whatever its object looks like. The words are read folded: a bill and a man named
 * Bill are one word here. Only words after the act and in its clause count: "called the purchase of warplanes
 * an attack on democracy" names a weapon, and "the bill was killed … after a bomb killed five" counts dead, of
 * something else.
 */
function toldHarm(view: SentenceView, trigger: PhraseHit): boolean {
  const { tokens } = view;
  let clauseEnd = Math.min(tokens.length, trigger.end + HARM_REACH);
  for (let at = trigger.end; at < clauseEnd; at++) if (OTHER_CLAUSE.has(tokens[at].norm)) clauseEnd = at;
  if (clauseEnd === trigger.end) return armedHand(view, trigger);
  const [from, to] = [tokens[trigger.end].span[0], tokens[clauseEnd - 1].span[1]];
  const doneWith = (c: PhraseHit) =>
    DONE_WITH.has(tokens[c.start - 1]?.norm ?? '') || DONE_WITH.has(tokens[c.start - 2]?.norm ?? '');
  return (
    view.quantities.some(
      (q) => (q.role === 'killed' || q.role === 'injured') && q.span[0] >= from && q.span[1] <= to,
    ) ||
    view.cues.some(
      (c) => WEAPON_CUE_TAGS.has(c.phrase.tag) && c.start >= trigger.end && c.end <= clauseEnd && doneWith(c),
    ) ||
    armedHand(view, trigger)
  );
}

/** "burned", "burnt", "was burning": what a land does only as a figure of its unrest. */
const BURNED = /^(?:burned|burnt|burning)$/;
/** Words that make the name after them a place where someone else burned things ("in Gujarat burned"). */
const PLACING = /^(?:in|at|across|from|of|throughout|near|into|over)$/;
/** Places a figure of speech sets alight whole: a state, a region, a country. */
const LAND = new Set(['region', 'country']);

/**
 * "as Gujarat burned after the killings", "while the country was burning": a state or a country as the
 * subject of a bare burning verb is a figure of its unrest, not property set alight. "Rioters in Gujarat
 * burned buses" places the burning instead.
 */
function burningLand(view: SentenceView, trigger: PhraseHit): boolean {
  if (trigger.end - trigger.start !== 1 || !BURNED.test(view.tokens[trigger.start].norm)) return false;
  const was = /^(?:was|is)$/.test(view.tokens[trigger.start - 1]?.norm ?? '') ? 1 : 0;
  const before = view.tokens[trigger.start - 1 - was];
  if (!before) return false;
  const land = view.mentions.find(
    (m) => m.span[1] === before.span[1] && LAND.has(m.place?.precision ?? '') && m.via !== 'demonym',
  );
  if (!land) return false;
  const first = view.tokens.findIndex((t) => t.span[0] === land.span[0]);
  return !PLACING.test(view.tokens[first - 1]?.norm ?? '');
}

/** A verb saying what something amounts to stands up to `AMOUNTS_REACH` tokens before token `at`. */
function amountsTo(view: SentenceView, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - AMOUNTS_REACH); k--) {
    if (AMOUNTS_TO.test(view.tokens[k].norm)) return true;
  }
  return false;
}

/** «استهدف», «استهدفت», «يستهدف», «تستهدف» and the others of the verb (folded, a conjunction before). */
const TARGETING = /^[وف]?(?:استهدف|استهدفت|استهدفوا|يستهدف|تستهدف|يستهدفون)$/;
/**
 * A verbal noun of the form «تفعيل» with no plural ending, what a plan or a campaign aims at: «تشويه», «تحسين»,
 * «تقويض». A target struck is a thing or people («تجمع», «تعزيزات», «منزلا»), not a doing.
 */
const DOING = /^ت[^\sي]{2}ي[^\s]$/;
/** Verbal nouns of other forms a figurative «استهدف» takes: to terrorise, spread, weaken, topple, shake. */
const OTHER_DOING =
  /^(?:ارهاب|اشاعه|اثاره|اضعاف|افشال|اسقاط|ارباك|اخضاع|اقصاء|اسكات|زعزعه|ضرب|النيل|المساس|نشر|بث|زرع)$/;

/**
 * «الحملة استهدفت تشويه صورة البلد», «التفجير الذي استهدف إرهاب رجال الأمن»: «استهدف» with a doing as its
 * object is "aimed at" it, an aim and not a target struck.
 */
function aimedAtDoing(view: SentenceView, trigger: PhraseHit): boolean {
  const next = view.tokens[trigger.end]?.norm ?? '';
  return DOING.test(next) || OTHER_DOING.test(next);
}
