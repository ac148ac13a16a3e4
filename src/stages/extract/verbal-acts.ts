import { ARMED_DEAD, ARMED_NOUNS } from './armed-nouns.js';
import { governing } from './cue-scope.js';
import type { PhraseHit } from './phrase-matcher.js';
import { wordsBetween, type SentenceView } from './sentence-view.js';

/** What is said or decided, which only words can attack: "the new tax law", "the minister's remarks". */
const SAID_EN =
  /^(?:words|law|laws|bill|bills|decree|decision|decisions|policy|policies|statement|statements|report|reports|remarks|comments|criticism|speech|speeches|proposal|proposals)$/;
/** «قرار المجلس», «تصريحات الوزير», «القانون الجديد»: the same in Arabic, folded, with a clitic and an owner. */
const SAID_AR =
  /^[وفبل]?(?:ال)?(?:قرار|قرارات|تصريح|تصريحات|قانون|قوانين|سياس[هت]|سياسات|بيان|تقرير|تقارير|خطاب|انتقادات|مواقف)(?:ه|ها|هم)?$/;
/** Words that end the object's phrase before a place or a second noun: "the report on police spending". */
const PHRASE_END = /^(?:of|on|in|at|near|with|and|by|from|في|من|قرب)$/;
/** "attack on", "هجوما … على": a noun of attack reaches its object through these. */
const TOWARD = /^(?:on|against|upon|علي|ضد)$/;
/** Those who speak for a side or for themselves: "the minister attacked", "a spokesman for the rebels attacked". */
const SPEAKER =
  /^(?:spokesman|spokeswoman|spokesperson|spokesmen|minister|ministers|mp|mps|lawmaker|lawmakers|party|newspaper)$/;
/** Words that may stand between a speaker and the verb, or between "for" and the side spoken for. */
const BETWEEN = /^(?:the|a|an|has|had|have|also|then|who|'s|’s)$/;
/** How many tokens after the attack word its object may stand: a subject, adjectives, an owner between. */
const OBJECT_REACH = 4;
/** "شن القيادي … هجوما": how far after a launching verb the attack noun that carries its object may stand. */
const NOUN_REACH = 8;

/** "a tweet attacking", "في كلمة هاجم فيها": a word of speech right before the verb makes it verbal. */
const SPEECH_REACH = 1;
/** Words that open a noun phrase: a capital after one may be the sentence's own, not a name's. */
const DETERMINER = /^(?:the|a|an|this|that|his|her|its|their)$/;

/**
 * "in a tweet attacking the mayor", "a column attacking": the verb is told in words. Not when the word of speech
 * is part of a name, capitalised right after another capitalised word ("the Teofilo Forero Mobile Column
 * killed", a guerrilla unit).
 *
 * @example toldInSpeech(view, text, trigger) // true for "attacking" in "in a tweet attacking the mayor"
 */
export function toldInSpeech(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  const cue = governing(view, text, trigger, 'speech', SPEECH_REACH);
  if (cue === undefined) return false;
  const capital = (k: number) =>
    /^\p{Lu}/u.test(text.slice(view.tokens[k]?.span[0] ?? 0, view.tokens[k]?.span[1] ?? 0));
  const before = view.tokens[cue.start - 1];
  return !(
    capital(cue.start) &&
    before !== undefined &&
    capital(cue.start - 1) &&
    !DETERMINER.test(before.norm)
  );
}

/**
 * An act made in words, not arms: an Arabic attack by an office-holder or told with its speech, an attack on
 * something said or decided or by one who speaks, or an English battle with an office-holder over a matter.
 *
 * @example madeInWords(view, text, trigger) // true for "attacked" in "The minister attacked the new tax law."
 */
export function madeInWords(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  return (
    isVerbalAttack(view, trigger) ||
    attacksWords(view, text, trigger) ||
    isDispute(view, trigger) ||
    voicedProtest(view, trigger)
  );
}

/** «احتجاجه», «احتجاجها», «احتجاجاتهم»: a protest owned by a pronoun, the form a complaint is voiced in. */
const OWNED_PROTEST = /^[وفبل]?احتجاج(?:ات)?(?:ه|ها|هم|هما|نا|ي)$/;
/** «مذكرة احتجاج», «رسالة احتجاج», «بيان احتجاج»: the paper a complaint is handed in. */
const PROTEST_PAPER = /^[وفبل]?(?:ال)?(?:مذكره|مذكرات|رساله|رسايل|بيان|برقيه|خطاب)$/;
/** «احتجاجا رسميا», «احتجاج رسمي»: a complaint lodged by a state or a body. */
const LODGED = /^(?:ال)?رسمي(?:ا|ه)?$/;
/**
 * «أعلن», «أبدى», «أعرب عن», «عبر عن», «سجل», «أبلغ», «جدد»: the verbs a complaint is voiced by. An owned protest
 * with no such verb may be a crowd's own ("نفذ الطلاب احتجاجهم أمام الوزارة").
 */
const VOICING =
  /^[وف]?(?:[يت]?(?:علن|بدي|عرب|عبر|سجل|بلغ|جدد|نقل)|اعلن|ابدي|اعرب|ابلغ)(?:ت|وا)?$|^(?:تعبيرا|اعرابا)$/;
/** How far before the owned protest its voicing verb may stand, past a subject and «عن». */
const VOICING_REACH = 6;
/** A bare protest noun, the only one the readings above take. */
const PROTEST_NOUN = /^[وفبل]?(?:ال)?احتجاج(?:ا|ات)?$/;

/**
 * «أعلنت الوزارة احتجاجها على القرار», «سلم السفير مذكرة احتجاج», «قدمت احتجاجا رسميا»: a complaint voiced,
 * written or lodged is no gathering in the street. When the sentence names protesters («أبدى المتظاهرون
 * احتجاجهم»), the crowd is there and the protest stays.
 */
function voicedProtest(view: SentenceView, trigger: PhraseHit): boolean {
  if (trigger.phrase.lang !== 'ar' || trigger.end - trigger.start !== 1) return false;
  const word = view.tokens[trigger.start].norm;
  const voiced =
    (OWNED_PROTEST.test(word) &&
      wordsBetween(view, Math.max(0, trigger.start - VOICING_REACH), trigger.start).some((w) =>
        VOICING.test(w),
      )) ||
    (PROTEST_NOUN.test(word) &&
      (PROTEST_PAPER.test(view.tokens[trigger.start - 1]?.norm ?? '') ||
        LODGED.test(view.tokens[trigger.end]?.norm ?? '')));
  return voiced && !view.cues.some((c) => c.phrase.tag === 'protesters');
}

/**
 * "The minister attacked the opposition's remarks", "شن … هجوما عنيفا على قرار البرلمان", "هاجمت صحيفة
 * تصريحات الوزير": an attack whose object is something said or decided is made in words, unless an
 * armed side stands between the attack and that object.
 */
function attacksWords(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  if (trigger.phrase.tag !== '@attack') return false;
  if (spokenBy(view, trigger)) return true;
  // "شن … هجوما عنيفا على قرار": the launching verb takes the object of the attack noun after it.
  return view.triggers.some(
    (t) =>
      (t === trigger || (t.phrase.lang === 'ar' && t.start >= trigger.end)) &&
      t.phrase.tag === '@attack' &&
      t.start - trigger.end <= NOUN_REACH &&
      saidObject(view, text, t),
  );
}

/** The object right after the attack word, past a subject, adjectives or "on", is something said or decided. */
function saidObject(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  const said = trigger.phrase.lang === 'ar' ? SAID_AR : SAID_EN;
  const end = Math.min(view.tokens.length, trigger.end + OBJECT_REACH + 1);
  for (let at = trigger.end; at < end; at++) {
    const word = view.tokens[at].norm;
    // "attack every day," a statement said": the object's phrase runs unbroken by any mark.
    if (text.slice(view.tokens[at - 1].span[1], view.tokens[at].span[0]).trim() !== '') return false;
    if (said.test(word)) return true;
    if (at === trigger.end && TOWARD.test(word)) continue;
    if (!/^[\p{L}\d'’-]+$/u.test(word) || PHRASE_END.test(word) || armedWord(view, at)) return false;
  }
  return false;
}

/**
 * "The minister attacked", "a spokesman for the rebels has attacked": the English verb's subject is one who
 * speaks, not an armed side; the side a speaker speaks for ("for the rebels") is not the subject.
 */
function spokenBy(view: SentenceView, trigger: PhraseHit): boolean {
  if (trigger.phrase.lang !== 'en' || !/ed$/.test(view.tokens[trigger.start].norm)) return false;
  const skip = (from: number, also: (at: number) => boolean) => {
    let at = from;
    while (at >= 0 && (BETWEEN.test(view.tokens[at].norm) || also(at))) at--;
    return at;
  };
  const head = skip(trigger.start - 1, () => false);
  if (head < 0) return false;
  if (!armedWord(view, head)) return SPEAKER.test(view.tokens[head].norm);
  // "a spokesman for the Front attacked": past the side's name to the "for" that ties it to its speaker.
  const tie = skip(head, (at) => armedWord(view, at));
  return /^(?:for|of)$/.test(view.tokens[tie]?.norm ?? '') && SPEAKER.test(view.tokens[tie - 1]?.norm ?? '');
}

/** The token at `at` names armed men ("gunmen", «مسلحون») or stands in an armed group's name. */
function armedWord(view: SentenceView, at: number): boolean {
  const token = view.tokens[at];
  return (
    ARMED_NOUNS.has(token.norm) ||
    ARMED_DEAD.has(token.norm) ||
    /^[وف]?(?:ال)?مسلح(?:ون|ين)$/.test(token.norm) ||
    view.mentions.some(
      (m) => m.kind === 'armed-group' && m.span[0] <= token.span[0] && m.span[1] >= token.span[1],
    )
  );
}

/** Titles of office, also feminine ("شن رئيس الحزب هجوما", "هاجمت الوزيرة"): such an attack is made in words. */
const OFFICE = /^[وف]?(?:ال)?(?:رييس|نايب|وزير|زعيم|مرشح|سيناتور|امين|ناطق|متحدث|سفير|محافظ)ه?$/;
/** "هاجمت رايس حماس قائلة", "شن … هجوما … مضيفا": a participle of saying after the attack makes it speech. */
const SAYING = /^[وف]?(?:قايلا|قايله|قايلين|مضيفا|مضيفه|معتبرا|معتبره|واصفا|واصفه|متهما|متهمه|مشيرا|مشيره)$/;
/** "هاجم التنظيم في خطبه", «في كلمته», «في تصريحاته»: the speech an attack was made in (folded, with its owner). */
const SPOKEN_IN = /^[وفب]?(?:خطب|خطبت|خطاب|كلمت|تصريحات|مقال|مقالات|تغريدات?)(?:ه|ها|هم)$/;
/** How far after an attack a participle of saying may stand. */
const SAYING_REACH = 6;
/** «في مقال», «في تغريدة», «في كلمة», «في مقابلة»: the medium an attack in words is made in, after «في» (folded). */
const MEDIUM =
  /^(?:مقال|مقاله|مقالات|تغريده|تغريدات|تغريداته|كلمه|كلمته|خطاب|خطابه|حديث|حديثه|مقابله|مقابلته|تصريح|تصريحات|منشور)$/;
/**
 * «شنت المنظمة في تقرير لها هجوما»: a report or a statement the attack is launched in, before its noun. After
 * the attack «في بيان» most often says where the news of an armed one was given.
 */
const REPORT = /^(?:تقرير|تقريرها|تقريره|بيان|بيانها|بيانه)$/;
/** Words of a name the text knows nothing of that may stand between a verb and its subject's title. */
const NAME_WORDS = 2;

/**
 * «شن الوزير», «شن ضاحي خلفان نائب رئيس الشرطة»: an office-holder is the verb's subject, by the title right
 * after it or, after «شن» (`launching`), whose object is the attack noun, so that whoever stands between is
 * its subject, after a name of up to two words that names nothing the text knows (a known side there is the
 * subject itself: «شن الجيش بقيادة وزير الدفاع»). After «هاجم» the words may be its subject and object
 * («هاجم مجهولون نائب رئيس البلدية»).
 */
function officeHolderAfter(view: SentenceView, verb: number, launching: boolean): boolean {
  const reach = launching ? NAME_WORDS : 0;
  for (let k = verb + 1; k <= verb + 1 + reach && k < view.tokens.length; k++) {
    if (OFFICE.test(view.tokens[k].norm)) return true;
    const [from, to] = view.tokens[k].span;
    const known = view.mentions.some((m) => m.span[0] < to && m.span[1] > from);
    if (known || armedWord(view, k) || !ARABIC_NAME_WORD.test(view.tokens[k].norm)) return false;
  }
  return false;
}
/** A word that may be part of a personal name: Arabic, not a preposition nor «بقيادة» (folded). */
const ARABIC_NAME_WORD = /^(?!(?:في|من|علي|عن|الي|مع|بقياده)$)[\u0621-\u064a]{2,}$/;

/** "شن" and its forms, the verb an attack noun is launched by. */
const LAUNCHING = /^[وفل]?[يت]?شن(?:ت|وا)?$/;
/** «هجوما», «هجوم»: the noun a launching verb launches (folded). */
const ATTACK_NOUN = /^هجوم(?:ا|ات)?$/;
/** Reaches past an office-holder's title, name and party: "شن المتحدث باسم الجبهة الوطنية، المهندس …، هجوما". */
const LAUNCH_REACH = 12;

/**
 * "شن النائب هجوماً لاذعاً على الحكومة", "وهاجم الوزير المعارضة قائلا", "لأنه هاجم التنظيم
 * خلال خطبه", «شن الكاتب هجوما على الحكومة في مقال»: an Arabic attack made by an office-holder named right
 * after its verb, or told with a participle of saying, the speech, report or medium it was made in, a charge
 * joined after it, "harshly", or made online, is verbal.
 */
function isVerbalAttack(view: SentenceView, trigger: PhraseHit): boolean {
  if (trigger.phrase.lang !== 'ar' || trigger.phrase.tag !== '@attack') return false;
  // The verb's subject stands right after it; a noun ("هجوما") takes the subject of the "شن" before it.
  let verb = trigger.phrase.pos === 'fixed' ? -1 : trigger.start;
  for (let k = trigger.start - 1; verb < 0 && k >= Math.max(0, trigger.start - LAUNCH_REACH); k--)
    if (LAUNCHING.test(view.tokens[k].norm)) verb = k;
  if (verb >= 0 && officeHolderAfter(view, verb, LAUNCHING.test(view.tokens[verb].norm))) return true;
  // «شنت اللجنة في تقرير لها هجوما على الحكومة»: the medium may stand between the verb and its noun.
  const launcher = verb < 0 && LAUNCHING.test(view.tokens[trigger.start].norm) ? trigger.start : verb;
  // The launching verb itself reaches the noun it launches.
  let noun = launcher === trigger.start ? -1 : trigger.start;
  for (let k = launcher + 1; noun < 0 && k < Math.min(view.tokens.length, launcher + LAUNCH_REACH); k++)
    if (ATTACK_NOUN.test(view.tokens[k].norm)) noun = k;
  if (launcher >= 0 && noun >= 0) {
    const lead = view.tokens.slice(launcher + 1, noun);
    if (lead.some((t, k) => inMedium(lead, k) || (t.norm === 'في' && REPORT.test(lead[k + 1]?.norm ?? ''))))
      return true;
  }
  if (ownAttackAfterMedium(view, trigger)) return true;
  const after = view.tokens.slice(trigger.end, trigger.end + SAYING_REACH);
  const opening = view.tokens[trigger.start].norm;
  const toldBack = TOLD_BACK.test(opening);
  const attackVerb = ATTACK_VERB.test(opening);
  return after.some(
    (t, k) =>
      SAYING.test(t.norm) ||
      SPOKEN_IN.test(t.norm) ||
      (JOINED_CHARGE.test(t.norm) && !toldBack) ||
      ONLINE.test(t.norm) ||
      (t.norm === HARSHLY && attackVerb) ||
      inMedium(after, k),
  );
}

/**
 * «… هجوما حادا على الحكومة واتهمها بالفشل», «صعد من هجومه على موسكو وانتقد الحلف»: a charge of the one
 * attacked (its pronoun) or a reproach joined right after the attack is more of the same speech (folded).
 */
const JOINED_CHARGE = /^و(?:اتهم|وصف|يتهم|تتهم|يصف|تصف)(?:ت)?(?:ه|ها|هم|هما)$|^و(?:انتقد|ينتقد|تنتقد)(?:ت)?$/;
/**
 * «هاجم الوزير المعارضة بشدة»: "harshly", the manner of a reproach, which no armed assault is told in (folded).
 * Only of the attack verb itself: in «أدان الهجوم بشدة» it is the manner of the condemning.
 */
const HARSHLY = 'بشده';
/** «هاجم», «وهاجمت», «يهاجم»: the verb of attacking (folded). */
const ATTACK_VERB = /^[وف]?[يت]?هاجم/;
/**
 * «الهجوم», «بالهجوم»: a definite attack is most often one told before, which a speaker may condemn and then
 * charge someone over («ندد بالهجوم واتهمها بالوقوف وراءه»).
 */
const TOLD_BACK = /^[وفبل]?(?:ال|لل)/;
/** «هجوم على موقعه في الإنترنت», «هجوم إلكتروني», «هجوم سيبراني»: an attack online or on computers (folded). */
const ONLINE = /^(?:ال)?(?:انترنت|الكتروني|الكترونيه|سيبراني|سيبرانيه)$/;

/** «هجومه», «هجومها», «هجومهم»: an attack noun owned by a pronoun (folded). */
const OWNED_ATTACK = /^[وفبل]?هجوم(?:ه|ها|هم|هما)$/;
/**
 * «في تغريدات على حسابه في موقع تويتر», «في تصريحات صحفية»: the words of a medium's phrase, its account, site
 * (quoted or not) and adjectives (folded); any other word between it and the attack («صد», «إن») tells another act.
 */
const MEDIUM_PHRASE =
  /^(?:في|علي|حساب(?:ه|ها|هم)|موقع|التواصل|تويتر|فيسبوك|فيس|بوك|يوتيوب|\S+يه|\S+ي|[^\p{L}\p{N}]+)$/u;

/**
 * «وبرر خلفان في تغريدات على حسابه هجومه على الحوثيين»: an attack its owner made, told right after the medium
 * he spoke in, is that speech. Not past another word: in «قال في تصريحات إن هجومهم» or «أعلن في تصريحات صد
 * هجومهم» the attack is an armed one the speaker reports.
 */
function ownAttackAfterMedium(view: SentenceView, trigger: PhraseHit): boolean {
  if (!OWNED_ATTACK.test(view.tokens[trigger.start].norm)) return false;
  const lead = view.tokens.slice(Math.max(0, trigger.start - LAUNCH_REACH), trigger.start);
  const medium = lead.findLastIndex((_, k) => inMedium(lead, k));
  return medium >= 0 && lead.slice(medium + 2).every((t) => MEDIUM_PHRASE.test(t.norm));
}

/** The token at `k` is «في» and the medium after it: «في مقال», «في تغريدة». */
function inMedium(tokens: readonly { norm: string }[], k: number): boolean {
  return tokens[k].norm === 'في' && MEDIUM.test(tokens[k + 1]?.norm ?? '');
}

/** Office-holders and bodies one fights in words: "a battle with the fire chief", "a fight with the board". */
const OFFICE_EN =
  /^(?:chief|commissioner|mayor|minister|secretary|governor|board|council|union|management|regulators?|constables?)$/;
/** How far after "with" the office may stand, past a title and a name ("with Humberside chief David Smith"). */
const OFFICE_REACH = 3;
/** How far after the office its "over" may stand ("with the fire chief over the budget"). */
const OVER_REACH = 4;

/**
 * "a bitter battle with the fire chief over the budget", "his fight with the board over pay": an English battle
 * fought with an office-holder or a body, over a matter, is a dispute in words.
 */
function isDispute(view: SentenceView, trigger: PhraseHit): boolean {
  if (trigger.phrase.lang !== 'en' || view.tokens[trigger.end]?.norm !== 'with') return false;
  const after = view.tokens.slice(trigger.end + 1, trigger.end + 1 + OFFICE_REACH);
  const office = after.findIndex((t) => OFFICE_EN.test(t.norm));
  if (office < 0) return false;
  const from = trigger.end + 2 + office;
  return view.tokens.slice(from, from + OVER_REACH).some((t) => t.norm === 'over');
}
