import { actorRef } from '../../core/record-refs.js';
import type { EventRecord, Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { wordSet } from '../../core/text/word-set.js';
import {
  AR_ANNOUNCE,
  AR_CLAIM_VERB,
  AR_RESPONSIBILITY,
  EN_CLAIM_VERB,
  EN_OWNED,
  NOT_A_CLAIM,
} from './claim-finder.js';
import { hitSpan, tokenAt, type SentenceView } from './sentence-view.js';
import { writtenNameBefore, type WrittenName } from './written-group.js';

/** Words between an English group and its claiming verb: "the Taliban later claimed responsibility". */
const EN_BETWEEN = wordSet('has have had later quickly also swiftly');
/** "تبنى التنظيم غالبية هذه الهجمات": a claim over some of many acts names none of them. */
const SOME_OF = wordSet('غالبيه معظم بعض اغلب most some many several');
/**
 * "a Taliban spokesman, Qari Ahmad, claimed responsibility": a name after the word of one who speaks for a
 * group is a person's, not the group that claims.
 */
const SPEAKER = wordSet('spokesman spokeswoman spokesperson leader commander chief');
/**
 * "ويومها تبنى الهجوم تنظيم القاعدة": the act claimed may stand between the claiming verb and the group.
 * Folded as token norms are (ta marbuta to ha).
 */
const AR_CLAIMED_ACT = wordSet(
  'الهجوم الهجمات الاعتداء العمليه التفجير الهجومين الاعتداءين التفجيرين العمليتين',
);
/** "وتبنى تنظيم داعش الهجومين": a dual object claims the two incidents told last, not one. */
const AR_TWO_ACTS = wordSet(
  'الهجومين الاعتداءين التفجيرين العمليتين الهجومان الاعتداءان التفجيران العمليتان',
);
/** Tokens after the announcing verb or the group within which the responsibility stands. */
const RESPONSIBILITY_REACH = 3;
/** Tokens before the claim within which a denial governs it. */
const DENIAL_REACH = 3;

/**
 * "… 17 died when a helicopter came down in Zabul. The Afghan defence ministry blamed a fault. But the
 * Taliban claimed the operation.": a sentence that tells no incident of its own, in which an armed group it
 * names claims "the operation", makes that group the claimant of the incident told last, and its
 * perpetrator when the text gave none. A perpetrator the text named already is never replaced. A group the
 * knowledge base lacks claims so too, named as the text writes it, when the incident names no perpetrator.
 *
 * @example carryNamedClaim(previousSentenceEvents, view, doc.text) // true when the claim was taken
 */
export function carryNamedClaim(
  previous: readonly EventRecord[],
  view: SentenceView,
  text: string,
  earlier: readonly EventRecord[] = previous,
): boolean {
  const last = previous.at(-1);
  if (!last || last.claimed_by) return false;
  for (const group of view.mentions.filter((m) => m.kind === 'armed-group' && m.entity_id)) {
    const words = claimWords(view, group);
    if (!words) continue;
    if (last.actor1 && last.actor1.entity_id !== group.entity_id) return false;
    claim(last, view, group.name, group.entity_id, group.span, words);
    // "وتبنى تنظيم داعش الهجومين": the incident told before the last is claimed too, when unclaimed and
    // its perpetrator is unknown or the same group.
    const other = twoActs(view, words) ? earlier[earlier.indexOf(last) - 1] : undefined;
    if (other && !other.claimed_by && (!other.actor1 || other.actor1.entity_id === group.entity_id))
      claim(other, view, group.name, group.entity_id, group.span, words);
    return true;
  }
  // "The Black Lantern Brotherhood claimed responsibility": a group the base lacks still claims, named as written.
  if (last.actor1) return false;
  const written = writtenClaim(view, text);
  if (written) claim(last, view, written.name, null, written.span, written.words);
  return written !== null;
}

/** Makes the group the claimant of `last`, and its perpetrator when it has none. */
function claim(
  last: EventRecord,
  view: SentenceView,
  name: string,
  entity: string | null,
  named: Span,
  words: [number, number],
): void {
  const span = hitSpan(view, { start: words[0], end: words[1] });
  last.claimed_by = actorRef(name, entity, [named, span]);
  last.actor1 ??= actorRef(name, entity, [named]);
  last.evidence = [...last.evidence, view.span];
}

/**
 * The name written before English claim words ("… Brotherhood has claimed responsibility") and the token range
 * of the name and the claim, when no denial governs them.
 */
function writtenClaim(view: SentenceView, text: string): (WrittenName & { words: [number, number] }) | null {
  const norm = (i: number) => view.tokens[i]?.norm ?? '';
  for (let verb = 1; verb < view.tokens.length; verb++) {
    if (!EN_CLAIM_VERB.has(norm(verb)) || !EN_OWNED.has(norm(verb + 1))) continue;
    let end = verb;
    while (end > 0 && EN_BETWEEN.has(norm(end - 1))) end--;
    const written = writtenNameBefore(view, text, end);
    if (!written) continue;
    const first = tokenAt(view, written.span[0]);
    if (SPEAKER.has(norm(first - 1))) continue;
    const words: [number, number] = [first, verb + 2];
    if (!refused(view, words)) return { ...written, words };
  }
  return null;
}

/** A claim over some of many acts, or one a denial governs, owns none of them. */
function refused(view: SentenceView, range: [number, number]): boolean {
  const norm = (i: number) => view.tokens[i]?.norm ?? '';
  if (SOME_OF.has(norm(range[1])) || SOME_OF.has(norm(range[1] + 1))) return true;
  return view.tokens
    .slice(Math.max(0, range[0] - DENIAL_REACH), range[1])
    .some((t) => NOT_A_CLAIM.has(t.norm));
}

/** A dual act noun right after the claim words, or between the verb and the group. */
function twoActs(view: SentenceView, [start, end]: [number, number]): boolean {
  return [start + 1, end].some((i) => AR_TWO_ACTS.has(view.tokens[i]?.norm ?? ''));
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
  else if (AR_CLAIM_VERB.has(norm(first - 2)) && AR_CLAIMED_ACT.has(norm(first - 1)))
    range = [first - 2, after];
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
  return !range || refused(view, range) ? null : range;
}
