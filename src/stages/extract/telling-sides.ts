/**
 * Sides that only tell of an act: they allege it ("the government claimed that …"), their report gives it
 * ("according to reports from the police") or they deny their part in it ("the army is not involved in").
 */
import type { ActorCandidate } from './actor-finder.js';
import type { Frame } from './frame-builder.js';
import { tokenFrom } from './sentence-view.js';
import { wordSet } from '../../core/text/word-set.js';

/** English verbs of alleging whose object is a clause ("claimed that", "alleged that", "insisted that"). */
const ALLEGED = wordSet('claimed claims alleged alleges charged insisted insists maintained asserted');
/** Words between a side and its verb of alleging ("has", "also", "later"). */
const BEFORE_VERB = wordSet('has have had also later again');
/** Tokens from the verb to its "that" ("claimed on Sunday that", "claimed three days ago that"). */
const THAT_REACH = 5;
/** "claimed that it", "insisted that they": a speaker telling a deed of its own. */
const ITSELF = wordSet('it they its their we our');

/**
 * "The government claimed on Sunday that drones had been used in an attack", "the rebels alleged that the army
 * shelled the town": a side whose verb of alleging opens the clause that tells the act, before that act,
 * only tells of it. Not a side that tells a deed of its own ("claimed that it had killed"). `after` is the
 * token after the side's name, `act` the act's.
 */
function alleges(norm: (i: number) => string, after: number, act: number): boolean {
  let verb = after;
  while (BEFORE_VERB.has(norm(verb))) verb++;
  if (!ALLEGED.has(norm(verb)) || verb >= act) return false;
  for (let at = verb + 1; at <= verb + THAT_REACH && at < act; at++)
    if (norm(at) === 'that') return !ITSELF.has(norm(at + 1));
  return false;
}

/** Nouns of a report whose "from" or "by" names its source ("reports from the police", "a statement by"). */
const REPORT = wordSet('report reports statement statements communique bulletin account accounts figures');
/** Words of the source's author: "from", "by". */
const FROM = wordSet('from by');
/** Words between the report's "from" and its source ("from the local", "by the"). */
const SOURCE_LEAD = wordSet('the a an local');

/**
 * "as told in early reports from the Kenyan police", "…, a report by the army says": the side a
 * report comes from tells of the act; its "by" names no doer. `start` is the side's first token.
 */
function fromReport(norm: (i: number) => string, start: number): boolean {
  let at = start - 1;
  while (SOURCE_LEAD.has(norm(at))) at--;
  return FROM.has(norm(at)) && REPORT.has(norm(at - 1));
}

/** "is not", "were never": the words of a denial after the side's name. */
const AUXILIARY = wordSet('is are was were has have had');
const NOT = wordSet('not never denied denies denying');
/** Words between a denial and the part it denies: "denied any involvement in", "denied being behind". */
const PART_LEAD = wordSet('any a being');
/** "not involved in", "never behind", "denied responsibility for": a part in the act denied. */
const PART = wordSet('involved behind responsible implicated involvement responsibility role');
/** Tokens from the denied part to the act ("involved in the murder of"). */
const DENIED_REACH = 4;

/**
 * "the armed forces are not involved in the murder of three herders", "the group denied any involvement in the
 * blast": a side that denies its part in the act told right after is not its doer on its word alone.
 */
function deniesPart(norm: (i: number) => string, after: number, act: number): boolean {
  const at = AUXILIARY.has(norm(after)) ? after + 1 : after;
  if (!NOT.has(norm(at))) return false;
  let part = at + 1;
  while (PART_LEAD.has(norm(part))) part++;
  return PART.has(norm(part)) && act > part && act - part <= DENIED_REACH;
}

/**
 * The sides that only tell of the frame's act: those that allege it, whose report gives it or that deny
 * their part in it.
 *
 * @example tellingSides(frame, candidates) // [the government] in "the government claimed that an attack …"
 */
export function tellingSides(frame: Frame, candidates: ActorCandidate[]): ActorCandidate[] {
  const norm = (i: number) => frame.view.tokens[i]?.norm ?? '';
  const act = frame.triggers[0].start;
  return candidates.filter((c) => {
    const after = tokenFrom(frame.view, c.ref.spans[0][1]);
    return alleges(norm, after, act) || fromReport(norm, c.at) || deniesPart(norm, after, act);
  });
}
