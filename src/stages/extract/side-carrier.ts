import type { ActorRef, EventRecord, Mention, Quantity } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { packedMap } from '../../core/packed-map.js';
import { UNNAMED } from './actor-finder.js';
import type { Frame } from './frame-builder.js';
import { afterAgent } from './sentence-view.js';
import { SIDELESS_PERPETRATORS } from './armed-nouns.js';

/** Event types whose incidents an article may refer back to with any word of violence ("the attack"). */
const VIOLENT = new Set(['Explosions/Remote violence', 'Violence against civilians', 'Battles']);

/**
 * "شن طيران التحالف غارات على مواقع للحوثيين. … وقالت المصادر إن الغارات أصابت معسكرا قرب المطار": an
 * incident whose own sentence names no perpetrator takes the sides of the incident the article told
 * nearest before it, when it refers back to it (a definite trigger: `frame.anaphoric`) or tells another
 * of the very same kind a few sentences on ("كما شنت طائرات أخرى غارات مماثلة", "Another air strike hit
 * …"). Only a named perpetrator carries over ("gunmen" told before names no one), and a side the new
 * sentence names as the target is not made its perpetrator, nor does another incident whose sentence
 * names a perpetrator of its own by a word that names no side ("terrorist groups"). The carried sides keep their spans in the
 * earlier sentence. Called once per event mention, in text order, with the mentions of earlier sentences.
 *
 * @example carrySides(earlierRecords, record, frame); record.actor1?.name // 'Saudi-led Coalition'
 */
export function carrySides(
  earlier: readonly EventRecord[],
  record: EventRecord,
  frame: Pick<Frame, 'anaphoric' | 'triggers' | 'view' | 'from' | 'to'>,
): void {
  const anaphoric = frame.anaphoric;
  // "the attack" (a bare attack word) may tell any violence again.
  const vague = anaphoric && frame.triggers.some((t) => t.phrase.tag === '@attack');
  const source = earlier.findLast((e) => sameStory(e, record, anaphoric, vague));
  if (!source) return;
  const named = source.actor1?.entity_id ? source.actor1 : null;
  // Another incident takes only a named side ("gunmen" told before names no one); and one that names its own
  // perpetrator, if only by a word that names no side ("Terrorist groups launched a pair of rockets at …"), is
  // not the named side's told before. The clause is scanned for such a word only when there is a side to carry.
  if (!anaphoric && (named === null || namesUnnamedPerpetrator(frame))) return;
  const carried = named !== null && record.actor1 === null && named.name !== record.actor2?.name;
  if (carried) {
    record.actor1 = copy(named);
    // A claim belongs to the incident: only a reference back to that very incident inherits it.
    if (anaphoric && source.claimed_by?.name === named.name) record.claimed_by ??= copy(source.claimed_by);
  }
  // The same side again at the same kind of incident fights the same enemy, unless told otherwise; a
  // reference back that names no other perpetrator tells the same incident, at the same target.
  const sameSide = named !== null && record.actor1?.name === named.name;
  const target = source.actor2;
  // Another incident harms the same side only when the text named it: people harmed name no side.
  const namedTarget = target?.entity_id != null && !target.basis;
  const same = anaphoric ? record.actor1 === null || sameSide : sameSide && namedTarget;
  if (record.actor2 === null && target && target.name !== record.actor1?.name && same)
    record.actor2 = copy(target);
}

/**
 * The frame tells its perpetrator by a word that names no side — a catch-all mention ("gunmen", "مسلحون
 * مجهولون") or a word of terror — where a perpetrator stands: before the act ("terrorist groups fired", "a
 * terrorist rocket attack"), right after an Arabic verb ("أطلق مسلحون النار") or after "by". Not a word
 * counted among the harmed ("30 terrorists were killed"), nor one qualifying a named side ("Jaish al-Fatah
 * terrorists"), nor the target ("غارات على مواقع الإرهابيين").
 */
function namesUnnamedPerpetrator(frame: Pick<Frame, 'view' | 'from' | 'to' | 'triggers'>): boolean {
  const { tokens, mentions, quantities } = frame.view;
  const where = perpetratorPlace(frame);
  // Loops over the sentence's mentions and counts, not lists of their spans and a closure for each: asked
  // of every event, those were most of what carrying sides allocated. A token where no perpetrator stands
  // is passed over before its mentions are looked at.
  for (let at = frame.from; at < frame.to; at++) {
    if (!where(at)) continue;
    const start = tokens[at].span[0];
    const noSide = SIDELESS_PERPETRATORS.has(tokens[at].norm) || catchAllAt(mentions, start);
    if (noSide && !harmedAt(quantities, start) && !(at >= 1 && namedAt(mentions, tokens[at - 1].span[0])))
      return true;
  }
  return false;
}

/** Whether `offset` falls inside `span`. */
function holds(span: Span, offset: number): boolean {
  return offset >= span[0] && offset < span[1];
}

/** Whether a catch-all mention ("gunmen") holds `offset`. */
function catchAllAt(mentions: readonly Mention[], offset: number): boolean {
  for (const m of mentions) if (holds(m.span, offset) && UNNAMED.test(m.name)) return true;
  return false;
}

/** Whether a named side other than a country holds `offset`. */
function namedAt(mentions: readonly Mention[], offset: number): boolean {
  for (const m of mentions)
    if (holds(m.span, offset) && m.kind !== 'country' && !UNNAMED.test(m.name)) return true;
  return false;
}

/** Whether a count of the killed or hurt, or its noun, holds `offset`. */
function harmedAt(quantities: readonly Quantity[], offset: number): boolean {
  for (const q of quantities)
    if (
      (q.role === 'killed' || q.role === 'injured') &&
      (holds(q.span, offset) || holds(q.nounSpan ?? q.span, offset))
    )
      return true;
  return false;
}

/** Where a perpetrator stands: before the act, right after an Arabic verb, or after "by". */
function perpetratorPlace(frame: Pick<Frame, 'view' | 'triggers'>): (at: number) => boolean {
  const { tokens } = frame.view;
  const act = frame.triggers[0];
  const word = tokens[act.start]?.norm ?? '';
  const verbEnd = /^[\u0600-\u06ff]/.test(word) && !/^[وفب]?ال/.test(word) ? act.end : -1;
  return (at) => at < act.start || at === verbEnd || afterAgent(frame.view, at);
}

/**
 * The earlier event can be the one referred back to: same country, and for a definite
 * trigger the same type (or any violence, when either is a bare attack), for an indefinite one the same
 * sub-type and timing, close by.
 */
function sameStory(e: EventRecord, record: EventRecord, anaphoric: boolean, vague: boolean): boolean {
  const here = record.location?.country;
  if (here && e.location?.country && here !== e.location.country) return false;
  const type = (r: EventRecord) => r.event_type?.value ?? '';
  // A reference back may recall an incident told as background ("بعد شهر من تفجير المسجد … التفجير"), but
  // an incident told as background is not the one told now. Dates do not decide: the day a source spoke
  // ("قال البنتاغون اليوم إن غارة …") is often all the first telling has.
  if (historical(record) && !historical(e)) return false;
  if (!anaphoric)
    return (
      e.sub_event_type?.value === record.sub_event_type?.value && sameTiming(e, record) && near(e, record)
    );
  // "the attack" may tell any violence again; "the clashes" after shelling are fighting of their own.
  const attack = vague || e.sub_event_type?.value === 'Attack' || record.sub_event_type?.value === 'Attack';
  return type(e) === type(record) || (attack && VIOLENT.has(type(e)) && VIOLENT.has(type(record)));
}

/**
 * Characters from the earlier telling to the new one within which another incident of the same kind
 * continues its story (a few sentences); further on, a roundup tells another side's incident.
 */
const STORY_REACH = 600;

function near(e: EventRecord, record: EventRecord): boolean {
  const end = Math.max(...e.evidence.map((s) => s[1]));
  return (record.evidence[0]?.[0] ?? end) - end <= STORY_REACH;
}

function sameTiming(a: EventRecord, b: EventRecord): boolean {
  return historical(a) === historical(b);
}

function historical(e: EventRecord): boolean {
  return e.timing?.value === 'historical';
}

/**
 * A literal in the field order sides are built in, not a spread (see `placeWith` in core/place-ref.ts); spans
 * pushed, not mapped (see `packedMap`).
 */
function copy(ref: ActorRef): ActorRef {
  const side: ActorRef = {
    name: ref.name,
    entity_id: ref.entity_id,
    spans: packedMap(ref.spans, (s): Span => [s[0], s[1]]),
  };
  if ('basis' in ref) side.basis = ref.basis;
  return side;
}
