import type { Mention } from '../../core/records.js';
import type { Frame } from './frame-builder.js';
import { REFERENCE } from './reference-places.js';
import { tokenAt } from './sentence-view.js';
import { spacedListJoin } from './spaced-lists.js';

// Places a clause lists ("Majzar, Sirwah and al-Jufainah"): one event each. place-finder picks the
// incident's first place; these say which places are listed with it.

/** Joins between places that make a list ("Majzar, Sirwah and al-Jufainah"); a bare space does not ("X Raqqa"). */
export const LIST_GLUE = /^\s*(?:(?:,|،|و|\band\b|\bor\b|او)\s*)+$/i;

/**
 * Places that can stand in a list: the ranked ones, and those joined by "و"/"and" to a ranked one, which
 * share its locative ("في X وY"), but not a landmark ("شمال X").
 */
export function listable(places: Mention[], frame: Frame, text: string, ranked: Mention[]): Mention[] {
  // A list may run past the trigger's reach: its first member, in reach, carries the rest.
  const inWindow = (m: Mention) => {
    const at = tokenAt(frame.view, m.span[0]);
    return at >= frame.from && at < frame.to && m.place?.precision !== 'country' && m.via !== 'demonym';
  };
  const landmark = (m: Mention) =>
    REFERENCE.test(text.slice(Math.max(frame.view.span[0], m.span[0] - 14), m.span[0]));
  const sorted = places.filter((m) => inWindow(m) && !landmark(m)).sort((a, b) => a.span[0] - b.span[0]);
  const out = [...ranked];
  sorted.forEach((m, i) => {
    const prev = sorted[i - 1];
    if (out.includes(m) || !prev || !out.includes(prev)) return;
    if (!opensStretch(text, prev) && glued(prev, m, sorted, text)) out.push(m);
  });
  // "offices in Lakhpur and Rurania were stormed": a list's earlier places, out of a verb's reach, join it too.
  for (let i = sorted.length - 2; i >= 0; i--) {
    const [m, next] = [sorted[i], sorted[i + 1]];
    if (!out.includes(m) && out.includes(next) && glued(m, next, sorted, text)) out.push(m);
  }
  return out;
}

/** A landmark named in a list ("X north of Y and Z"): the list goes on after it. */
const THROUGH_LANDMARK =
  /^\s*(?:(?:north|south|east|west)(?:ern)?\s+of\s+|[وب]?(?:شمال|جنوب|شرق|غرب)[يى]?\s+)\S+(?:[\s,،]|و|and)*$/i;

/**
 * "between Tikrit and Kirkuk", "the road linking X and Y", "بين X و Y", "بين مدينتي X و Y": two ends of one
 * stretch of road; "near Tulkarm and Qalqilya", "in the vicinity of three villages named one after another":
 * the surroundings of one spot. Either way the towns listed place one incident, not one each as "shelling on
 * Damascus, Aleppo and Idlib" does. The Arabic nouns of the ends (dual «مدينتي», plural «بلدات») may be
 * written with the Persian yeh «ی».
 */
const BETWEEN =
  /(?:\b(?:between|connecting|linking|near|nearby|in the vicinity of|close to|not far from)|(?:^|\s)ب[يی]ن)\s+(?:the\s+)?(?:towns?\s+of\s+|cities\s+of\s+|(?:مد[يی]نت[يیى]|بلدت[يیى]|قر[يی]ت[يیى]|مدن|بلدات|قر[ىی])\s+)?$/i;
/** How far before a list's first place the word that makes it one stretch is looked for, in characters. */
const BETWEEN_REACH = 24;

/** The place opens a list of one stretch or one surroundings ("between X and Y", "near X and Y"). */
function opensStretch(text: string, place: Mention): boolean {
  return BETWEEN.test(text.slice(Math.max(0, place.span[0] - BETWEEN_REACH), place.span[0]));
}

/** "the provinces of", "بمحافظات": towns listed after it are named for their provinces. */
const PROVINCES_BEFORE =
  /(?:\b(?:provinces?|governorates?|districts?)\s+of|(?:^|\s)[وفب]?(?:محافظات|محافظتي|محافظة|ولايات|ولاية))\s+$/i;
/** A conjunction in a list's glue: "and", "or", "و" — not a bare comma, which may put a town in its area. */
const CONJUNCTION = /(?:\band\b|\bor\b|(?:^|\s)و|او)/i;

/**
 * "consulates in Lakhpur and Rurania were stormed": the chosen town, nearest a trigger after it, may close a
 * list; the towns listed before it, joined by a conjunction somewhere along the list, share its incident and
 * open the run. Two places joined by a bare comma ("Lakhpur, Rurania") are a place and its area; a list of
 * provinces ("in the provinces of A and B") says only where witnesses or a campaign were.
 */
function listedBefore(first: Mention, candidates: Mention[], text: string): Mention[] {
  if (first.place?.precision !== 'town') return [];
  const earlier = candidates
    .filter((c) => c.span[1] <= first.span[0] && c.place?.precision === 'town')
    .sort((a, b) => b.span[0] - a.span[0]);
  const chain: Mention[] = [];
  let next = first;
  let conjoined = false;
  for (const m of earlier) {
    const gap = text.slice(m.span[1], next.span[0]);
    if (!(LIST_GLUE.test(gap) || spacedListJoin(m, next, candidates, text)) || opensStretch(text, m)) break;
    conjoined ||= CONJUNCTION.test(gap);
    chain.unshift(m);
    next = m;
  }
  const provinces =
    chain.length > 0 &&
    PROVINCES_BEFORE.test(text.slice(Math.max(0, chain[0].span[0] - 20), chain[0].span[0]));
  return conjoined && !provinces ? chain : [];
}

/** What is written between two places joins them into a list. */
function joins(gap: string): boolean {
  return LIST_GLUE.test(gap) || THROUGH_LANDMARK.test(gap);
}

/** What is written between two places joins them into a list, or they are towns of a comma-stripped list. */
function glued(prev: Mention, next: Mention, places: readonly Mention[], text: string): boolean {
  return joins(text.slice(prev.span[1], next.span[0])) || spacedListJoin(prev, next, places, text);
}

/** A comma alone between two places: "Putshahi, Lolab". */
const BARE_COMMA = /^\s*[,،]\s*$/;
/**
 * A list that goes on after its second place: "Ahmedabad, Surat, Sabarkantha and Rajkot" — not an "and"
 * that joins a verb ("in Putshahi, Lolab and shot him"), nor the comma that closes an apposition before the
 * verb ("a man from Putshahi, Lolab, was shot").
 */
const LIST_GOES_ON =
  /^\s*(?:[,،](?!\s*(?:was|were|is|are|has|have|had|who|which|whose)\b)|(?:and|or)\s+(?:the\s+)?\p{Lu}|و)/u;

/** The chosen place, the places listed with it, and any later list of places in the clause. */
export function listedWith(
  first: Mention,
  candidates: Mention[],
  text: string,
  modifier: boolean,
): Mention[] {
  const later = [
    ...listedBefore(first, candidates, text),
    first,
    ...candidates.filter((c) => c.span[0] > first.span[0]),
  ].sort((a, b) => a.span[0] - b.span[0]);
  // Runs of places joined by commas and "and"; the chosen place's run, and any later list of two or more
  // ("Baghdad and other cities, among them Basra, Najaf and Karbala"). A list after "near" or "between" is
  // one place, its first, standing for all it lists ("near A, B and C": A, a list of three).
  // A run that has left a place out already stands for one stretch: it takes no more.
  const runs: { places: Mention[]; listed: number }[] = [];
  for (const [k, m] of later.entries()) {
    const run = runs.at(-1);
    const prev = later[k - 1];
    if (run && prev && glued(prev, m, later, text)) {
      if (run.places.length === run.listed && !opensStretch(text, prev)) run.places.push(m);
      run.listed++;
    } else runs.push({ places: [m], listed: 1 });
  }
  // "in Putshahi, Lolab": two places joined by a bare comma, the list going no further, are a place and the
  // area it lies in, not a list of two, which takes "and"; the first, nearer the incident, stays.
  for (const [i, { places, listed }] of runs.entries())
    if (
      listed === 2 &&
      places.length === 2 &&
      BARE_COMMA.test(text.slice(places[0].span[1], places[1].span[0])) &&
      !LIST_GOES_ON.test(text.slice(places[1].span[1], places[1].span[1] + 8))
    )
      runs[i] = { places: [places[0]], listed: 1 };
  // A later run of provinces after a town is a reference ("bordering Kirkuk and Salah al-Din").
  const regional = (run: Mention[]) => run.every((m) => m.place?.precision === 'region');
  // A place that names the incident before its trigger ("the Kathua killings") owns no later list: the
  // towns further on are where something else happens.
  // Pushed, not `flatMap`ped: the flatMap over one or two runs was this function's costliest line in a
  // steady profile of the corpus (0.17% of the whole run).
  const out: Mention[] = [];
  for (const [i, { places, listed }] of runs.entries())
    if (i === 0 || (!modifier && listed > 1 && !(regional(places) && !regional(runs[0].places))))
      out.push(...places);
  // "Pittsburgh, Pennsylvania": a region listed with a town of its own says where the town lies.
  const enclosingRegion = (m: Mention) =>
    m.place?.precision === 'region' &&
    !!m.place.admin1 &&
    out.some(
      (o) =>
        o.place?.precision !== 'region' &&
        o.place?.country === m.place!.country &&
        o.place?.admin1 === m.place!.admin1,
    );
  return out.filter((m, i) => out.findIndex((o) => o.entity_id === m.entity_id) === i && !enclosingRegion(m));
}

/** What joins a stretch's two ends: "between X and Y", "the X-Y road". */
const STRETCH_JOIN = /^(?:-|\s+and\s+(?:the\s+)?)$/;

/**
 * "between Lakhpur and Rampur in Ostmark", "the Lakhpur-Rampur road in Ostmark": the second end of a stretch,
 * chosen because the province is named right after it, gives way to the first end, as a stretch named alone
 * is placed ("the Lakhpur-Rampur road" at Lakhpur): either end is as near, and one rule picks the same end.
 *
 * @example stretchStart(rampur, places, 'a bus between Lakhpur and Rampur in Ostmark').name // 'Lakhpur'
 */
export function stretchStart(end: Mention, places: readonly Mention[], text: string): Mention {
  const first = places.find(
    (m) =>
      m.span[1] <= end.span[0] &&
      m.place?.precision === end.place?.precision &&
      STRETCH_JOIN.test(text.slice(m.span[1], end.span[0])),
  );
  return first ?? end;
}
