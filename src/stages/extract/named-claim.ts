import type { EventRecord, Mention } from '../../core/records.js';
import { wordSet } from '../../core/text/word-set.js';
import {
  AR_ANNOUNCE,
  AR_CLAIM_VERB,
  AR_RESPONSIBILITY,
  EN_CLAIM_VERB,
  EN_OWNED,
  NOT_A_CLAIM,
} from './claim-finder.js';
import { tokenAt, type SentenceView } from './sentence-view.js';

/** Words between an English group and its claiming verb: "the Taliban later claimed responsibility". */
const EN_BETWEEN = wordSet('has have had later quickly also swiftly');
/** "تبنى التنظيم غالبية هذه الهجمات": a claim over some of many acts names none of them. */
const SOME_OF = wordSet('غالبيه معظم بعض اغلب most some many several');
/** Tokens after the announcing verb or the group within which the responsibility stands. */
const RESPONSIBILITY_REACH = 3;
/** Tokens before the claim within which a denial governs it. */
const DENIAL_REACH = 3;

/**
 * "… 17 died when a helicopter came down in Zabul. The Afghan defence ministry blamed a fault. But the
 * Taliban claimed the operation.": a sentence that tells no incident of its own, in which an armed group it
 * names claims "the operation", makes that group the claimant of the incident told last, and its
 * perpetrator when the text gave none. A perpetrator the text named already is never replaced.
 *
 * @example carryNamedClaim(previousSentenceEvents, view) // true when the claim was taken
 */
export function carryNamedClaim(previous: readonly EventRecord[], view: SentenceView): boolean {
  const last = previous.at(-1);
  if (!last || last.claimed_by) return false;
  for (const group of view.mentions.filter((m) => m.kind === 'armed-group' && m.entity_id)) {
    const words = claimWords(view, group);
    if (!words) continue;
    if (last.actor1 && last.actor1.entity_id !== group.entity_id) return false;
    const span: [number, number] = [view.tokens[words[0]].span[0], view.tokens[words[1] - 1].span[1]];
    last.claimed_by = { name: group.name, entity_id: group.entity_id, spans: [group.span, span] };
    last.actor1 ??= { name: group.name, entity_id: group.entity_id, spans: [group.span] };
    last.evidence = [...last.evidence, view.span];
    return true;
  }
  return false;
}

/** The token range `[start, end)` of the group's name and the words of its claim, when they claim. */
function claimWords(view: SentenceView, group: Mention): [number, number] | null {
  const first = tokenAt(view, group.span[0]);
  const after = tokenAt(view, group.span[1]);
  const norm = (i: number) => view.tokens[i]?.norm ?? '';
  const responsibilityBy = (from: number) =>
    [...Array(RESPONSIBILITY_REACH).keys()].map((k) => from + k).find((i) => AR_RESPONSIBILITY.has(norm(i)));
  let range: [number, number] | null = null;
  if (AR_CLAIM_VERB.has(norm(first - 1))) range = [first - 1, after];
  else if (AR_CLAIM_VERB.has(norm(after))) range = [first, after + 1];
  else if (AR_ANNOUNCE.has(norm(first - 1))) {
    const owned = responsibilityBy(after);
    if (owned !== undefined) range = [first - 1, owned + 1];
  } else if (AR_ANNOUNCE.has(norm(after))) {
    const owned = responsibilityBy(after + 1);
    if (owned !== undefined) range = [first, owned + 1];
  } else {
    let verb = after;
    while (EN_BETWEEN.has(norm(verb))) verb++;
    if (EN_CLAIM_VERB.has(norm(verb)) && EN_OWNED.has(norm(verb + 1))) range = [first, verb + 2];
  }
  if (!range || SOME_OF.has(norm(range[1])) || SOME_OF.has(norm(range[1] + 1))) return null;
  const before = view.tokens.slice(Math.max(0, range[0] - DENIAL_REACH), range[1]);
  return before.some((t) => NOT_A_CLAIM.has(t.norm)) ? null : range;
}
