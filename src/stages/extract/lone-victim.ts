/**
 * One person an act killed, hurt or carried off, whom the clause names by a name or a role that is no side's
 * word: "shot dead a local journalist", "killed the mayor of Alto Verde", "kidnapped the deputy mayor of
 * Alto Verde", "Rosa Perez, a teacher, was shot dead".
 */
import { civiliansAt } from '../../core/civilians.js';
import type { ActorCandidate } from './actor-finder.js';
import { ADVERBS, INJURED_WORDS, KILLED_WORDS } from './fate-words.js';
import type { Frame } from './frame-builder.js';
import { mayHarmCivilians } from './implied-side.js';
import { ONE_OBJECT, TITLE } from './one-victim-words.js';
import { hitSpan, tokenAt } from './sentence-view.js';

/** Words that end the words naming the victim: what follows tells where, when or how. */
const STOP = String.raw`(?:in|on|at|near|of|and|or|with|after|before|during|while|as|who|whom|outside|inside|from|to|for|by|when|where|last|this|early|late|yesterday|today|tonight|overnight|there|here|according|said|says|[a-z]+ly)`;
/**
 * What the text adds to the victim: a name after a role ("the district mayor, Rosa Perez,") or whose they
 * are ("the mayor of Alto Verde", "the head of a local union").
 */
const TAIL = String.raw`(?:,\s+(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+(?=,)|\s+of\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}|district|town|village|city|province|municipality|county|party|union|newspaper|school|university|company))?`;
/**
 * Words of a fighter or an agent of force that the side lexicon does not give a side ("a terrorist
 * commander", "a suspected bomber"): such a person is no civilian, and which side they were on is not said.
 */
const FIGHTER =
  /\b(?:terrorists?|militants?|fighters?|commanders?|jihadists?|insurgents?|rebels?|guerrillas?|gunm[ae]n|soldiers?|troopers?|police(?:m[ae]n|wom[ae]n)?|officers?|bombers?|attackers?|assailants?|suspects?|snipers?|combatants?|members?|operatives?|emirs?)\b/i;
/** The verb of an act that harmed one person, then that person ("gunned down a shopkeeper"). */
const ACTIVE = new RegExp(
  String.raw`\b(?:killed|killing|murdered|murdering|assassinated|assassinating|shot dead|shot and killed|gunned down|stabbed to death|wounded|wounding|injured|injuring|kidnapped|kidnapping|abducted|abducting)\s+(?!(?:him|her|himself|herself|another|the other)\b)((?:${ONE_OBJECT})[\w'’-]*(?:\s+(?!${STOP}\b)[a-z][\w-]*(?<!s)\b){0,2}(?!\s+(?!${STOP}\b)[a-z]+s\b)${TAIL})`,
  'g',
);
/**
 * A named person, with what the text says of them, then the fate ("Rosa Perez, a teacher, was shot dead",
 * "Union leader Rosa Perez was shot dead", "Former health minister Rosa Perez was killed"): the clause's
 * subject, so it opens the sentence or follows a comma. Not a person told by a common noun ("A young man was
 * killed"), whom the clause leaves unplaced.
 */
const PASSIVE = new RegExp(
  String.raw`(?:^|[,;]\s+)((?!(?:The|A|An|This|That|One|His|Her|Their|Another|Police)\b)(?:[A-Z][a-z]+\s+(?:[a-z]+\s+)?${TITLE}\s+)?(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+(?:,\s+(?:a|an|the)\s+[^,.;]{2,80},)?)\s+(?:was|had been|has been)\s+${ADVERBS}(?:${KILLED_WORDS}|${INJURED_WORDS})\b`,
  'g',
);

/**
 * The patterns, each with the words one of which its every match holds (its verbs, or the "was"/"been" of its
 * passive): a clause that holds none is not scanned, which most clauses are not worth.
 */
const READINGS: readonly { pattern: RegExp; words: readonly string[] }[] = [
  {
    pattern: ACTIVE,
    words: [
      'kill',
      'murder',
      'assassinat',
      'shot',
      'gunned',
      'stabbed',
      'wound',
      'injur',
      'kidnap',
      'abduct',
    ],
  },
  { pattern: PASSIVE, words: ['was', 'been'] },
];

/**
 * The civilian an act harmed when the clause names one person by no side's word: a name or a role such as
 * a journalist or a mayor, the object of the verb or the subject of its passive. Not a pronoun (the person
 * is named elsewhere), nor words that name a side, which the side finder reads (a soldier, a militant).
 *
 * @example loneVictim(frame, text)?.ref.spans // the words "a local journalist" in "Gunmen shot dead a local journalist"
 */
export function loneVictim(frame: Frame, text: string): ActorCandidate | null {
  // A kidnapping harms its captive as surely as a shooting: "kidnapped the deputy mayor".
  if (frame.family !== 'abduction' && !mayHarmCivilians(frame)) return null;
  const { view } = frame;
  const from = view.tokens[frame.from]?.span[0];
  const to = view.tokens[frame.to - 1]?.span[1];
  if (from === undefined || to === undefined) return null;
  const clause = text.slice(from, to);
  for (const { pattern, words } of READINGS) {
    if (!words.some((w) => clause.includes(w))) continue;
    for (const m of clause.matchAll(pattern)) {
      const start = from + m.index + m[0].indexOf(m[1]);
      const span: [number, number] = [start, start + m[1].length];
      const named = (s: readonly [number, number], within = span) => s[0] < within[1] && s[1] > within[0];
      // "the deputy mayor of Nablus": a place the tail names tells whose office it is, not a side.
      const of = m[1].search(/\s+of\s/);
      const head: [number, number] = of < 0 ? span : [start, start + of];
      const side = (x: (typeof view.mentions)[number]) =>
        x.kind !== 'person' && named(x.span, x.place ? head : span);
      if (FIGHTER.test(m[1]) || view.mentions.some(side)) continue;
      if (view.actorNouns.some((h) => named(hitSpan(view, h)))) continue;
      return { ref: civiliansAt([span]), side: 'civilian', at: tokenAt(view, start), country: null };
    }
  }
  return null;
}
