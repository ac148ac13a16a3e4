// A toll the clause tells in words, not numbers: none, one person's fate, two people's; the counts a
// number gives are read by `withTollRoles` (toll-words.ts).
import type { CountRef } from '../../core/records.js';
import { guardedPattern, type GuardedPattern } from '../../core/text/guarded-pattern.js';
import type { Span } from '../../core/span.js';
import { LONG_AGO_AFTER, ofAnOlderIncident } from './running-totals.js';
import { EXCEPT, NO_VICTIM } from './no-victim-words.js';
import { ADVERBS, FIRST_VERB, INJURED_WORDS, KILLED_WORDS, CLAIMED_KILLING } from './fate-words.js';
import { ONE_NAME, ONE_OBJECT, UNTOLD } from './one-victim-words.js';
import { ACTIVE_TWO, KIN, listedVictims, moreBeside } from './two-victim-words.js';
import {
  BOTH_GUARDED,
  HIS_DEATH_GUARDED,
  ONE_BODY_GUARDED,
  ONE_DIED_GUARDED,
  ONE_NAMED_AR_GUARDED,
  ONE_SUFFERED_GUARDED,
  FATE_OF_ANOTHER_AR_GUARDED,
  ONE_MORE_AR_GUARDED,
  ONE_SUBJECT_AR_GUARDED,
} from './toll-pattern-guards.js';
import type { TollRole } from './toll-words.js';
/**
 * "A policeman was shot dead", "the mayor was wounded", "he was kidnapped and killed": one person's fate
 * told without a number.
 */
const ONE_VICTIM: Record<TollRole, GuardedPattern> = {
  killed: guardedPattern(
    new RegExp(
      String.raw`\b(?:was|has been|had been)\s+${ADVERBS}${FIRST_VERB}${ADVERBS}(?:${KILLED_WORDS})\b`,
      'i',
    ),
    'was been',
  ),
  injured: guardedPattern(
    new RegExp(
      String.raw`\b(?:was|has been|had been)\s+${ADVERBS}${FIRST_VERB}${ADVERBS}(?:${INJURED_WORDS})\b`,
      'i',
    ),
    'was been',
  ),
};
/** A limb or the trunk a shot hurts without killing: "shot him in the legs". */
const LIMB = String.raw`(?:legs?|arms?|hands?|foot|feet|knees?|thighs?|shoulders?|ankles?|stomach|jaw|back)\b`;
/** "left his wife wounded", "leaving a guard dead": one person "leave" takes, then the fate. */
const LEFT_ONE = String.raw`(?:left|leaving) ${ONE_OBJECT}[\w-]*(?: [a-z][\w-]*){0,2}?`;
/**
 * "killed a policeman", "shot him dead", "shot to death a farmer", "wounding Juan Perez", "injured Ndou",
 * "left his wife wounded", "slit the throat of a shepherd", "killed only the driver", "and a Ruritanian nurse
 * wounded", "shot a guard in the legs": one person killed or hurt.
 */
const ACTIVE_ONE: Record<TollRole, GuardedPattern> = {
  killed: guardedPattern(
    new RegExp(
      String.raw`\b(?:and (?:his|her) (?:[\w-]+ )?${KIN}(?: was)? ${ADVERBS}(?:killed|dead)|(?:shot|stabbed|beat|hacked) (?:him|her|(?:the|a|an) [a-z]+) (?:to death|dead)|(?:killed|killing|murdered|murdering|assassinated|executed|executing|beheaded|beheading|decapitated|hanged|lynched|strangled|gunned down|shot dead|shot and killed|(?:shot|stabbed|hacked|beat|beaten|clubbed|strangled) to death|(?:slit|slitting|cut|cutting) the throat of|${CLAIMED_KILLING})\s+(?:only\s+)?(?:${ONE_OBJECT}|${ONE_NAME})|${LEFT_ONE} dead)`,
    ),
    'kill dead death murder assassinat execut behead decapitat hanged lynched strangled gunned throat slaying',
  ),
  injured: guardedPattern(
    new RegExp(
      String.raw`\b(?:(?:wounded|wounding|injured|injuring)\s+(?:${ONE_OBJECT}|${ONE_NAME})|${LEFT_ONE} (?:wounded|injured|hurt)|(?:and|while) (?:another|(?:a|an|his|her) (?!${UNTOLD}\b)(?:second|third|fourth|fifth|[\w-]+))(?: (?!(?:were|number)\b)(?!\d)[\w-]+){0,3}(?: was)? ${ADVERBS}(?:wounded|injured|hurt)|\bshot ${ONE_OBJECT}[\w-]*(?: [a-z][\w-]*){0,2}? in (?:the|both|one|his|her) ${LIMB})`,
    ),
    'wound injur hurt shot',
  ),
};
/** "killing himself and the store owner": the attacker and one victim. */
const SELF_AND_ONE = guardedPattern(
  new RegExp(String.raw`\b(?:killing|killed) (?:himself|herself) and ${ONE_OBJECT}`),
  'himself herself',
);
/** "it is unknown if anyone was killed in the fire", "neither man was injured": no victim is told. */
const NO_SUBJECT = /\b(?:anyone|anybody|no one|nobody|none|neither|nor|if|whether)(?:\s+\w+)?\s+$/i;
/**
 * "dozens had been injured", "many civilians had been killed", "a quarter of them had been killed": "had
 * been" agrees with a plural too, so a vague amount, a plural noun or pronoun, or a share before it tells no
 * one person.
 */
const MANY_SUBJECT =
  /\b(?:dozens|scores|hundreds|thousands|many|several|some|others|people|they|them|those|these|all|most|half|[a-z]+s)\s+(?:[a-z]+ly\s+)?$/;
/** How far back, in characters, `NO_SUBJECT` is looked for before a passive ("whether anyone "). */
const NO_SUBJECT_REACH = 24;
/**
 * The words one of which every toll read below holds, for each role: its fate ("killed", "died", "body",
 * "wounded", "shot", «قتل», «أصيب»), or a none ("no one was hurt" tells no dead either). Most clauses a frame
 * asks about hold none of them, and one search then answers for the score of patterns that would each fail.
 * Kept in step with the patterns (here and in fate-words, no-victim-words, one-victim-words,
 * two-victim-words, toll-words-ar): one that could match without any of these words would be lost.
 */
const FATE_TOLD: Record<TollRole, RegExp> = {
  killed:
    /kill|dead|death|died|slain|martyr|murder|assassinat|execut|behead|decapitat|hanged|lynch|gunned|fatally|strangl|slay|throat|body|bodies|corpse|succumb|fatalit|casualt|hurt|injur|wound|قتل|قُتل|اغتيال|عدام|استشهاد|مصرع|توف|حتف/i,
  injured: /hurt|injur|wound|casualt|hospitali|blinded|maimed|stabbed|shot|burns|صيب|جرح/i,
};
/**
 * A toll the clause tells in words, not numbers: none ("no one was hurt"), one ("was assassinated", "was
 * seriously injured", "killed a guard") or two ("killed the mayor and his driver").
 *
 * @example tollFromWords('An official was shot dead in Mosul.', [0, 35], 'killed')?.value // 1
 */
export function tollFromWords(text: string, window: Span, role: TollRole): CountRef | null {
  const clause = text.slice(window[0], window[1]);
  if (!FATE_TOLD[role].test(clause)) return null;
  const none = NO_VICTIM[role].exec(clause);
  // "no casualties apart from the bomber, who was killed when his vest went off": the one excepted is a death.
  const excepted = role === 'killed' && none && EXCEPT.test(clause.slice(none.index + none[0].length));
  if (none && !excepted) {
    const at = window[0] + none.index;
    return { value: 0, qualifier: 'exact', spans: [[at, at + none[0].length]] };
  }
  // "Both the ferryman and his son were killed, as well as a cyclist on the towpath": one more of that fate.
  const people = (index: number, length: number, named: number): CountRef => {
    const more = moreBeside(clause.slice(index + length), false);
    const at = window[0] + index;
    return { value: named + more, qualifier: 'exact', spans: [[at, at + length]] };
  };
  const listed = listedVictims(clause, role);
  if (listed) return people(listed.index, listed.length, listed.people);
  const both =
    BOTH_GUARDED[role].exec(clause) ??
    (role === 'killed' ? SELF_AND_ONE.exec(clause) : null) ??
    ACTIVE_TWO[role].exec(clause);
  if (both) return people(both.index, both[0].length, 2);
  const passive = ONE_VICTIM[role].exec(clause);
  const subject = passive ? clause.slice(Math.max(0, passive.index - NO_SUBJECT_REACH), passive.index) : '';
  const told =
    passive && !NO_SUBJECT.test(subject) && !(/^had\b/i.test(passive[0]) && MANY_SUBJECT.test(subject));
  const m = told
    ? passive
    : (ACTIVE_ONE[role].exec(clause) ??
      (role === 'killed'
        ? (ONE_BODY_GUARDED.exec(clause) ??
          HIS_DEATH_GUARDED.exec(clause) ??
          ONE_DIED_GUARDED.exec(clause) ??
          ONE_NAMED_AR_GUARDED.exec(clause))
        : ONE_SUFFERED_GUARDED.exec(clause)) ??
      ONE_MORE_AR_GUARDED[role].exec(clause) ??
      FATE_OF_ANOTHER_AR_GUARDED[role].exec(clause) ??
      ONE_SUBJECT_AR_GUARDED[role].exec(clause));
  if (!m) return null;
  const start = window[0] + m.index;
  const rest = clause.slice(m.index + m[0].length);
  if (LONG_AGO_AFTER.test(rest) || ofAnOlderIncident(text, start)) return null;
  // "X was shot dead and his bodyguard hurt": a kin after a passive may have another fate; "along with" not.
  const more = moreBeside(rest, m !== passive);
  return { value: 1 + more, qualifier: 'exact', spans: [[start, start + m[0].length]] };
}
