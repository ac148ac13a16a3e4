import { actorRef } from '../../core/record-refs.js';
import type { EventRecord, Mention } from '../../core/records.js';
import { wordSet } from '../../core/text/word-set.js';
import { hitSpan, tokenAt, type SentenceView } from './sentence-view.js';
import { hedges } from './suspected-sides.js';

/** "blamed on", "attributed to", "blamed the Front for": the words that lay an act on the side named after them. */
const LAID = wordSet('blamed attributed');
const LAID_ON = wordSet('on to');
/** Tokens from "blamed" to its "on" ("blamed the attack on", "blamed it on"). */
const LAID_REACH = 3;
/** "is blamed", "have been blamed": the copula and helpers between a side and its blame. */
const BLAME_COPULA = wordSet('is was were are has have had been being widely also');
/** "The gunmen were fighters from": the doers of the act told before, named by what they did. */
const DOERS = wordSet(
  'attacker attackers assailant assailants gunman gunmen bomber bombers perpetrators culprits',
);
const DOERS_ARE = wordSet('was were');
/** Words between "were" and the side: "members of the", "fighters from". */
const DOER_LEAD = wordSet('members member militants fighters of from the a an');
/** Tokens from "were" to the side ("were members of the"). */
const DOER_REACH = 4;
/** A blame denied or doubted lays nothing: "was not blamed", "denied being behind". */
const DENIED = wordSet('not no never denied denies wrongly falsely');
/** Tokens before the blame words within which a denial governs them. */
const DENIAL_REACH = 3;
/** Words any English blame of this kind needs: most sentences hold none, and are passed over at once. */
const OPENERS = new Set([...LAID, ...DOERS, 'behind']);
/** "the Front was behind the attack": the copula between a side and its "behind". */
const BEHIND_COPULA = wordSet('is was were are');

/**
 * "A bomb ripped apart a tram in Carvel. Officials blamed the Ruritanian Front for the blast.": a sentence that tells
 * no incident but lays the one told last on an armed group the base knows ("blamed on", "attributed to",
 * "the Front was blamed", "the Front was behind it", "the attackers were members of the Front") names its
 * perpetrator, when the text gave none. A hedge ("is suspected", "is believed") is no such blame: a suspect is not the perpetrator.
 *
 * @example carryNamedDoer(previousSentenceEvents, view) // true when the perpetrator was taken
 */
export function carryNamedDoer(previous: readonly EventRecord[], view: SentenceView): boolean {
  const last = previous.at(-1);
  if (!last || last.actor1 || !view.tokens.some((t) => OPENERS.has(t.norm))) return false;
  for (const group of view.mentions) {
    if (group.kind !== 'armed-group' || !group.entity_id) continue;
    const words = blameWords(view, group);
    if (!words) continue;
    last.actor1 = actorRef(group.name, group.entity_id, [
      group.span,
      hitSpan(view, { start: words[0], end: words[1] }),
    ]);
    last.evidence = [...last.evidence, view.span];
    return true;
  }
  return false;
}

/** The token range `[start, end)` of the words that lay the act on `group`, its name included. */
function blameWords(view: SentenceView, group: Mention): [number, number] | null {
  const norm = (i: number) => view.tokens[i]?.norm ?? '';
  const first = tokenAt(view, group.span[0]);
  const after = tokenAt(view, group.span[1]);
  const lead = norm(first - 1) === 'the' ? first - 1 : first;
  let range: [number, number] | null = null;
  // "blamed on the Front", "blamed the bombing on the Front".
  if (LAID_ON.has(norm(lead - 1))) {
    const laid = [...Array(LAID_REACH).keys()].map((k) => lead - 2 - k).find((i) => LAID.has(norm(i)));
    if (laid !== undefined && laid >= 0) range = [laid, after];
  }
  // "the Front was blamed", "the Front has been widely blamed".
  if (!range) {
    let verb = after;
    while (BLAME_COPULA.has(norm(verb))) verb++;
    if (verb > after && norm(verb) === 'blamed') range = [first, verb + 1];
  }
  // "the police blamed the Front for it": the side blamed, not the one blaming.
  if (!range && norm(lead - 1) === 'blamed' && norm(after) === 'for') range = [lead - 1, after + 1];
  // "the Front was behind the attack", unless the sentence hedges ("was most likely behind").
  if (!range && BEHIND_COPULA.has(norm(after)) && norm(after + 1) === 'behind' && !hedges(view.tokens))
    range = [first, after + 2];
  // "the attackers were members of the Front".
  if (!range) {
    let are = lead - 1;
    while (are > lead - 1 - DOER_REACH && DOER_LEAD.has(norm(are))) are--;
    if (DOERS_ARE.has(norm(are)) && DOERS.has(norm(are - 1))) range = [are - 1, after];
  }
  if (!range) return null;
  const before = view.tokens.slice(Math.max(0, range[0] - DENIAL_REACH), range[1]);
  return before.some((t) => DENIED.has(t.norm)) ? null : range;
}
