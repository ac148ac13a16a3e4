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
/** One person as an act's object, with what the text adds of them ("a shopkeeper", "the mayor of Alto Verde"). */
const ONE_VICTIM = String.raw`(?!(?:him|her|himself|herself|another|the other)\b)((?:${ONE_OBJECT})[\w'’-]*(?:\s+(?!${STOP}\b)[a-z][\w-]*(?<!s)\b){0,2}(?!\s+(?!${STOP}\b)[a-z]+s\b)${TAIL})`;
/** The verb of an act that harmed one person, then that person ("gunned down a shopkeeper"). */
const ACTIVE = new RegExp(
  String.raw`\b(?:killed|killing|murdered|murdering|assassinated|assassinating|shot dead|shot and killed|gunned down|stabbed to death|wounded|wounding|injured|injuring|kidnapped|kidnapping|abducted|abducting)\s+${ONE_VICTIM}`,
  'g',
);
/**
 * The act named by a noun, then the one person it harmed ("the murder of union leader Elmer Huaman", "the
 * kidnapping of a rural nurse"), or aimed at ("an assassination attempt on former minister Nilda Copa", "an
 * attack on the mayor of Tarma"). Of an attack or an attempt only a person by a title or a name: "an attack
 * on a checkpoint" struck no one person.
 */
const NOMINAL = new RegExp(
  String.raw`\b(?:(?:murder|killing|assassination|slaying|shooting|stabbing|kidnapping|abduction) of|(?:attempt on(?: the life of)?|attempt to (?:kill|assassinate)|attacks? on))\s+${ONE_VICTIM}`,
  'g',
);
/**
 * A person's office, in either case ("the mayor", "former Prime Minister"; not the words that may stand
 * before it, "local", "former", as often before a building): the object of an attack or an attempt holds
 * one, or is a name (`NAME_ONLY`).
 */
const OFFICE = new RegExp(
  String.raw`\b(?!(?:police|army|militia|tribal|village|district|provincial|municipal|local|former|retired|senior|deputy|assistant)\b)${TITLE}\b|\b(?:president|vice-president|premier|prime minister|king|queen|prince|bishop|archbishop|pope)\b`,
  'i',
);
/** Capitalised words only: a person's name ("Nilda Copa Rojas"). */
const NAME_ONLY = /^(?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+$/;
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

/** "an attack on", "an attempt to kill": the act was aimed at its object, who may be no person at all. */
const AIMED_AT = /^(?:attempt|attack)/;
/**
 * Callings of people on no armed side: "a Honduran journalist" is a civilian of Honduras, where "a Honduran
 * officer" names the state's forces.
 */
const CIVIL_CALLING =
  /^(?:journalist|reporter|photographer|cameraman|teacher|schoolteacher|doctor|nurse|priest|nun|missionary|lawyer|businessman|businesswoman|trader|farmer|student|activist|engineer|writer|tourist|professor)$/;

/** Whether mention `x` is a nation's adjective before a civil calling ("Honduran journalist"): no side. */
function ofNation(view: Frame['view'], x: Frame['view']['mentions'][number]): boolean {
  return x.via === 'demonym' && CIVIL_CALLING.test(view.tokens[tokenAt(view, x.span[1])]?.norm ?? '');
}

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
  {
    pattern: NOMINAL,
    words: [
      'murder',
      'killing',
      'assassination',
      'slaying',
      'shooting',
      'stabbing',
      'kidnapping',
      'abduction',
      'attempt',
      'attack',
    ],
  },
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
        x.kind !== 'person' && named(x.span, x.place ? head : span) && !ofNation(view, x);
      if (FIGHTER.test(m[1]) || view.mentions.some(side)) continue;
      if (AIMED_AT.test(m[0]) && !OFFICE.test(m[1]) && !NAME_ONLY.test(m[1])) continue;
      if (view.actorNouns.some((h) => named(hitSpan(view, h)))) continue;
      return {
        ref: civiliansAt([span]),
        side: 'civilian',
        at: tokenAt(view, start),
        country: null,
        site: false,
      };
    }
  }
  return null;
}
