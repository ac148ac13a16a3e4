import { chronologyCountry } from '../../core/chronology-entry.js';
import { namesBroker, namesOrigin, namesVenue } from '../../core/place-stance.js';
import type { Document, Mention, PlaceRef } from '../../core/records.js';
import { visitorCountries } from '../../core/visitor-nationality.js';
import type { BuildContext } from './event-builder.js';
import { townsOfAreas } from './place-memory.js';
import { aircraftAtWork } from './raids-on-places.js';
import type { SentenceView } from './sentence-view.js';

/**
 * What the event builder reads of the whole article rather than of one sentence: the countries it names, the
 * country its places mostly lie in, whose people it names as visitors, a chronology entry's lead sentence,
 * and the areas it puts in a town.
 */
export interface ArticleFacts extends Omit<BuildContext, 'townBefore' | 'countryBefore'> {
  /** Areas the article places in a town, by the area's entity id (see `townsOfAreas`). */
  areaTowns: ReadonlyMap<string, Mention>;
}

/**
 * The article-wide facts of `doc`, read once. Each reads every mention (and the words around most), which
 * only a sentence with an incident's frame needs: a third of the articles have none, so the extract stage
 * asks for them on its first frame, not before its first sentence.
 *
 * @example articleFacts(doc, views).home // 'SY' for an article whose places lie mostly in Syria
 */
export function articleFacts(doc: Document, views: readonly SentenceView[]): ArticleFacts {
  const text = doc.text ?? '';
  const mentions = doc.mentions ?? [];
  const countryNames = new Map<string, string>();
  const placeCounts = new Map<string, number>();
  for (const m of mentions) {
    if (m.kind === 'country' && m.place?.country) countryNames.set(m.place.country, m.name);
    // A nationality ("the German news agency") tells no place; names of places and countries do, but not
    // where a shot came from: "a rocket fired from across the border hit X" is told from X's country; nor
    // the broker of a truce ("despite a ceasefire brokered by Ruritania, shells hit X"), nor the venue of a
    // summit ("against a summit being held in Ruritania").
    if (
      m.place?.country &&
      m.via !== 'demonym' &&
      !namesOrigin(m, text, 0) &&
      !namesBroker(m, text) &&
      !namesVenue(m, text)
    )
      placeCounts.set(m.place.country, (placeCounts.get(m.place.country) ?? 0) + 1);
  }
  const home = [...placeCounts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const entry = chronologyCountry(doc);
  let aircraft: boolean | undefined;
  const chronologyLead = entry ? (views.find((v) => v.span[1] > entry.span[1] + 2)?.span ?? null) : null;
  return {
    text,
    countryNames,
    home,
    visitors: visitorCountries(mentions, text),
    // Asked of few frames (a state's bare raids): its cues are found then, not for every article.
    aircraftTold: () => (aircraft ??= aircraftAtWork(views)),
    chronologyLead,
    areaTowns: townsOfAreas(mentions, text),
  };
}

/**
 * The builder's context for one sentence: the article's facts and what the sentence before told. Written
 * as a literal: a spread that adds keys its source lacks (`{ ...facts, townBefore, countryBefore }`) is
 * copied through V8's runtime, about 5 µs a copy on Node 20 against some 0.1 µs for the literal, and the
 * extract stage makes one for each sentence with frames (2,183 a corpus pass, 2.3% of the stage's time).
 *
 * @example withSentenceBefore(facts, null, 'SY').countryBefore === 'SY'
 */
export function withSentenceBefore(
  facts: ArticleFacts,
  townBefore: PlaceRef | null,
  countryBefore: string | null,
): BuildContext {
  return {
    text: facts.text,
    countryNames: facts.countryNames,
    home: facts.home,
    visitors: facts.visitors,
    aircraftTold: facts.aircraftTold,
    chronologyLead: facts.chronologyLead,
    townBefore,
    countryBefore,
  };
}
