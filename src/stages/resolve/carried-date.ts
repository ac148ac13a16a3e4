import type { Document, EventRecord, Genre } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { DAY_MS } from '../../core/day-ms.js';
import { dateRef } from '../../core/record-refs.js';
import { packedMap } from '../../core/packed-map.js';
import { lastAtOrBefore } from '../../core/sorted-numbers.js';
import type { Placed } from './placed.js';
import { toldDay } from './told-day.js';
import { properlyNamed } from './proper-incident-name.js';
import { toldAsEarlier } from './pluperfect-telling.js';

/** Characters between a town and the incident noun it names ("the Rampur mill massacre"). */
const NAMED_GAP = 8;
/** "were attacked", "burned": words between a town and a trigger that tell an act, not name an incident. */
const PAST_VERB = /\b(?:was|were|is|are|has|have|had)\b|\w+ed\s*$/i;
/** An article or a stop between a town and a trigger: the town does not name the incident. */
const NEW_PHRASE = /\b(?:the|a|an)\b|[,.;:]/i;
/** Days before publication a report's lead day may lie. */
const LEAD_DAYS = 3;
/** Sentences of a report's first paragraph that may give its lead day. */
const LEAD_SENTENCES = 3;
/** Paragraphs of a report, from its first, whose undated incidents take the lead's day. */
const LEAD_PARAGRAPHS = 4;
/** A newline and any blank lines and spaces after it: one break between paragraphs. */
const PARAGRAPH_BREAK = /\n\s*/g;
/** The words for "yesterday" a lead dates the day's news with ("أمس", "بالأمس", "البارحة", "last night"). */
const YESTERDAY =
  /(?:^|[^\p{L}])(?:[وف]?(?:ب|لل|ال|بال)?[اأ]مس|[وف]?(?:ال)?بارح[ةه]|yesterday|last night)(?:[^\p{L}]|$)/iu;
/** A continuing clause within this many sentences of a dated incident takes its date. */
const DATE_CARRY = 1;
/** Genres that comment on incidents after the news of them. */
const COMMENTARY: ReadonlySet<string> = new Set<Genre>(['opinion', 'analysis']);

/**
 * "the Rampur mill massacre", "in the aftermath of Rampur train carnage": an incident named by its town
 * is a reference to something known, not the news of the day; without a date of its own it stays
 * undated. After "of" the name must be a noun ("residents of Rampur attacked the police" tells an act).
 * So is an incident told only as the time of another act ("shortly after the attack on the train, …"),
 * and one known by a capitalised name ("the Rampur Massacre").
 */
export function namedByPlace(text: string, e: EventRecord): boolean {
  const trigger = e.event_type?.spans[0];
  const place = e.location?.spans[0];
  if (!trigger) return false;
  if (properlyNamed(text, e)) return true;
  // "shortly after the attack on the train in Rampur, the ministry …": told only as what came before.
  const triggers = e.event_type?.spans ?? [];
  if (e.evidence.length === 1 && triggers.every((t) => recalledBefore(text, t, e.evidence[0]))) return true;
  // "relatives of victims of the Charlie Hebdo attack gathered on Tuesday": named by a name or a year.
  const told = e.fatalities !== null || e.injuries !== null;
  if (
    e.evidence.length === 1 &&
    !told &&
    NAMED_BY_NAME.test(text.slice(Math.max(0, trigger[0] - 60), trigger[0]))
  )
    return true;
  if (!place || place[1] > trigger[0] || trigger[0] - place[1] > NAMED_GAP) return false;
  // Told again later, it is still the known one unless a telling counts its dead ("killed 12 passengers").
  if (e.evidence.length !== 1 && (e.fatalities !== null || e.injuries !== null)) return false;
  const before = text.slice(Math.max(0, place[0] - 4), place[0]);
  const verb = PAST_VERB.test(text.slice(place[1], trigger[1]));
  // "out of Idlib the shelling has worsened": a new phrase starts between the town and the trigger.
  if (NEW_PHRASE.test(text.slice(place[1], trigger[0]))) return false;
  return /\bthe\s+$/i.test(before) || (/\bof\s+$/i.test(before) && !verb);
}

/** "of the Charlie Hebdo ", "for the 1984 ": a name or a year between "of/for/since the" and a trigger. */
const NAMED_BY_NAME =
  /\b(?:of|for|since|about|commemorat\w*|anniversary)\s+the\s+(?:(?:1[89]|20)\d\d|[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,3}\s+$/;

/** "after the", "in the wake of the": words that recall an earlier incident as the time of another act. */
const RECALLED_BEFORE = /\b(?:after|following|in the wake of)\s+the\s+$/i;

/**
 * "Shortly after the attack on the train, the ministry cancelled bookings": a trigger told after "after
 * the", in a sentence that goes on past a comma to tell what followed, names an incident already known.
 * The caller asks it of every trigger of the telling: "After the attack, gunmen fired …" tells an act too.
 */
function recalledBefore(text: string, trigger: Span, sentence: Span): boolean {
  if (!RECALLED_BEFORE.test(text.slice(Math.max(0, trigger[0] - 24), trigger[0]))) return false;
  return text.slice(trigger[1], sentence[1]).includes(',');
}

/**
 * The day a report's lead tells. A dateline report's first sentence dates its round-up, even on the
 * publication day. Any other report whose first paragraph says "yesterday" ("شهدت تركيا يوم أمس الاثنين
 * سلسلة هجمات …") tells that day's news: its next few paragraphs' undated incidents took place then. A
 * weekday there dates one incident only ("strikes killed ten on Tuesday").
 */
function leadDay(
  doc: Document,
  published: string | undefined,
  datelined: boolean,
  at: number,
): EventRecord['date'] {
  const sentences = doc.sentences ?? [];
  if (!sentences[0] || !published) return null;
  const text = doc.text ?? '';
  // A long round-up's later paragraphs turn to other fronts, told by other sources on the day of writing.
  // A blank line between paragraphs is one break, not two: the count is of paragraphs, not of newlines.
  const breaks = text.slice(sentences[0].span[0], at).match(PARAGRAPH_BREAK)?.length ?? 0;
  if (!datelined && breaks >= LEAD_PARAGRAPHS) return null;
  const end = datelined ? 1 : Math.min(LEAD_SENTENCES, sentences.length);
  const lead = sentences
    .slice(0, end)
    .filter((s, k) => k === 0 || !text.slice(sentences[0].span[0], s.span[0]).includes('\n'));
  const from = lead[0].span[0];
  const to = lead[lead.length - 1].span[1];
  const t = (doc.times ?? []).find(
    (x) =>
      x.span[0] >= from &&
      x.span[1] <= to &&
      x.precision === 'day' &&
      recent(x.value, published) &&
      (datelined || YESTERDAY.test(text.slice(x.span[0], x.span[1]))),
  );
  return t ? dateRef(t.value!, 'day', [t.span], 'report lead') : null;
}

/**
 * A day told before the incident's own first sentence. An incident whose telling runs on past this one may
 * have picked up a later day ("after buses were stoned on Friday night" — an earlier cause, told later).
 */
function toldBefore(date: NonNullable<EventRecord['date']>, item: Placed, doc: Document): boolean {
  const start = doc.sentences?.[item.first]?.span[0];
  return start === undefined || date.spans.every(([from]) => from < start);
}

const within = (at: number, [from, to]: Span) => at >= from && at < to;

/** "before, including on", "in the past, such as in": words that give a day as an example of a past habit. */
const EXAMPLE_BEFORE =
  /\b(?:before|in the past)\b[\s,]*(?:(?:including|such as|notably|most recently|as)\s+)?(?:on|in)?\s*$/i;
/**
 * "previously", "on previous occasions": a clause that tells a past habit, not the day's news ("a previously
 * unknown group" names a group; "in the past 24 hours" is the news).
 */
const PAST_HABIT =
  /\b(?:previously|on (?:a )?previous occasions?)\b(?!\s+(?:unknown|unheard|unreported|undisclosed))/i;

/**
 * "The group has shelled the town before, including on 25 January, killing six": a day given as an example
 * of what a side did in the past dates that example only, not the incidents told after it.
 */
function pastExample(doc: Document, day: Span | undefined): boolean {
  if (!day) return false;
  const text = doc.text ?? '';
  const sentence = (doc.sentences ?? []).find((s) => within(day[0], s.span));
  const from = sentence ? sentence.span[0] : Math.max(0, day[0] - 120);
  const before = text.slice(from, day[0]);
  return EXAMPLE_BEFORE.test(before) || PAST_HABIT.test(before);
}

/** "Last month", "earlier this year", «الشهر الماضي»: a span of time before the news, told by the news's own time. */
const PAST_PERIOD =
  /^(?:(?:last|past|previous) (?:week|month|year)|earlier this (?:week|month|year)|(?:ال)?(?:[أا]سبوع|شهر|عام|سنة) (?:ال)?ماضي(?:ة)?)$/i;

/**
 * "Last month two people were hurt as rockets hit a village.": a date told as a span before the news recalls
 * an older incident; the next one told, most often the next item of a round-up, is not of its time.
 */
function toldAsPastPeriod(doc: Document, spans: Span[]): boolean {
  const text = doc.text ?? '';
  return spans.length > 0 && spans.every(([a, b]) => PAST_PERIOD.test(text.slice(a, b).trim()));
}

/** A day at most `LEAD_DAYS` before publication, and not after it. */
function recent(day: string | null, published: string): boolean {
  return day !== null && day <= published && Date.parse(published) - Date.parse(day) <= LEAD_DAYS * DAY_MS;
}

/**
 * Whether the incident `k` is the one told just before the incident `i`: items stand in the order they
 * were first told, and one told earlier may run on to just before this one, but not when another incident
 * is told between its telling and this one ("launched an operation on August 24 … a car bomb in Homs …
 * Another bomb attack … the attack targeted a checkpoint": the checkpoint attack's day is not the
 * operation's). `toldAt`: the sentences each item's evidence starts in.
 */
function toldJustBefore(items: Placed[], toldAt: number[][], k: number, i: number): boolean {
  const first = items[i].first;
  if (first - items[k].last > DATE_CARRY) return false;
  const lastBefore = Math.max(...toldAt[k].filter((at) => at <= first));
  return !toldAt.some((at, j) => j !== k && j !== i && at.some((s) => lastBefore < s && s < first));
}

/**
 * The date of a dated incident told just before, else a day the incident's sentences tie to it, else the
 * lead's or the publication date (a news report's only); null when none exists. `toldAt`: the sentences
 * each item's evidence starts in (toldAtOf, computed once per article).
 */
export function carriedDate(
  items: Placed[],
  toldAt: number[][],
  i: number,
  doc: Document,
  datelined: boolean,
): EventRecord['date'] {
  // «رداً على الهجوم الذي وقع يوم الأحد، قصفت …»: a day told in the words of the act answered is that act's.
  const answer = items[i].answer;
  const answered = answer?.answering ? answer.span : null;
  const inAnswered = (spans: Span[]) => answered !== null && spans.every(([s]) => within(s, answered));
  for (let k = i - 1; k >= 0; k--) {
    if (!toldJustBefore(items, toldAt, k, i)) continue;
    const date = items[k].event.date;
    if (date && inAnswered(date.spans)) continue;
    // Each incident takes the lead's day by its own paragraph: a lead day is never passed on.
    if (date?.basis === 'report lead') continue;
    if (date && (pastExample(doc, date.spans[0]) || toldAsPastPeriod(doc, date.spans))) continue;
    if (date && items[k].event.timing?.value !== 'historical' && toldBefore(date, items[i], doc)) {
      return dateRef(date.value, date.precision, [...date.spans], date.basis ?? 'preceding incident');
    }
  }
  const published = doc.published?.value?.slice(0, 10);
  const told = toldDay(doc, items[i].first, items[i].last, published ?? null, answered);
  if (told) return told;
  // A local report filed from a town tells its round-up on its lead's day ("scattered clashes … on Monday").
  // An opinion or analysis piece is written days or weeks after the incidents it turns over: neither its
  // lead nor its publication day dates one its words leave undated.
  const event = items[i].event;
  if (COMMENTARY.has(doc.genre?.value ?? 'news') || reactedTo(event, doc.text ?? '')) return null;
  if (toldAsEarlier(event, doc.text ?? '')) return null;
  const lead = leadDay(doc, published, datelined, doc.sentences?.[items[i].first]?.span[0] ?? 0);
  if (lead) return lead;
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return null;
  // A crawl's date bounds the incident from above only: an analyst must not read it as the day of the news.
  const basis = doc.published?.from === 'retrieved' ? 'retrieval date' : 'publication date';
  return dateRef(published, 'day', [...(doc.published?.spans ?? [])], basis);
}

/**
 * "condemned the", "criticised the burning of a bus and the killing": a verb of reacting to an act, and the
 * words of its object up to the noun, in one clause; so are a reaction's own nouns ("a natural reaction for the
 * attack on", "an outburst of the killing of", "in the wake of godhra massacre"), which tell an act as older.
 */
const REACTION =
  /\b(?:condemned|condemning|criticised|criticized|criticising|criticizing|deplored|deploring|denounced|denouncing|regretted|regretting|mourned|mourning|lamented|lamenting|reaction\s+(?:to|for|against)|outburst\s+(?:of|against|over)|in\s+the\s+wake\s+of|in\s+retaliation\s+(?:for|to)|backlash\s+(?:to|against|over))\s+[^.;:,!?]{0,80}$/i;
/** ", attack on sabri mala": the words that join one act of a list to the one before it. */
const LISTED_AFTER = /^[^.;:!?]{0,60}$/;

/**
 * "The minister on Friday condemned the burning of a train in X", and nothing else tells it: an incident told
 * only as what someone reacted to is older than the reaction, which the lead's day and the publication date
 * date. Its own day unknown, it takes neither. Reactions of several speakers ("leaders condemned the attack
 * on the train … another regretted the killings") still tell it only as reacted to, when every telling is one.
 */
function reactedTo(event: EventRecord, text: string): boolean {
  const triggers = event.event_type?.spans ?? [];
  // "a natural reaction for the attack on the yatris, attack on sabri mala": a list the reaction governs whole.
  const reacted = (trigger: Span): boolean => {
    if (REACTION.test(text.slice(Math.max(0, trigger[0] - 100), trigger[0]))) return true;
    const k = triggers.indexOf(trigger);
    const before = k > 0 ? triggers[k - 1] : null;
    return before !== null && LISTED_AFTER.test(text.slice(before[1], trigger[0])) && reacted(before);
  };
  // Each piece of evidence must hold a trigger told as reacted to: one telling that is not makes it news.
  return (
    triggers.length > 0 &&
    event.evidence.every((piece) =>
      triggers.some((t) => t[0] >= piece[0] && t[1] <= piece[1] && reacted(t)),
    ) &&
    triggers.every(reacted)
  );
}

/** The index of the sentence that holds `offset`, given the sentences' starts in order. */
export function sentenceIndex(starts: readonly number[], offset: number): number {
  return Math.max(0, lastAtOrBefore(starts, offset));
}

/** The sentence each piece of each item's evidence starts in, indexed like the items. */
export function toldAtOf(items: readonly Placed[], starts: readonly number[]): number[][] {
  // Pushed (see `packedMap`): read by the merger's hottest loops.
  return packedMap(items, (item) => packedMap(item.event.evidence, ([from]) => sentenceIndex(starts, from)));
}
