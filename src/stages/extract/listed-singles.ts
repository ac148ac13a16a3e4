// "A policeman, a guard and two passers-by were killed", "killing a soldier, a nurse and three civilians":
// single people listed beside the counts of one toll, each one more victim of the same fate. The counts
// themselves are the quantities `count` reads; this reads the singles between and around them.
import type { Quantity } from '../../core/records.js';
import type { Span } from '../../core/span.js';

/**
 * A word of a single person's name: no "and", no preposition ("a suburb of the city" is a place), no verb
 * or fate of a clause of its own, no amount ("an unknown number").
 */
const WORD = String.raw`(?!(?:and|of|in|at|on|from|near|was|were|is|are|had|has|have|been|killed|dead|died|wounded|injured|hurt|kidnapped|abducted|seized|arrested|unknown|unspecified|undisclosed|undetermined|number|group|few|total|series|dozen|couple|day|week|month|year|time|string|spate|wave|result)\b)`;
/**
 * Beasts a list of the dead may name beside people ("three villagers and their cattle"): no victim. Only
 * the last word is asked, so "a sheep herder" is still a person; plurals in -s are no single anyway.
 */
const BEAST = String.raw`(?!(?:cattle|livestock|sheep|poultry|oxen|ox|cow|bull|calf|camel|goat|horse|donkey|mule|buffalo|dog|pet|herd|flock|animal)\b)`;
/**
 * One person of a list, named by a determiner and up to four words, the last not a plural ("a policeman",
 * "an off-duty police officer", "one election official", "his driver"), nor a verb ("A firefight ensued",
 * "one seriously"), nor a beast, and no subject of a past-tense verb after it ("an official attributed").
 */
const SINGLE = String.raw`(?:[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir) (?:${WORD}[\w'’.-]+ ){0,3}${WORD}${BEAST}[\w'’-]+(?<!s|men|ed|ly)(?!\s+[a-z]+ed\b)`;
/** How far, in characters, a single person and its separator may reach from a count ("a police officer, "). */
const SINGLE_REACH = 80;
/** How far back, in characters, the opening of a list may stand from its first entry ("On Monday, "). */
const OPENS_REACH = 80;
/** How far back, in characters, the casualty verb before a list's first single may stand ("killing "). */
const VERB_REACH = 30;
/** How far, in characters, the words of a count with no known noun may run ("three hill porters"). */
const PLURAL_REACH = 40;
/** A single person right before a list separator that ends the text: its words in group 1. */
const SINGLE_BEFORE = new RegExp(String.raw`(?:^|[\s(])(${SINGLE})(?:,\s*(?:and\s+)?|,?\s+and\s+)$`, 'd');
/** A list separator, then a single person who is no subject of a verb of its own: its words in group 1. */
const SINGLE_AFTER = new RegExp(
  String.raw`^(?:,\s*(?:and\s+)?|,?\s+and\s+)(${SINGLE})\b(?!,?\s+(?:was|were|is|are|had|has|have|who)\b|['’]s\b)`,
  'd',
);
/** "porters" in "three porters": the words of a count whose noun the lexicon does not know, a plural last. */
const PLURAL_WORDS = /^(?:\s+[\w'’-]+){0,2}?\s+[a-z][\w'’-]*s\b/;
/** A verb or fate in a count's words: the list it ends is told. */
const TOLD = /\b(?:was|were|is|are|had|has|have|been|killed|dead|died|wounded|injured|hurt)\b/i;
/** ", ", ", and ": what joins two counts of a list (a bare "and" is left to `count`'s own reading). */
const SEPARATOR = /^\s*,\s*(?:and\s+)?$/;
/** " and ", ", and ": what joins the last count of a list to the single people before it ("a nurse and three"). */
const LAST_JOIN = /^\s*,?\s+and\s+$/;
/** A sentence's start, with a short opening phrase of time or place ("On Monday, ", "In the blast, "). */
const OPENING = String.raw`(?:^|[.!?]\s+)(?:(?:On|In|At|During|Early|Late|Later|Yesterday|Last|This)\b[^,.;!?]{0,60},\s+)?`;
/**
 * "the bodies of three herders", "the deaths of a nurse and two guards", "the martyrdom of six civilians":
 * the dead, named by a noun before them.
 */
export const DEATHS_OF = String.raw`\b(?:bodies|deaths?|martyrdom)\s+of\s+(?:the\s+)?`;
/** The casualty verb, or the noun of the dead, right before a list of victims: its fate. */
const VERB_BEFORE: Record<'killed' | 'injured', RegExp> = {
  killed: new RegExp(
    String.raw`(?:\b(?:killing|killed|murdering|murdered|shot dead|gunned down)\s+|${DEATHS_OF})$`,
  ),
  injured: /\b(?:wounding|wounded|injuring|injured)\s+$/,
};
/**
 * Where a list of victims may open: a sentence's start, after a short opening phrase, right after the
 * casualty verb (or noun) it is the object of, or after "left".
 */
const LIST_OPENS: Record<'killed' | 'injured', RegExp> = {
  killed: new RegExp(String.raw`(?:${OPENING}|\bleft\s+)$|${VERB_BEFORE.killed.source}`),
  injured: new RegExp(String.raw`(?:${OPENING}|\bleft\s+)$|${VERB_BEFORE.injured.source}`),
};

/**
 * "killed a ferryman, a cook and three porters": the fate of a count that ends a list of single people
 * opened right after a casualty verb.
 *
 * @example roleOfListBefore('killed a ferryman, a cook and three porters', 29) // 'killed'
 */
export function roleOfListBefore(text: string, start: number): 'killed' | 'injured' | undefined {
  let at = start;
  for (let single = singleBefore(text, at); single; single = singleBefore(text, at)) at = single[0];
  if (at === start) return undefined;
  const lead = text.slice(Math.max(0, at - VERB_REACH), at);
  return (['killed', 'injured'] as const).find((r) => VERB_BEFORE[r].test(lead));
}

/** Where the single person listed right before `start` stands, if one does. */
function singleBefore(text: string, start: number): Span | null {
  const from = Math.max(0, start - SINGLE_REACH);
  const before = text.slice(from, start);
  // SINGLE_BEFORE ends with its separator, "," or "and" and spaces: a text ending otherwise (most do) is not
  // tried at each of its positions.
  const end = before.trimEnd();
  if (!end.endsWith(',') && !end.endsWith('and')) return null;
  const [a, b] = SINGLE_BEFORE.exec(before)?.indices?.[1] ?? [-1, -1];
  return a < 0 ? null : [from + a, from + b];
}

/** The singles listed around a run of counts: how many more, and where each is told. */
export interface ListedSingles {
  value: number;
  spans: Span[];
}

/**
 * The single people listed beside the counts `quantities[first..last]` of one toll (a count with no fate
 * of its own, listed between them, counts too): a list that opens where a list of victims may (a
 * sentence's start, or right after the casualty verb). None when the counts stand in no such list.
 *
 * @example listedSingles(quantities, 0, 0, 'killed', 'A guard, a nurse and two drivers were killed').value // 2
 */
export function listedSingles(
  quantities: readonly Quantity[],
  first: number,
  last: number,
  role: 'killed' | 'injured',
  text: string,
): ListedSingles | null {
  // "No one was hurt" counts no one to list beside.
  if (quantities[last].value === 0) return null;
  const spans: Span[] = [];
  let value = 0;
  // A count listed beside the run: no fate, or this one, and a noun of people or a plural the lexicon does
  // not know.
  const wordsEnd = (q: Quantity) =>
    q.noun !== undefined
      ? endOf(q)
      : q.span[1] + (PLURAL_WORDS.exec(text.slice(q.span[1], q.span[1] + PLURAL_REACH))?.[0].length ?? 0);
  const listed = (q: Quantity) =>
    q.value !== null && (q.role ?? role) === role && (q.noun !== undefined || wordsEnd(q) > q.span[1]);
  // "two porters, a cook and three drivers": singles listed between two counts of the run, told by neither.
  for (let k = first; k < last; k++) {
    const between = singlesBetween(text, wordsEnd(quantities[k]), quantities[k + 1].span[0]);
    value += between.length;
    spans.push(...between);
  }
  let start = quantities[first].span[0];
  let i = first;
  for (;;) {
    const before = i > 0 ? quantities[i - 1] : undefined;
    if (before && listed(before) && SEPARATOR.test(text.slice(wordsEnd(before), start))) {
      value += before.value!;
      spans.unshift(before.span);
      start = before.span[0];
      i--;
      continue;
    }
    const single = singleBefore(text, start);
    // A single that holds a count's words is that count, told already or of another toll.
    if (!single || (before && wordsEnd(before) > single[0])) break;
    value += 1;
    spans.unshift(single);
    start = single[0];
  }
  let end = wordsEnd(quantities[last]);
  // "Two men were killed and another injured": a count whose words run on to its verb ends the list; so
  // does "killing three workers, one …" or "One guard, a retired soldier, …": a plural count or a "one",
  // the singles after its comma an aside on who they are.
  const lastCount = quantities[last];
  const numeral = lastCount.value !== 1 || /^one\b/i.test(text.slice(lastCount.span[0]));
  const next = quantities[last + 1];
  const aside =
    numeral &&
    /^\s*,(?!\s*and\b)/.test(text.slice(end)) &&
    !(next && listed(next) && singlesBetween(text, end, next.span[0]).length > 0);
  const verbless = !aside && !TOLD.test(text.slice(lastCount.span[1], end));
  let j = last;
  let singlesAfter = 0;
  while (verbless) {
    const after = quantities[j + 1];
    const gap = after ? text.slice(end, after.span[0]) : '';
    if (after && listed(after) && (SEPARATOR.test(gap) || (singlesAfter > 0 && LAST_JOIN.test(gap)))) {
      value += after.value!;
      spans.push(after.span);
      end = wordsEnd(after);
      j++;
      continue;
    }
    const single = SINGLE_AFTER.exec(text.slice(end, end + SINGLE_REACH));
    const [a, b] = single?.indices?.[1] ?? [0, 0];
    if (!single || (after && after.span[0] < end + b)) break;
    value += 1;
    singlesAfter++;
    spans.push([end + a, end + b]);
    end += b;
  }
  if (value === 0 || !LIST_OPENS[role].test(text.slice(Math.max(0, start - OPENS_REACH), start))) return null;
  return { value, spans };
}

/**
 * Where the single people listed after a count's words at `from` stand, when a list separator after the
 * last of them leads on to the count at `countStart`; none when they do not lead there. Singles that run on
 * so after a count's comma continue the list ("two soldiers, a nurse and three civilians"): they are no
 * aside on who the first count's people were.
 */
function singlesBetween(text: string, from: number, countStart: number): Span[] {
  const spans: Span[] = [];
  let at = from;
  for (let single = SINGLE_AFTER.exec(text.slice(at, at + SINGLE_REACH)); single;) {
    const [a, b] = single.indices![1];
    if (at + b > countStart) break;
    spans.push([at + a, at + b]);
    at += b;
    if (LAST_JOIN.test(text.slice(at, countStart)) || SEPARATOR.test(text.slice(at, countStart)))
      return spans;
    single = SINGLE_AFTER.exec(text.slice(at, at + SINGLE_REACH));
  }
  return [];
}

/** Where a count's words end: its noun span may run past the number. */
const endOf = (q: Quantity): number => Math.max(q.span[1], q.nounSpan?.[1] ?? 0);
