import type { Span } from '../../core/span.js';
import type { CountRef, DateRef, EventRecord, Quantity } from '../../core/records.js';
import { countryName } from '../../core/country-names.js';
import { eventTypeOf, type SubEventType } from '../../core/taxonomy.js';
import { actorCandidates } from './actor-finder.js';
import { assignRoles } from './actor-roles.js';
import { typeFrame } from './event-typer.js';
import { mainTrigger, type Frame } from './frame-builder.js';
import { findPlaces } from './place-finder.js';
import { tokenAt } from './sentence-view.js';
import { ADDITION } from '../../core/text/addition-words.js';
import { tollFromWords, withTollRoles } from './toll-words.js';
import { unknownVillage } from './unknown-village.js';

/** Tokens of distance a coarser date weighs as. */
const PRECISION_COST = { day: 0, month: 6, year: 12 };
/** Tokens of distance a weekday weighs more than a written date. */
const WEEKDAY_COST = 4;
/** "وقع يوم الأربعاء", "الذي وقع في", "which took place on": the words that tie a date to the incident. */
const OCCURRED_ON =
  /(?:(?:^|\s)[وف]?(?:وقع|وقعت|جرى|جرت|حدث|حدثت|نفذ|نفذت)|\b(?:took place|occurred|happened|was carried out))\s+(?:(?:في|on|in)\s+)?$/i;
const OCCURRED_BONUS = 8;
const DAY_MS = 86_400_000;
/**
 * "قال في بيان السبت", "اعلن يوم الاثنين", "said on Tuesday": the words that tie a date to a statement about
 * the incident. The text is read as written, with or without hamza, so both spellings are listed.
 */
const SAID_ON =
  /(?:(?:^|\s)[وف]?(?:قال|قالت|[أا]كد|[أا]كدت|[أا]علن|[أا]علنت|ذكر|ذكرت|[أا]فاد|[أا]فادت|صرح|بيان|بيانها|بيانه)|\b(?:said|says|announced|stated|statement))\s+(?:(?:في|يوم|on)\s+)?$/i;
/** Tokens of distance the day of a statement weighs more: the incident it reports may be older. */
const SAID_COST = 8;
/**
 * "the envoy who on Monday blamed France for the massacre", "اتهم يوم الاثنين": the day of a blame or a
 * denial, which come after the incident, often years after; it never dates the incident.
 */
const BLAMED_AFTER = /^\s*(?:blamed|accused|denied)\b/i;
const BLAMED_BEFORE = /(?:^|\s)[وف]?(?:اتهم|اتهمت|نفى|نفت)(?:\s+\S+){0,2}\s+(?:(?:في|يوم)\s+)?$/;

/** Frame families whose sides are crowds: protesters and rioters, named by their country. */
const CROWDS = new Set(['protest', 'riot']);
/** Incident nouns in the plural that name no weapon: several acts of any kind, not one ("drone strikes" stay). */
const PLURAL_ACTS = /^(?:attacks|assaults|هجمات|الهجمات|اعتداءات|الاعتداءات)$/;

/** What the builder needs from the document besides the frame. */
export interface BuildContext {
  text: string;
  /** English names of the countries the document mentions, by ISO code. */
  countryNames: ReadonlyMap<string, string>;
  /** The country the article's places mostly lie in. */
  home: string | null;
}

/** A frame's event mention(s) before merging: one per listed place. */
export interface EventMention {
  record: EventRecord;
  /** True when nothing specific (place, count, named actor) backs a weak trigger: it is left out. */
  unsupported: boolean;
}

/**
 * Turns one frame into event mentions: type, actors, place(s), date, tolls and evidence, every field with
 * the spans it came from. The id and timing are left for the resolve stage.
 *
 * @example buildEvents(frame, ctx)[0].record.sub_event_type?.value // 'Air/drone strike'
 */
export function buildEvents(frame: Frame, ctx: BuildContext): EventMention[] {
  const view = frame.view;
  const found = findPlaces(frame, ctx.text, ctx.home);
  const code = found.places[0]?.country ?? found.country?.code ?? null;
  const country = code ? { code, name: countryName(code, ctx.countryNames) } : null;
  // "the protesters deflated the tyres": a crowd the clause does not place is the article's country's.
  const crowdHome = CROWDS.has(frame.family) && ctx.home ? ctx.home : null;
  const sidesIn =
    country ?? (crowdHome ? { code: crowdHome, name: countryName(crowdHome, ctx.countryNames) } : null);
  const candidates = actorCandidates(frame, sidesIn);
  const roles = assignRoles(frame, candidates, sidesIn);
  const typed = typeFrame(frame, roles);
  const inWindow = <T extends { span: readonly [number, number] }>(items: T[]) =>
    items.filter((i) => {
      const at = tokenAt(view, i.span[0]);
      return at >= frame.from && at < frame.to;
    });
  const quantities = withTollRoles(inWindow(view.quantities), ctx.text);
  // "Nine settlers were wounded in an attack …": the toll before the sentence's first incident is its own.
  const first = view.triggers.every((t) => t.start >= frame.from);
  const before = first
    ? withTollRoles(view.quantities, ctx.text).filter((q) => tokenAt(view, q.span[0]) < frame.from)
    : [];
  const clause: Span = [view.tokens[frame.from].span[0], view.tokens[frame.to - 1].span[1]];
  // Burning or wrecking that kills or hurts people is an attack on them, not damage to property: told by
  // a count or in words ("the body of a man was found beaten and burned").
  if (typed.sub === 'Looting/property destruction' && hurtsPeople(quantities, ctx.text, clause))
    typed.sub = 'Attack';
  const time =
    nearestTime(frame, inWindow(view.times), ctx.text) ??
    nearestTime(
      frame,
      view.times.filter((t) => occurredOn(t, ctx.text)),
      ctx.text,
    );
  // "no injuries were reported" at a peaceful march is what peaceful means, not a toll worth a field.
  const harmless = takesNoToll(typed.sub);
  const toll = (role: 'killed' | 'injured') =>
    BLOODLESS.has(typed.sub)
      ? null
      : (count(quantities, role, harmless, ctx.text) ??
        count(before, role, harmless, ctx.text) ??
        (harmless ? null : tollFromWords(ctx.text, clause, role)));
  const strong = frame.triggers.some((t) => t.phrase.strength === 'strong');
  // "the village of Haas in Idlib province": a village the base does not know beats the places after it,
  // which only locate it.
  const village = unknownVillage(ctx.text, clause, view.mentions, code);
  const anchoring = village !== null && found.places.every((p) => p.spans[0][0] > village.spans[0][1]);
  const places = village && anchoring ? [village] : found.places.length > 0 ? found.places : [null];
  // "6 killed in shelling on Damascus, Aleppo and Idlib": one toll told for several towns is their sum, the
  // toll of none of them; each town's own telling gives its own.
  const shared = places.length > 1;
  return places.map((place) => {
    const record: EventRecord = {
      id: '',
      event_type: { value: eventTypeOf(typed.sub), spans: typed.spans.slice(0, frame.triggers.length) },
      sub_event_type: { value: typed.sub, spans: typed.spans },
      date: time,
      timing: recalls(frame, ctx.text) ? { value: 'historical', spans: [frame.backgroundSpan!] } : null,
      location:
        place ??
        (found.country
          ? {
              name: country!.name,
              country: found.country.code,
              lat: null,
              lon: null,
              precision: 'country',
              entity_id: `country:${found.country.code}`,
              spans: found.country.spans,
            }
          : null),
      actor1: roles.actor1?.ref ?? null,
      actor2: roles.actor2?.ref ?? null,
      claimed_by: roles.claimedBy,
      fatalities: shared ? null : toll('killed'),
      injuries: shared ? null : toll('injured'),
      evidence: [view.span],
      confidence: 0,
    };
    // A date alone does not make a weak word an incident ("targeted for identity theft in 2004").
    const specific = place !== null || record.fatalities !== null || record.injuries !== null;
    // "their continuing attacks against Yukos", "شنوا هجمات عبر الحدود": a side named with acts in the
    // plural, nowhere and uncounted, tells a pattern of conduct, not an incident.
    const pattern = frame.triggers.every((t) => PLURAL_ACTS.test(t.phrase.words.at(-1) ?? ''));
    const named = (roles.actor1?.ref.entity_id ?? null) !== null && !pattern;
    return {
      record,
      // Ground changes hands only where the text says which ground: a place after the trigger.
      unsupported:
        (!strong && !specific && !named) || (frame.family === 'territory' && !place && !found.country),
    };
  });
}

/** Someone killed or hurt in the clause, by a count or by the words (a zero is no one). */
function hurtsPeople(quantities: readonly Quantity[], text: string, clause: Span): boolean {
  const counted = (q: Quantity) => (q.role === 'killed' || q.role === 'injured') && (q.value ?? 1) > 0;
  const told = (role: 'killed' | 'injured') => (tollFromWords(text, clause, role)?.value ?? 0) > 0;
  return quantities.some(counted) || told('killed') || told('injured');
}

/**
 * "five days after their start", "بعد أيام من انطلاقها": a span counted from the start of the act itself
 * recalls no earlier incident.
 */
const OWN_START =
  /^\s*(?:(?:their|its)\s+(?:start|beginning|launch)\b|(?:انطلاق|بد[ءئ]|بدايت)(?:ها|هم)(?![\u0621-\u064a]))/i;

/** Whether the frame recalls an earlier incident ("days after the bombing"), not the start of its own act. */
function recalls(frame: Frame, text: string): boolean {
  return (
    frame.background && !OWN_START.test(text.slice(frame.backgroundSpan![1], frame.backgroundSpan![1] + 30))
  );
}

/** A date the words before it tie to an incident of the sentence, even one outside this clause. */
function occurredOn(t: { span: readonly [number, number] }, text: string): boolean {
  return OCCURRED_ON.test(text.slice(Math.max(0, t.span[0] - 24), t.span[0]));
}

/**
 * The clause's date: the nearest time expression, a day before a month before a year (a clause that gives
 * "on Tuesday" and "since March 2011" tells its incident's day; the month is background).
 */
function nearestTime(frame: Frame, times: Frame['view']['times'], text: string): DateRef | null {
  const at = mainTrigger(frame).start;
  // A weekday is often a name ("صلاة الجمعة", Friday prayers) where a written date is not; a date the text
  // ties to the incident ("the attack, which took place on Wednesday") beats one nearer to the trigger.
  const cost = (t: Frame['view']['times'][number]) =>
    Math.abs(tokenAt(frame.view, t.span[0]) - at) +
    PRECISION_COST[t.precision] +
    (/weekday/i.test(t.reason ?? '') ? WEEKDAY_COST : 0) +
    (SAID_ON.test(text.slice(Math.max(0, t.span[0] - 24), t.span[0])) ? SAID_COST : 0) -
    (occurredOn(t, text) ? OCCURRED_BONUS : 0);
  // A clause that recalls an earlier incident dates what happens now before the trigger, not the incident.
  const dated = times.filter(
    (t) =>
      t.value !== null &&
      (!recalls(frame, text) || tokenAt(frame.view, t.span[0]) >= at) &&
      !datesABlame(t, text),
  );
  // The cheapest, the earliest among equals (each cost computed once: it reads the text before the date).
  let t: (typeof dated)[number] | undefined;
  let best = Infinity;
  for (const candidate of dated) {
    const c = cost(candidate);
    if (c < best) [t, best] = [candidate, c];
  }
  return t ? asIncidentDate(t) : null;
}

function datesABlame(t: { span: readonly [number, number] }, text: string): boolean {
  return (
    BLAMED_AFTER.test(text.slice(t.span[1], t.span[1] + 16)) ||
    BLAMED_BEFORE.test(text.slice(Math.max(0, t.span[0] - 32), t.span[0]))
  );
}

/** Days a run of days may span and still date an incident by its first day. */
const DAY_RUN = 7;

/**
 * "في العشر الأواخر من رمضان", "between 3 and 28 June": a run of weeks is a season of the news, often of
 * a speech about the incident; it does not date the incident. A run of years ("in the 1990s") keeps its
 * first year: a record holds no range, and an incident left undated would take the publication day and
 * turn current.
 */
function asIncidentDate(t: Frame['view']['times'][number]): DateRef | null {
  const long = t.precision === 'day' && t.end && Date.parse(t.end) - Date.parse(t.value!) > DAY_RUN * DAY_MS;
  return long ? null : { value: t.value!, precision: t.precision, spans: [t.span] };
}

/**
 * The first toll of a role in the clause; vague amounts ("dozens") give no number, and a harmless
 * incident's zero none either.
 */
export function count(
  quantities: Quantity[],
  role: 'killed' | 'injured',
  harmless: boolean,
  text: string,
): CountRef | null {
  const at = quantities.findIndex((x) => x.role === role && x.value !== null && !(harmless && x.value === 0));
  if (at < 0) return null;
  const q = quantities[at];
  const ref: CountRef = { value: q.value!, qualifier: q.qualifier, spans: spansOf(q) };
  // "Three policemen, five civilians and a bystander were killed": the verb after the list reached only
  // its last figures; counted nouns listed before them by commas share their fate.
  for (let k = at - 1; k >= 0 && listedBefore(quantities[k], quantities[k + 1], text); k--) {
    ref.value += quantities[k].value!;
    ref.spans.unshift(...spansOf(quantities[k]));
  }
  // "two men from X and three men from Y": figures given per side add up to the incident's toll.
  let prev = q;
  for (const next of quantities.slice(at + 1)) {
    if (!perSide(prev, next, role, text)) break;
    ref.value += next.value!;
    ref.spans.push(...spansOf(next));
    prev = next;
  }
  return ref;
}

const spansOf = (q: Quantity): Span[] => (q.nounSpan ? [q.span, q.nounSpan] : [q.span]);
/** Where a figure's words end: its noun span may lie before the number ("مصرع سبعة"). */
const endOf = (q: Quantity): number => Math.max(q.span[1], q.nounSpan?.[1] ?? 0);
/** Words that make the next figure a part of the first, not another side ("including 3 children"). */
const SUBSET = /\b(?:including|among|of them|of whom|out of)\b|بينهم|منهم|بينها|اضافة|إضافة/i;
/** At most this many characters between two figures of one toll. */
const SIDE_GAP = 60;

/** A comma and nothing else: the figures on either side are items of one list. */
const LIST_COMMA = /^\s*[,،]\s*$/;

/**
 * The next figure is another side's share of the same toll: same role or none, same noun (or both counts
 * of some of a side), "and" or a list comma between; or "others" of the same fate told as an addition.
 */
function perSide(prev: Quantity, next: Quantity, role: string, text: string): boolean {
  if (next.value === null || (next.role !== undefined && next.role !== role)) return false;
  const shares = partitive(prev, text) && partitive(next, text);
  if (next.role === undefined && !shares && (next.noun === undefined || next.noun !== prev.noun))
    return false;
  const gap = text.slice(endOf(prev), next.span[0]);
  const joined =
    /\band\b/i.test(gap) ||
    /(?:^|\s)و\s*$/.test(gap) ||
    text[next.span[0]] === 'و' ||
    LIST_COMMA.test(gap) ||
    (next.noun === 'others' && next.role === role && ADDITION.test(gap) && !/[.;؛]/.test(gap));
  return joined && gap.length <= SIDE_GAP && !SUBSET.test(gap);
}

/**
 * "18 من مسلحي الحوثي وأربعة من عناصر المقاومة", "37 مسلحا من داعش و16 من البيشمركة", "ten of the guards":
 * a count of some of a named side, its noun between or not.
 */
const PARTITIVE = /^\s*(?:\S+\s+)?(?:من|of)\s/;
const partitive = (q: Quantity, text: string): boolean =>
  PARTITIVE.test(text.slice(q.span[1], q.span[1] + 24));

/** `before` is a counted noun with no fate of its own, listed by a comma right before `first`. */
function listedBefore(before: Quantity, first: Quantity, text: string): boolean {
  if (before.role !== undefined || before.value === null || before.noun === undefined) return false;
  return LIST_COMMA.test(text.slice(endOf(before), first.span[0]));
}

/**
 * "The conflict has killed more than 6,800 … a truce was reached in February": an agreement, a group's
 * change of course, a base set up or ground handed over kills no one; a toll in its clause is another's.
 */
const BLOODLESS = new Set<SubEventType>([
  'Agreement',
  'Change to group/activity',
  'Headquarters or base established',
  'Non-violent transfer of territory',
]);

/**
 * A peaceful march or a strategic move hurts no one by what it is: a count told with or after it is
 * someone else's.
 *
 * @example takesNoToll('Peaceful protest') === true
 */

export function takesNoToll(sub: SubEventType | undefined): boolean {
  return sub === 'Peaceful protest' || (sub !== undefined && eventTypeOf(sub) === 'Strategic developments');
}
