/** The English passive of harm: the side it tells was harmed ("A Turkish soldier was killed by a landmine"). */
import { candidatesBefore, type ActorCandidate } from './actor-finder.js';
import type { Frame } from './frame-builder.js';
import { tokenAt } from './sentence-view.js';
import { PASSIVE_AUXILIARY } from './passive-auxiliaries.js';
import { wordSet } from '../../core/text/word-set.js';
import { PERSON_PRONOUN } from './word-sets.js';

/** English words that make a side the subject of a passive ("was", "had been", "who were"). */
const PASSIVE_LEAD = /^(?:who|was|were|been|being|has|have|had|is|are)$/;
/** Adverbs between a passive's auxiliary and its verb ("was reportedly killed", "were critically wounded"). */
const PASSIVE_ADVERB =
  /^(?:also|reportedly|allegedly|apparently|later|fatally|critically|seriously|lightly|badly|slightly|mortally|gravely|severely)$/;
/**
 * Head nouns a side's name may stand before ("a police officer", "border guards", "Nusra Front terrorists"):
 * its men, by their post or by the word for armed men.
 */
const HEAD_NOUN =
  /^(?:officer|officers|policeman|policemen|man|men|member|members|personnel|guard|guards|trooper|troopers|conscript|conscripts|recruit|recruits|agent|agents|patrol|patrols|commander|commanders|terrorist|terrorists|militant|militants|fighter|fighters|gunmen|insurgents|jihadists|operatives|elements)$/;
/** English past participles of harm: their passive subject is the harmed, never the one who harmed. */
export const HARMED =
  /^(?:killed|wounded|injured|hurt|stabbed|shot|slain|murdered|assassinated|beheaded|executed|maimed|ambushed)$/;
/**
 * English past participles of an assault, whose passive subject was its target ("were attacked by", "was
 * hit by a roadside bomb"). Only after an auxiliary: bare, they are as often active ("fighters attacked in
 * the night").
 */
const ASSAILED = /^(?:attacked|targeted|hit|struck|shelled|bombed|raided|abducted|kidnapped)$/;
/**
 * "five rebels died in clashes with troops", "seven soldiers die in an ambush" (told in the present, as
 * headlines tell): the subject of a verb of dying, no passive, is the harmed.
 */
const DIED = /^(?:died|perished|die|dies)$/;
/** What a side is "found" as when it was harmed ("were found dead", "was found shot"). */
const FOUND_AS = /^(?:dead|killed|murdered|slain|beheaded|executed|shot|strangled|stabbed|hanged)$/;
/** "came under attack", "had come under fire": the subject of "come under" is the one fired at. */
const CAME = /^(?:came|come|comes|coming)$/;
/** Nouns of the harmed a side is counted "among" ("are among the slain", "is among those hurt"). */
const HARMED_NOUN = /^(?:dead|killed|wounded|injured|hurt|victims|casualties|fatalities|slain)$/;

const THE_OR_THOSE = /^(?:the|those)$/;

/**
 * "are among the slain", "is among those hurt": a copula's subject told as one of the harmed, though no
 * passive verb of harm follows it. `at` is the token after the copula.
 */
function amongHarmed(word: (i: number) => string, at: number): boolean {
  if (word(at) !== 'among') return false;
  const next = THE_OR_THOSE.test(word(at + 1)) ? at + 2 : at + 1;
  return HARMED_NOUN.test(word(next));
}

/**
 * "A Turkish soldier was killed by a landmine", "an Israeli soldier was stabbed": the subject of an English
 * passive of harm is the harmed, though no count names it.
 *
 * @example passiveHarmed(view, soldier) // true for "A Turkish soldier was killed by a landmine"
 */
export function passiveHarmed(view: Frame['view'], c: ActorCandidate): boolean {
  const word = (i: number) => view.tokens[i]?.norm ?? '';
  const at = pastRankAndName(word, headNounEnd(view, c));
  return (
    harmedFrom(word, at) ||
    harmedAsPronoun(word, at) ||
    harmedWithPartner(word, at) ||
    harmedFrom(word, pastServiceAside(word, at))
  );
}

/**
 * Participles that tell where or with whom the side's men served ("serving with the mission", "stationed in
 * the north"): an aside between a subject and its passive.
 */
const SERVICE_PARTICIPLE =
  /^(?:serving|working|patrolling|guarding|manning|escorting|deployed|stationed|based|assigned|posted|attached)$/;
/** Tokens of such an aside, its participle included ("serving under the African Union's peacekeeping force"). */
const ASIDE_REACH = 8;

/**
 * "Two soldiers serving with the peacekeeping force died from a buried mine": the token of the
 * passive's lead after an aside of service that opens at `at`; `at` itself when no such aside stands there.
 * The aside ends at the first passive lead, and a joint or a second participle of harm inside it ends the
 * search ("serving as guards and wounded …" is no aside).
 */
function pastServiceAside(word: (i: number) => string, at: number): number {
  if (!SERVICE_PARTICIPLE.test(word(at))) return at;
  for (let i = at + 1; i <= at + ASIDE_REACH; i++) {
    if (PASSIVE_LEAD.test(word(i))) return i;
    if (JOINT.test(word(i)) || HARMED.test(word(i)) || word(i) === '') return at;
  }
  return at;
}

/** "and", "or": a second subject joined to the side's own. */
const JOINT = /^(?:and|or)$/;
/** Words of the second subject ("and one guerrilla", "and two of their drivers"). */
const PARTNER_REACH = 4;

/**
 * "three troopers and a herdsman were wounded in the crossfire": a side joined by "and" to another subject
 * shares that subject's passive of harm.
 */
function harmedWithPartner(word: (i: number) => string, from: number): boolean {
  if (!JOINT.test(word(from))) return false;
  for (let at = from + 2; at <= from + PARTNER_REACH; at++)
    if (PASSIVE_LEAD.test(word(at))) return harmedFrom(word, at);
  return false;
}

/** English ranks an officer is named by after his force ("an army colonel", "Police Lieutenant Colonel"). */
const ENGLISH_RANK = wordSet(
  'colonel col major maj captain capt lieutenant lt lieut sergeant sgt corporal cpl general gen brigadier ' +
    'inspector superintendent constable private pvt commander',
);
/** The full stop of an abbreviated rank ("Col."). */
const FULL_STOP_END = /\.$/u;
/** Ranks one officer may hold at once ("lieutenant colonel", "brigadier general"). */
const RANKS_AT_ONCE = 2;
/** Words of the officer's name that may follow his rank ("Colonel Ahmad Rahimi"). */
const NAME_WORDS = 3;
/** Words that end a name: a passive's lead, speech, a joint or a clause of its own. */
const NOT_NAME =
  /^(?:who|was|were|been|being|has|have|had|is|are|and|or|said|says|told|of|in|on|at|by|from|with|the|a|an|[^\p{L}]+)$/u;

/**
 * "an army colonel was killed", "Police Major Juan Ortiz was shot dead": the token after the rank and the
 * name an officer of the side is named by, whose passive then tells the side harmed; `at` itself when no rank
 * follows the side.
 */
function pastRankAndName(word: (i: number) => string, at: number): number {
  let next = at;
  while (next - at < RANKS_AT_ONCE && ENGLISH_RANK.has(word(next).replace(FULL_STOP_END, ''))) next++;
  if (next === at) return at;
  const ranked = next;
  while (next - ranked < NAME_WORDS && word(next) !== '' && !NOT_NAME.test(word(next))) next++;
  return PASSIVE_LEAD.test(word(next)) ? next : at;
}

/**
 * Whether the words from `at` tell a passive of harm ("was killed", "were reportedly attacked", "came under")
 * or a death ("died").
 */
function harmedFrom(word: (i: number) => string, from: number): boolean {
  return harmWordAt(word, from) >= 0;
}

/**
 * The token of the word that tells a passive of harm from `from` on (the participle of "was killed", the
 * "under" of "came under"), or -1 when the words there tell none.
 */
function harmWordAt(word: (i: number) => string, from: number): number {
  let at = from;
  while (PASSIVE_LEAD.test(word(at))) at++;
  const auxiliary = at > from && PASSIVE_AUXILIARY.has(word(at - 1));
  while (PASSIVE_ADVERB.test(word(at))) at++;
  if (CAME.test(word(at)) && word(at + 1) === 'under') return at + 1;
  if (DIED.test(word(at))) return at;
  // "were found dead", "was found beheaded": found so, the subject is the harmed.
  if (auxiliary && word(at) === 'found' && FOUND_AS.test(word(at + 1))) return at + 1;
  return auxiliary && (HARMED.test(word(at)) || ASSAILED.test(word(at)) || amongHarmed(word, at)) ? at : -1;
}

/**
 * "A guerrilla was shot dead in clashes with troops": a frame that opens on its killing word ("dead") right
 * after a passive of harm told in the clause before ("was shot") shares that passive's subject, the harmed
 * of its act, though the subject stands outside the frame's words.
 *
 * @example harmedBeforeFrame(frame, country)?.ref.name // 'Opposition Rebels (Iraq)'
 */
export function harmedBeforeFrame(
  frame: Frame,
  country: { code: string; name: string } | null,
): ActorCandidate | undefined {
  const view = frame.view;
  const opening = frame.triggers[0];
  if (frame.from === 0 || opening.start !== frame.from || opening.phrase.tag !== '@kill') return undefined;
  const word = (i: number) => view.tokens[i]?.norm ?? '';
  return candidatesBefore(frame, frame.from, country).findLast((c) => {
    const at = pastRankAndName(word, headNounEnd(view, c));
    return harmWordAt(word, at) === frame.from - 1;
  });
}

/** The token after a side's name and the head noun of its men that may follow it ("police officer"). */
function headNounEnd(view: Frame['view'], c: ActorCandidate): number {
  const at = tokenAt(view, c.ref.spans[0][1]);
  return HEAD_NOUN.test(view.tokens[at]?.norm ?? '') ? at + 1 : at;
}

/** Words that open a clause of what befell a subject meanwhile ("… when they were attacked"). */
const WHEN = /^(?:when|as|while)$/;
/** Tokens from a side to the "when" of its own clause ("were patrolling the old market of Lubz when"). */
const WHEN_REACH = 10;

/**
 * "The guards were walking their rounds by the gate when they were shot": the side a pronoun takes up as the
 * subject of a passive of harm is the harmed, though the clause it opens tells what it was doing.
 */
function harmedAsPronoun(word: (i: number) => string, from: number): boolean {
  for (let i = from; i < from + WHEN_REACH; i++) {
    if (WHEN.test(word(i))) return PERSON_PRONOUN.has(word(i + 1)) && harmedFrom(word, i + 2);
  }
  return false;
}

/**
 * Whether the words at `at`, right after a passive's auxiliary, tell harm: a participle of harm past any
 * adverbs ("was reportedly killed"), or the harmed counted "among" ("is among the dead").
 *
 * @example harmedAfterAuxiliary((i) => ['was', 'reportedly', 'killed'][i] ?? '', 1) // true
 */
export function harmedAfterAuxiliary(word: (i: number) => string, at: number): boolean {
  let next = at;
  while (PASSIVE_ADVERB.test(word(next))) next++;
  return HARMED.test(word(next)) || amongHarmed(word, next);
}
