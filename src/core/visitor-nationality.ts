import type { Mention } from './records.js';
import { guardedPattern } from './text/guarded-pattern.js';

// A nationality the text gives foreigners at work, travel or in exile: "an Italian aid worker", "two Croatian
// truck drivers", "German tourists", "his German passport", "a Dutch citizen", "a Danish missionary". Such
// people are abroad, so their nationality is the one country the incident is most likely not in. Both the extract stage (which country a clause is in) and the
// resolve stage (which country an article's unplaced events lie in) ask. English only for now.

/** What foreigners at work or travel are called. */
const VISITORS = String.raw`(?:nationals?|passports?|tourists?|truck\s+drivers?|truckers?|lorry\s+drivers?|aid\s+workers?|engineers?|contractors?|technicians?|citizens?|businessm[ae]n|missionar(?:y|ies)|exiles?)`;
/** Their name right after their nationality (two words may stand between): "an Italian aid worker". */
const VISITORS_AFTER = new RegExp(String.raw`^\s+(?:[a-z-]+\s+){0,2}?${VISITORS}\b`);
/**
 * Their name before, the nationalities then told one by one: "two tourists, one Dutch and one Irish", "engineers
 * (a German and a Briton)", "three tourists who had come by boat, one Dutch and two Irish".
 */
const VISITORS_BEFORE = guardedPattern(
  new RegExp(
    String.raw`\b${VISITORS}(?:\s+(?:who|that)\s[^,.;()]{0,40})?\s*[,(:–—-]\s*(?:(?:one|two|three|four|an?)\s+)?(?:\p{Lu}[\p{L}-]*\s*,?\s+(?:and\s+)?(?:(?:one|two|three|four|an?)\s+)?){0,2}$`,
    'u',
  ),
  // Every alternative of VISITORS holds one.
  'national passport tourist truck lorry aid engineer contractor technician citizen businessm missionar exile',
);

/**
 * A few people of one nationality singled out among the victims or the people at a scene: "wounding twenty,
 * including two Ruritanians", "hostages, most of them Ruritanians". The others are the locals; the few named
 * apart are foreigners there. Only a nationality standing as a noun (a plural, then the clause ends or goes on
 * with "and"): "including two Ruritanian policemen" names the locals' police.
 */
const SINGLED_OUT_BEFORE = guardedPattern(
  /\b(?:including|among\s+them|most\s+of\s+them)\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|\d+)\s+)?$/i,
  'including among most',
);
/** The end of a plural nationality standing as a noun (its "s" in the span or right after it). */
const NOUN_PLURAL_END = /^s?\s*(?:[,.;)]|and\b|$)/;

function singledOut(m: Pick<Mention, 'span'>, text: string): boolean {
  const after = text.slice(m.span[1], m.span[1] + 6);
  return (
    (text[m.span[1] - 1] === 's' || after.startsWith('s')) &&
    NOUN_PLURAL_END.test(after) &&
    SINGLED_OUT_BEFORE.test(text.slice(Math.max(0, m.span[0] - 40), m.span[0]))
  );
}

/**
 * Whether a nationality names foreigners at work or travel.
 *
 * @example namesVisitors(italianMention, 'an Italian aid worker was kidnapped') // true
 * @example namesVisitors(irishMention, 'two tourists, one Dutch and one Irish') // true
 */
export function namesVisitors(m: Pick<Mention, 'span' | 'via'>, text: string): boolean {
  return (
    m.via === 'demonym' &&
    (VISITORS_AFTER.test(text.slice(m.span[1], m.span[1] + 40)) ||
      VISITORS_BEFORE.test(text.slice(Math.max(0, m.span[0] - 100), m.span[0])) ||
      singledOut(m, text))
  );
}

/** "the" right before a nationality: people told of again ("the Italian worker"), not others. */
const TOLD_AGAIN = /\bthe\s+$/i;

/**
 * The countries of the foreigners at work or travel a text names: its later nationalities of these countries
 * mostly tell the same people again ("an Italian aid worker … the Italian worker was wounded"). Not a country
 * whose people the text also names otherwise ("Afghan authorities … an Afghan aid worker", "an Iraqi truck
 * driver and two other Iraqis"): there the nationality is the locals'.
 *
 * @example visitorCountries(mentions, 'an Italian aid worker … the Italian was freed') // Set { 'IT' }
 */
export function visitorCountries(mentions: readonly Mention[], text: string): Set<string> {
  const visitors = new Set<string>();
  const locals = new Set<string>();
  for (const m of mentions) {
    if (m.via !== 'demonym' || !m.place?.country) continue;
    if (namesVisitors(m, text)) visitors.add(m.place.country);
    else if (!TOLD_AGAIN.test(text.slice(Math.max(0, m.span[0] - 8), m.span[0]))) locals.add(m.place.country);
  }
  for (const code of locals) visitors.delete(code);
  return visitors;
}

/**
 * Whether `m` is a nationality of one of `visitors` (see `visitorCountries`): foreigners, or them told again.
 *
 * @example ofVisitors(theItalianMention, new Set(['IT'])) // true
 */
export function ofVisitors(m: Pick<Mention, 'via' | 'place'>, visitors: ReadonlySet<string>): boolean {
  return m.via === 'demonym' && visitors.has(m.place?.country ?? '');
}
