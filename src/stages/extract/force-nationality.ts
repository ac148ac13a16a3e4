/** Nationalities that name a state's forces: next to an aircraft, a unit or a force cue, or a suspicion of one. */
import type { Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { PhraseHit } from './phrase-matcher.js';
import { tokenAt, type SentenceView } from './sentence-view.js';
import { namesWeaponMake } from './weapon-make.js';

/** Cue words after which a nationality names a state's forces ("Turkish warplanes", "الطائرات التركية"). */
const FORCE_CUES = new Set(['air', 'army', 'police', 'shelling']);
/**
 * "The Kuwaiti authorities charged …": authorities name a state that speaks, charges or arrests, not a force
 * that fights (an arrest falls back on the country's police anyway).
 */
const AUTHORITIES = /^(?:authorities|السلطات)$/;
/**
 * One word that may stand between an aircraft or a strike and its nationality ("طائرات حربية تركية", "غارة
 * جوية أمريكية", "Russian fighter jets"), definite when its noun is («الطائرات الحربية الأردنية»).
 */
const MILITARY_ADJECTIVE = /^(?:(?:ال)?(?:حربيه|حربي|مقاتله|عسكريه|عسكري|جويه|جوي)|war|fighter|military)$/;

/** Nouns of a military unit a nationality may follow ("وحدة إسرائيلية خاصة", "قوة أميركية", "زوارق إيرانية"). */
export const UNIT =
  /^(?:[وفبل]?(?:ال)?|لل)(?:وحده|قوه|قوات|دوريه|فرقه|كتيبه|مروحيه|مروحيات|دبابه|دبابات|زوارق|بوارج|سفن|طراد)$/;

/** "طائرة بلا طيار يشتبه أنها أميركية", "يعتقد أنها إسرائيلية": a suspicion of whose it was attributes it. */
const SUSPECTED = /^[و]?(?:يشتبه|يعتقد|يرجح|يظن)$/;
const THAT_IT = /^(?:ان|انها|انه|انهم|انهما|بانها|بانه)$/;

/** The token where a suspicion before a nationality begins ("يشتبه [في] أنها"), or `at` when none. */
function hedgeStart(view: SentenceView, at: number): number {
  if (!THAT_IT.test(view.tokens[at - 1]?.norm ?? '')) return at;
  const verb = [at - 2, at - 3].find((i) => SUSPECTED.test(view.tokens[i]?.norm ?? ''));
  return verb ?? at;
}

/**
 * The nationality at token `at` qualifies a force: an aircraft, a unit, a force cue or an incident word next
 * to it ("طائرات حربية تركية", "Turkish warplanes", "طائرة بلا طيار يشتبه أنها أميركية").
 *
 * @example nextToForceCue(view, 3) // true for "قصفت طائرات حربية تركية"
 */
export function nextToForceCue(view: SentenceView, at: number): boolean {
  // "طائرات حربية تركية": an adjective of the aircraft may stand between it and the nationality.
  const hedged = hedgeStart(view, at);
  const reach = MILITARY_ADJECTIVE.test(view.tokens[hedged - 1]?.norm ?? '') ? hedged - 1 : hedged;
  if (UNIT.test(view.tokens[at - 1]?.norm ?? '')) return true;
  return (
    forceNounAfter(view, at) !== undefined ||
    view.cues.some((c) => isForceCue(view, c) && (c.end === hedged || c.end === reach)) ||
    view.triggers.some(
      (t) =>
        ((t.end === at || t.end === reach) && !civiliansAfter(view, at)) ||
        (t.start === at + 1 &&
          englishWord(view, at) &&
          !PEOPLE_OF.test(view.tokens[at].norm) &&
          !namesAttacker(view, t)),
    )
  );
}

/**
 * "attacked American citizens", "the killing of U.S. nationals": an English adjective qualifies the noun
 * after it, so when that noun names civilians the nationality is theirs, not a force that did the act told
 * before it. A nationality of several tokens ("U.S.", "South Korean") is read to its end.
 */
function civiliansAfter(view: SentenceView, at: number): boolean {
  if (!englishWord(view, at)) return false;
  const nationality = view.mentions.find((m) => tokenAt(view, m.span[0]) === at);
  const next = nationality ? tokenAt(view, nationality.span[1]) : at + 1;
  return view.actorNouns.some((h) => h.start === next && h.phrase.tag.startsWith('Civilians'));
}

/** Words of a trigger that names the one who did the act ("a suicide bomber", "a lone gunman"). */
const ATTACKER_FIRST = /^suicide$/;
const ATTACKER_LAST = /^(?:attackers?|assailants?|gunm[ae]n|knifem[ae]n)$/;

/**
 * "Tunisian suicide bombers", "a Palestinian gunman": a trigger that names the attacker is a person the
 * nationality describes, no state's force (a bare "bombers" may be aircraft, and is left to the force reading).
 */
function namesAttacker(view: SentenceView, t: PhraseHit): boolean {
  return (
    ATTACKER_FIRST.test(view.tokens[t.start].norm) || ATTACKER_LAST.test(view.tokens[t.end - 1]?.norm ?? '')
  );
}

/**
 * "Colombians", "Iraqis", "Kurds": a nationality told as a plural noun names people of it, never its forces,
 * though an act follows it ("the 12 herders, among them 3 Nigeriens, killed in …"). "Swiss", "US" are no plurals.
 */
const PEOPLE_OF = /^[a-z]+[^s]s$/;

/**
 * An English adjective comes before its noun ("Turkish shelling"); an Arabic nisba follows its own, so the
 * incident word after it («ضرب الوحدة الوطنية اللبنانية وقتل») starts another phrase.
 */
function englishWord(view: SentenceView, at: number): boolean {
  return /^[a-z]/.test(view.tokens[at]?.norm ?? '');
}

/**
 * The force noun a nationality stands before in English order, past an adjective of it ("Russian jets",
 * "Russian fighter jets").
 *
 * @example forceNounAfter(view, 0)?.end // 3 for "Russian fighter jets"
 */
function forceNounAfter(view: SentenceView, at: number): PhraseHit | undefined {
  const ahead = MILITARY_ADJECTIVE.test(view.tokens[at + 1]?.norm ?? '') ? at + 2 : at + 1;
  return view.cues.find((c) => isForceCue(view, c) && (c.start === at + 1 || c.start === ahead));
}

/**
 * "Russian fighter jets air raids": an English nationality's side spans its force noun, so the weapon after
 * the noun is seen as that side's. A noun the weapon word itself begins ("Russian air strikes") is left to
 * it.
 *
 * @example withForceNoun(view, span, 0) // the span of "Russian fighter jets"
 */
export function withForceNoun(view: SentenceView, span: Span, at: number): Span {
  const noun = forceNounAfter(view, at);
  if (!noun || !englishWord(view, at)) return span;
  if (view.triggers.some((t) => t.start < noun.end && noun.start < t.end)) return span;
  return [span[0], view.tokens[noun.end - 1].span[1]];
}

/**
 * A nationality word: a demonym, or an Arabic nisba adjective the knowledge base lists as an alias of the
 * country ("طائرات حربية تركية").
 *
 * @example isNationality(view, mention, 4) // true for "تركية"
 */
export function isNationality(view: SentenceView, m: Mention, at: number): boolean {
  return (
    m.via === 'demonym' ||
    (m.via === 'alias' && /^[\u0600-\u06ff]+(?:ي|يه|يين|يون)$/.test(view.tokens[at]?.norm ?? ''))
  );
}

/**
 * «شهداء», «الشهيد», «شهيدة»: the fallen a side mourns (folded, with a joined "و", "ف", "ب" or "ل"); the
 * article, when written, is group 1 (a known martyr, see `implied-side`).
 */
export const MARTYR = /^[وفبل]?(ال)?(?:شهيد[اه]?|شهدا[ءئ]?)$/;
/** Words between the fallen and their state: «شهداء الواجب من دولة الإمارات», «شهداء الوطن». */
const OF_STATE = /^(?:الواجب|الوطن|من|دوله|المملكه)$/;

/**
 * «شهداء الكويت الأربعة», «شهداء الواجب من دولة الإمارات»: the token of the fallen a country's name at `at`
 * follows, or -1. A state's fallen, mourned as its soldiers lost abroad, are its military, not civilians.
 *
 * @example fallenOf(view, 1) // 0 for "شهداء الكويت"
 */
export function fallenOf(view: SentenceView, at: number): number {
  let from = at - 1;
  while (from > at - 4 && OF_STATE.test(view.tokens[from]?.norm ?? '')) from--;
  return isFallenWord(view.tokens[from]?.norm ?? '') ? from : -1;
}

/** Whether a folded word names the fallen a side mourns («شهداء», «الشهيد»): always the harmed. */
export function isFallenWord(norm: string): boolean {
  return MARTYR.test(norm);
}

/** English verbs after which a country's name is the state that acted ("Turkey launched strikes"). */
const STATE_ACTS = /^(?:launched|carried|conducted|struck|bombed|shelled|attacked|fired)$/;
/**
 * Verbs that make a country the acting state only of a truce they bring in ("Russia declared a truce"): a
 * state that declared mourning or imposed a curfew after an attack did not do the attack.
 */
const TRUCE_ACTS = /^(?:declared|implemented|imposed)$/;
const TRUCE = /^(?:truce|ceasefire|cease-fire|armistice)$/;
/** How many tokens after its verb the truce may stand ('implemented a three-day "humanitarian truce"'). */
const TRUCE_REACH = 8;

/**
 * Prepositions and words of direction before a country's name ("في إسرائيل", "شرق أوكرانيا") that make it a
 * place or an object, never the subject of the verb after it.
 */
const PREPOSITION =
  /^(?:في|من|الي|علي|عن|مع|ضد|بين|داخل|حول|نحو|لدي|عبر|مثل|قرب|شرق|غرب|شمال|جنوب|وسط|شرقي|غربي|شمالي|جنوبي|انحاء)$/;

/**
 * A country's name as the subject of an act: "نفذت الولايات المتحدة ضربة", "قصفت تركيا", "إسرائيل شنت
 * غارة" (subject before its verb, not joined to it by "و"), "Turkey launched air strikes". The state acts
 * through its armed forces.
 * A name after a preposition ("في إسرائيل قتل") or with a proclitic of its own ("بإسرائيل") is no subject.
 *
 * @example actsAsState(view, 1, span) // true for "قصفت تركيا"
 */
export function actsAsState(view: SentenceView, at: number, span: readonly [number, number]): boolean {
  const next = tokenAt(view, span[1]);
  const arabicVerb = (h: PhraseHit) =>
    /^[\u0600-\u06ff]/.test(view.tokens[h.start].norm) && !/^[وفب]?ال/.test(view.tokens[h.start].norm);
  const verbBefore = (h: PhraseHit) => h.end === at && arabicVerb(h);
  const subjectFirst =
    view.tokens[at].span[0] === span[0] && !PREPOSITION.test(view.tokens[at - 1]?.norm ?? '');
  // "الأراضي السعودية وأطلقوا": a verb joined by "و" or "ف" opens a clause of its own.
  const joined = (h: PhraseHit) =>
    /^[وف]/.test(view.tokens[h.start].norm) && !/^[وف]/.test(h.phrase.words[0]);
  // "الانفصاليون في شرق أوكرانيا استهدفوا": a plural verb does not agree with a state's name.
  const plural = (h: PhraseHit) => /وا$/.test(view.tokens[h.start].norm);
  const verbAfter = (h: PhraseHit) =>
    subjectFirst && h.start === next && arabicVerb(h) && !joined(h) && !plural(h);
  return (
    view.triggers.some((t) => t.phrase.pos === 'verb' && (verbBefore(t) || verbAfter(t))) ||
    view.cues.some((c) => c.phrase.tag === 'agent' && (verbBefore(c) || verbAfter(c))) ||
    STATE_ACTS.test(view.tokens[next]?.norm ?? '') ||
    declaresTruce(view, next)
  );
}

/** Whether the word at `at` brings in a truce: "declared a three-day truce", "imposed a ceasefire". */
function declaresTruce(view: SentenceView, at: number): boolean {
  if (!TRUCE_ACTS.test(view.tokens[at]?.norm ?? '')) return false;
  return view.tokens.slice(at + 1, at + 1 + TRUCE_REACH).some((w) => TRUCE.test(w.norm));
}

function isForceCue(view: SentenceView, cue: PhraseHit): boolean {
  return FORCE_CUES.has(cue.phrase.tag) && !AUTHORITIES.test(view.tokens[cue.start].norm);
}

/**
 * A force cue of the tag within two tokens of `at` ("الشرطة التركية").
 *
 * @example nearCue(view, 1, 'police') // true for "الشرطة التركية"
 */
export function nearCue(view: SentenceView, at: number, tag: string): boolean {
  return view.cues.some((c) => c.phrase.tag === tag && isForceCue(view, c) && Math.abs(c.start - at) <= 2);
}

/**
 * A nationality right next to a common noun ("الشرطة التركية", "Iraqi police"), or `reach` tokens after
 * it (a noun's own adjective may stand between: "قوات الأمن العراقية"), unless it tells a weapon's make.
 *
 * @example demonymNear(view, 0, 1)?.code // 'TR' for "الشرطة التركية"
 */
export function demonymNear(
  view: SentenceView,
  start: number,
  end: number,
  reach = 1,
): { code: string; name: string } | null {
  for (const m of view.mentions) {
    if (m.kind !== 'country' || !m.place?.country) continue;
    const at = tokenAt(view, m.span[0]);
    // "Rebels used Russian rockets": the make of the weapon the side used is not the side's nationality.
    if (at >= end && at <= end + reach && !namesWeaponMake(view, view.triggers, at, tokenAt(view, m.span[1])))
      return { code: m.place.country, name: m.name };
  }
  return stateBefore(view, start);
}

/** Words of a state's style that stand between its nationality and its force ("Syrian Arab Air Force"). */
const STATE_STYLE = /^(?:arab|royal)$/;

/**
 * The country named right before the noun at token `start`, as a nationality or an owner ("Iraqi police",
 * "Russia's air force", "Russias aerospace group" with its apostrophe lost), past a word of the state's
 * style ("Syrian Arab Air Force").
 *
 * @example stateBefore(view, 3)?.code // 'SY' for "the Syrian Arab Air Force"
 */
export function stateBefore(view: SentenceView, start: number): { code: string; name: string } | null {
  const owner = STATE_STYLE.test(view.tokens[start - 1]?.norm ?? '') ? start - 2 : start - 1;
  const m = view.mentions.find((m) => m.kind === 'country' && tokenAt(view, m.span[0]) === owner);
  return m?.place?.country ? { code: m.place.country, name: m.name } : null;
}

/** "القوات الموالية", "forces loyal": forces named by the leader they are loyal to. */
const LOYAL = /^(?:المواليه|الموالين|الموالي|loyal)$/;
/**
 * The force word before "loyal" ("القوات الموالية", "troops loyal", "fighters loyal"), or right before the
 * leader ("قوات هادي", «مقاتلي البغدادي»).
 */
const FORCE_WORD =
  /^(?:القوات|قوات|المقاتلين|مقاتلي|مقاتلين|المسلحين|مسلحي|مسلحين|عناصر|forces|troops|fighters|soldiers|militiamen|gunmen)$/;
/** Words between "loyal" and the leader's name ("لحكومة الرئيس اليمني", "to President"). */
const LOYAL_REACH = 4;
/** A leader's title between a force word and his name ("قوات الرئيس هادي"). */
const TITLE = /^(?:الرييس|president)$/;
/** "قوات المخلوع صالح", "forces of the ousted president": a former head's forces are no longer the state's. */
const FORMER = /^(?:(?:[وفب]?ال|لل)(?:مخلوع|سابق)|former|ousted|deposed)$/;

/**
 * "القوات الموالية لحكومة الرئيس عبدربه منصور هادي", "forces loyal to President Hadi", "قوات الرئيس هادي":
 * forces loyal to a head of state (a person the knowledge base files under a country), or named by him,
 * are that state's military; fighters loyal to a leader the base files under a force or a group are that
 * force's or group's. Returns the token their force word stands at, or -1.
 *
 * @example loyalForcesAt(view, hadi, 6) // 1 for "قالت القوات الموالية لحكومة الرئيس اليمني عبدربه …"
 */
export function loyalForcesAt(view: SentenceView, m: Mention, at: number): number {
  if (m.kind !== 'person' || !(m.actor?.parent_id?.startsWith('country:') || m.actor?.parent_name)) return -1;
  const word = (k: number) => view.tokens[k]?.norm ?? '';
  const end = tokenAt(view, m.span[1]);
  const former = (from: number) => view.tokens.slice(from, end + 1).some((t) => FORMER.test(t.norm));
  let named = at - 1;
  while (TITLE.test(word(named))) named--;
  if (FORCE_WORD.test(word(named))) return former(named) ? -1 : named;
  for (let k = at - 1; k >= Math.max(1, at - 1 - LOYAL_REACH); k--) {
    if (LOYAL.test(view.tokens[k].norm)) return FORCE_WORD.test(word(k - 1)) && !former(k) ? k - 1 : -1;
  }
  return -1;
}
