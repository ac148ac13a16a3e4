/** Sides that take part only in the telling of an incident: speakers, spokesmen, the addressed, the blamed. */
import { wordSet } from '../../core/text/word-set.js';
import { ARMED_NOUNS } from './armed-nouns.js';
import { OPENING } from './armed-subject.js';
import { ARABIC_CALLED, ARABIC_DEMANDED } from './appeal-words.js';
import type { ActorCandidate } from './actor-finder.js';
import type { Frame } from './frame-builder.js';
import { actAfterOwnWord, markBefore, tokenAt, wordsBetween } from './sentence-view.js';
import { memberHarmed } from './victims.js';

/**
 * Verbs of saying, of condemning and of mourning: the side right after one ("أفاد الجيش التركي بأن …",
 * "أدانت الحكومة التفجير", "نعى الجيش شهداءه") reports, judges or mourns the incident. Condemning is «أدان» or,
 * as much of the Gulf press writes it, «دان».
 */
const SPEECH_VERB =
  /^[وف]?(?:قال|قالت|افاد|افادت|اعلن|اعلنت|ذكر|ذكرت|اكد|اكدت|اوضح|اوضحت|اضاف|اضافت|صرح|صرحت|نقل|نقلت|بحسب|حسب|وفق|دان|دانت|ادان|ادانت|ندد|نددت|استنكر|استنكرت|شجب|شجبت|نعي|نعت|ينعي|تنعي|نعوا)$/;

const SPEECH_EN =
  /^(?:said|says|say|saying|told|tells|announced|reported|reports|report|stated|states|confirmed|added|learned|noted|quoted|revealed|condemned|condemns|denounced|denounces|concluded|tweeted|explained|disclosed)$/;
/**
 * Office holders named between a verb of saying and their body: «قال قائد الشرطة», «أفاد مدير شرطة»,
 * «صرح رئيس الأركان» (folded: ئ → ي, ؤ → و).
 */
const OFFICE = /^(?:ال)?(?:قايد|مدير|رييس|مسوول|ناطق|متحدث|ضابط)$/;
/** Tokens from a speaker's name to its verb ("Quneitra Police Command told", "the army spokesman said"). */
const SPEAKER_REACH = 5;

/** Verbs of appeal: the side asked to act ("asked the government to ensure", "ناشد السلطات") is addressed. */
const APPEAL_VERB = new Set([
  ...wordSet('asked asks urged urges appealed appeals demanded demands requested requests'),
  ...wordSet(`${ARABIC_CALLED} ${ARABIC_DEMANDED}`, 'و ف'),
]);
/** "called on the government", never "the so-called Jaish al-Fateh". */
const CALLED_ON = /^(?:called|calls)$/i;
/** Tokens from an appeal to the side it addresses: "called on the state government", "ناشد الأهالي الجيش". */
const APPEAL_REACH = 3;

/** "المتحدث باسم الجيش" (in the name of), "a spokesman for the army": the body a spokesman speaks for. */
const SPOKESMAN = /^(?:spokesman|spokeswoman|spokesperson|spokesmen)$/;
const SPOKESMAN_FOR = /^(?:for|of)$/;
/** «المتحدث», «والناطق», «متحدثة» (folded): who speaks «باسم» a side. */
const ARABIC_SPEAKER = /^[وف]?(?:ال)?(?:متحدث|متحدثه|ناطق|ناطقه|متحدثون|ناطقون)$/;
/** Words of failing a duty ("had utterly failed to control", "فشلت في حماية", "عجزت عن منع"). */
const FAILED = new Set([
  ...wordSet('failed fails failure'),
  ...wordSet('فشل فشلت فشلها فشله عجز عجزت عجزها عجزه', 'و ف'),
]);
/** Duties an authority fails in: keeping order, not the attack a side failed to carry out. */
const DUTY =
  /^(?:control|prevent|stop|protect|curb|contain|maintain|check|provide|ensure|حمايه|منع|وقف|ضبط|السيطره|توفير)$/;
/** Tokens from a side to the failure it is blamed for ("the state government had utterly failed"). */
const FAILURE_REACH = 4;

/** "أنه", "بأنها": "that it", the speaker itself as the subject of what it tells. */
const THAT_ITSELF = /^(?:انه|انها|انهم|بانه|بانها|بانهم)$/;
/** Tokens from the speaker to "that it" ("أعلن الجيش النيجيري يوم الأحد أنه"). */
const THAT_ITSELF_REACH = 4;
/** Tokens from "that it" to the act it tells ("أنه حرر خلال عملية عسكرية … واعتقل"). */
const OWN_ACT_REACH = 12;

/**
 * "أعلن الجيش النيجيري أنه اعتقل أحد قادة الحركة": a side that tells of an act of its own ("announced that
 * it arrested") is that act's side, not only its teller.
 */
function ownAct(view: Frame['view'], c: ActorCandidate): boolean {
  const after = tokenAt(view, c.ref.spans[0][1]);
  if (ownDeedEnglish(view, after)) return true;
  return actAfterOwnWord(view, after, THAT_ITSELF_REACH, (word) => THAT_ITSELF.test(word), OWN_ACT_REACH);
}

/** English pronouns a speaker names itself by in what it tells ("said it", "said that they"). */
const ITSELF_EN = /^(?:it|they)$/;
/** English verbs of a deed a side tells of itself: "said it carried out", "said they had shot down". */
const OWN_DEED_EN =
  /^(?:carried|conducted|launched|killed|attacked|targeted|struck|shot|shelled|bombed|ambushed|executed|destroyed|downed)$/;

/**
 * "Al-Shabaab said it carried out the attack", "the army announced that it had killed": the pronoun after
 * the speaker's verb of saying is the speaker, and the deed right after it is its own.
 */
function ownDeedEnglish(view: Frame['view'], after: number): boolean {
  const word = (i: number) => view.tokens[i]?.norm ?? '';
  if (!SPEECH_EN.test(word(after))) return false;
  let at = after + 1;
  if (word(at) === 'that') at++;
  if (!ITSELF_EN.test(word(at))) return false;
  at++;
  if (/^(?:had|has|have)$/.test(word(at))) at++;
  return OWN_DEED_EN.test(word(at));
}

/** "المتحدث باسم الجيش الأوكراني", "a spokesman for the Ukrainian army": the side a spokesman speaks for. */
function spokenFor(view: Frame['view'], c: ActorCandidate): boolean {
  const word = (i: number) => view.tokens[i]?.norm ?? '';
  // "المتحدث باسم الجيش الأوكراني": the side may be named by its nationality after the force noun. Without a
  // speaker before it, «باسم» is "in the name of" («يخططون لاعتداءات باسم التنظيم»): the side acts through others.
  const inName = word(c.at - 1) === 'باسم' ? c.at - 1 : word(c.at - 2) === 'باسم' ? c.at - 2 : -1;
  if (inName >= 0) return [1, 2, 3].some((back) => ARABIC_SPEAKER.test(word(inName - back)));
  const lead = word(c.at - 1) === 'the' ? c.at - 2 : c.at - 1;
  return SPOKESMAN_FOR.test(word(lead)) && SPOKESMAN.test(word(lead - 1));
}

/** "the state government was accused of failing to keep order": an authority blamed for failing its duty. */
function failedDuty(view: Frame['view'], c: ActorCandidate): boolean {
  const after = tokenAt(view, c.ref.spans[0][1]);
  const words = wordsBetween(view, after, after + FAILURE_REACH + 2);
  const failed = words.findIndex((w) => FAILED.has(w));
  if (failed < 0 || failed >= FAILURE_REACH) return false;
  const duty = words.slice(failed + 1).filter((w) => !/^(?:to|in|of|في|عن)$/.test(w))[0];
  return DUTY.test(duty ?? '');
}

/** "a source at the Homs Police Command", "مصدر في الشرطة": the body a source of the news belongs to. */
const SOURCE = /^(?:source|sources|مصدر|مصادر)$/;
const SOURCE_IN = /^(?:at|in|within|في)$/;
/** Tokens from the source's "at" to the side ("at the Homs Police Command"). */
const SOURCE_REACH = 3;

/** "SANA reported, citing a source at the Homs Police Command": the side a source speaks from. */
function sourceBody(view: Frame['view'], c: ActorCandidate): boolean {
  for (let at = Math.max(1, c.at - SOURCE_REACH); at < c.at; at++) {
    if (SOURCE.test(view.tokens[at - 1].norm) && SOURCE_IN.test(view.tokens[at].norm)) return true;
  }
  return false;
}

/**
 * A side that only takes part in the telling, not the incident: the one that reports it ("أفاد الجيش
 * بأن", "police said"), speaks through a spokesman or a source in its ranks, is asked to act on it ("asked
 * the government to ensure") or is blamed for failing to prevent it ("the government failed to control law
 * and order").
 *
 * @example isInterlocutor(view, police) // true for "police said"
 */
export function isInterlocutor(view: Frame['view'], c: ActorCandidate): boolean {
  if (spokenBefore(view, c.at) && !ownAct(view, c)) return true;
  // "The spokesman for the Front was killed": a spokesman harmed in the incident speaks for no one there.
  if (
    (spokenFor(view, c) && !memberHarmed(view, c)) ||
    failedDuty(view, c) ||
    sourceBody(view, c) ||
    accordingTo(view, c)
  )
    return true;
  for (let at = Math.max(0, c.at - APPEAL_REACH); at < c.at; at++) {
    const word = view.tokens[at].norm;
    const on = at + 1 < c.at && /^(?:on|upon)$/i.test(view.tokens[at + 1].norm);
    const appeal = APPEAL_VERB.has(word) || (on && CALLED_ON.test(word));
    if (appeal && !view.triggers.some((t) => t.start > at && t.start < c.at)) return true;
  }
  // "a source in the local security forces told AFP", "quoted a source at the provincial police as
  // saying": a verb of saying follows before any incident word does.
  const verb = view.tokens.slice(c.at + 1, c.at + 1 + SPEAKER_REACH).findIndex((t) => SPEECH_EN.test(t.norm));
  return (
    verb >= 0 &&
    !view.triggers.some((t) => t.start > c.at && t.start <= c.at + 1 + verb) &&
    !otherSpeakerAfter(view, c) &&
    !ownAct(view, c)
  );
}

/**
 * The words at tokens [at, end) name the teller of the news, not a side of it: a verb of saying right before
 * them («وقالت الشرطة», «أفاد قائد الشرطة») or right after ("…, killing three worshippers, police said").
 *
 * @example tellsNews(view, police.start, police.end) // true for "police said"
 */
export function tellsNews(view: Frame['view'], at: number, end: number): boolean {
  return spokenBefore(view, at) || SPEECH_EN.test(view.tokens[end]?.norm ?? '');
}

/**
 * A verb of saying before the side at token `at`, maybe through an office («قال قائد الشرطة») or joined to
 * another speaker («أفاد الجيش والشرطة»).
 */
function spokenBefore(view: Frame['view'], at: number): boolean {
  const word = (i: number) => view.tokens[i]?.norm ?? '';
  return SPEECH_VERB.test(word(at - 1)) || officeSpeaking(view, at) || jointSpeaker(word, at);
}

/** Words from an office after a verb of saying to the side named in its holder's phrase. */
const OFFICE_PHRASE_REACH = 4;

/**
 * «قال قائد الشرطة», «دان رئيس غرفة التجارة المهندس خالد»: a side told in the phrase of an office holder
 * right after a verb of saying (the office's body, or the holder's own title) is the speaker's, while no act
 * nor «أن» has begun what is said.
 */
function officeSpeaking(view: Frame['view'], at: number): boolean {
  const word = (i: number) => view.tokens[i]?.norm ?? '';
  for (let office = at - 1; office >= Math.max(1, at - OFFICE_PHRASE_REACH); office--) {
    if (THAT.test(word(office))) return false;
    if (OFFICE.test(word(office)) && SPEECH_VERB.test(word(office - 1)))
      return !view.triggers.some((t) => t.start > office && t.start < at);
  }
  return false;
}

/** Whose word a side's own man gives: "according to an Iraqi army officer", "… army Lieutenant …". */
const TELLER_EN =
  /^(?:officer|officers|official|officials|spokesman|spokeswoman|spokesperson|source|sources|statement|lieutenant|captain|major|colonel|general|commander|sergeant)$/;

/**
 * "…, according to an Iraqi army officer", "…, according to the army.": the side after "according to" gives
 * the news through one of its men or ends the sentence with it, or the clause after it opens on a doer of its
 * own (see `ownDoerAt`: "according to the police, masked gunmen …"). A clause that names no doer ("according
 * to the police, shots came from the guard post") may still tell of the police's own part: a side still.
 */
function accordingTo(view: Frame['view'], c: ActorCandidate): boolean {
  const word = (i: number) => view.tokens[i]?.norm ?? '';
  const to = /^(?:a|an|the)$/.test(word(c.at - 1)) ? c.at - 2 : c.at - 1;
  if (word(to) !== 'to' || word(to - 1) !== 'according') return false;
  const end = tokenAt(view, c.ref.spans[0][1]);
  return end >= view.tokens.length || TELLER_EN.test(word(end)) || ownDoerAt(view, end);
}

/**
 * Whether the clause from token `at` opens, past a count or a "masked"/"unidentified", on a doer of its own:
 * armed men ("two gunmen"), a named side ("Taliban fighters") or the act itself ("a roadside bomb").
 */
function ownDoerAt(view: Frame['view'], at: number): boolean {
  let head = at;
  while (head < view.tokens.length && OPENING.test(view.tokens[head].norm)) head++;
  const from = view.tokens[head]?.span[0];
  return (
    ARMED_NOUNS.has(view.tokens[head]?.norm ?? '') ||
    view.mentions.some((m) => m.span[0] === from) ||
    view.triggers.some((t) => t.start === head)
  );
}

/** Words a first speaker joined to another may run to: «ذكر الجيش الإسرائيلي والشرطة». */
const JOINT_SPEAKER_REACH = 3;
/**
 * Words a first speaker named as a source may run to, with where it serves: «قال مسؤولون في قطاع الصحة
 * وسكان».
 */
const JOINT_SOURCE_REACH = 5;
/** «مسؤولون», «مصادر», «شهود» (folded): sources of news, who speak; they are never the object of «ندد». */
const SOURCE_NOUN = /^(?:مسوول|مسوولون|مسوولين|مصدر|مصادر|شهود|مسعفون|اطباء|ناشطون)$/;
/** «أن», «إن», «بأن» (folded): what was said opens, and a side after it is told of, not telling. */
const THAT = /^[وف]?ب?ان$/;

/**
 * «أفاد الجيش والشرطة المحلية بأن …», «قال مسؤولون في قطاع الصحة وسكان إن …»: a side joined by «و» to the
 * speaker right after a verb of saying speaks with it.
 */
function jointSpeaker(word: (i: number) => string, at: number): boolean {
  if (!/^و[\u0600-\u06ff]{2,}/.test(word(at))) return false;
  for (let k = at - 2; k >= Math.max(0, at - 1 - JOINT_SOURCE_REACH); k--) {
    if (THAT.test(word(k))) return false;
    if (SPEECH_VERB.test(word(k))) return at - 1 - k <= JOINT_SPEAKER_REACH || SOURCE_NOUN.test(word(k + 1));
  }
  return false;
}

/** Words after a pause that still belong to the side's own phrase: "the army, in a statement, said". */
const PHRASE_GOES_ON = /^(?:who|which|in|on|at|through|via|citing|quoting|according|however|also)$/;

/** "a", "an": an article no side's own phrase goes on with, which opens a new noun phrase. */
const NEW_PHRASE = /^(?:a|an)$/;

/**
 * "…, killing four soldiers, a security official said": a pause (a comma) closes the side's phrase and a
 * new phrase opens after it, so the verb of saying has a speaker of its own and the side is the harmed. A
 * copy stripped of its commas ("executed three officers of the army a monitor said") still opens the new
 * phrase with its article.
 */
function otherSpeakerAfter(view: Frame['view'], c: ActorCandidate): boolean {
  const end = tokenAt(view, c.ref.spans[0][1]);
  const next = view.tokens[end];
  if (!next || end === 0) return false;
  return (
    (markBefore(view, end) && !PHRASE_GOES_ON.test(next.norm)) ||
    NEW_PHRASE.test(next.norm) ||
    definiteTeller(view, end)
  );
}

/** Nouns of those who tell the news, never of a side of the war ("the monitor", "the Syrian Observatory"). */
const TELLER = wordSet(
  'monitor observatory official officials source sources ministry agency activist activists witness witnesses media',
);
/** Tokens from "the" past a teller's noun to its verb of saying ("the Britain-based monitor said"). */
const TELLER_REACH = 6;

/**
 * "…carried out by the coalition the monitor said": with its commas stripped, a side told right before
 * "the" and a teller's noun that a verb of saying follows is not that verb's speaker. `at` is the token after
 * the side's name.
 */
function definiteTeller(view: Frame['view'], at: number): boolean {
  if (view.tokens[at].norm !== 'the') return false;
  const words = wordsBetween(view, at + 1, at + 1 + TELLER_REACH);
  const said = words.findIndex((w) => SPEECH_EN.test(w));
  return said > 0 && words.slice(0, said).some((w) => TELLER.has(w));
}
