import type { Document, Mention, Token } from '../../core/records.js';
import type { Stage } from '../../core/stage.js';
import { packedMap } from '../../core/packed-map.js';
import { normalizeForMatching } from '../../core/text/normalize.js';
import type { Span } from '../../core/span.js';
import type { KnowledgeBase } from './kb-types.js';
import { matchNames } from './mention-matcher.js';
import { withoutNameParts } from './name-parts.js';
import { withoutLongerNameParts } from './longer-place-names.js';
import { withoutNamesElsewhere } from './named-elsewhere.js';
import { withoutPossessorTowns } from './possessed-areas.js';
import { withoutRedefinedAcronyms } from './defined-acronyms.js';
import { toMention } from './mention-builder.js';
import { asOwner } from './owner-countries.js';
import { chooseSenses } from './sense-chooser.js';
import { withActiveGroups } from './active-groups.js';
import { withNamedParents } from './namesake-parents.js';
import { withNamesakeRegions } from './namesake-regions.js';
import { withEmbassyTown } from './embassy-town.js';
import { withCapitalTown } from './capital-town.js';
import { withMisspeltTowns } from './misspelt-towns.js';
import { withMisspeltNames } from './misspelt-names.js';
import { withVillageCountries } from './village-prefixes.js';
import { withUlsterLoyalists } from './ulster-loyalists.js';
import { withClockCountries } from './clock-towns.js';
import { withCommunalSides } from './communal-sides.js';
import { withCoalitionOfTheatre } from './coalition-theatre.js';
import { withNamedCoalition } from './named-coalition.js';
import { withoutObjectPronoun } from './object-pronoun.js';
import { isLowerCased } from './lower-cased-text.js';
import { withInstitutionTown } from './institution-town.js';
import { withRegionSeat } from './region-seat.js';
import { withSuburbTowns } from './suburb-town.js';
import { withFacilityTowns } from './facility-town.js';
import { withDistrictAreas } from './district-area.js';
import { surfaceFilter } from './surface-filter.js';
import { withGroupHomeRegion } from './group-home-region.js';

/**
 * Every place and actor of the knowledge base named in `text` within the given sentences, one sense each,
 * in text order. `publicationCountry` (ISO alpha-2), when a caller knows where the article was published,
 * counts as one more mention of that country when ambiguous names are weighed. `tokens`, the language
 * stage's tokens of `text`, change nothing found: they carry each word's notes and spare the matcher look-ups.
 * `published`, the article's date, reads "the capital" as the capital of its day (former-capitals.ts) and a
 * name armed groups of several countries share as the group fighting on that day (active-groups.ts).
 *
 * @example findMentions(kb, 'قصف بالموصل', [[0, 11]])[0].entity_id === 'place:iq:mosul'
 * @example findMentions(kb, 'Clashes in Tripoli', [[0, 18]], undefined, { publicationCountry: 'LB' })
 */
export function findMentions(
  kb: KnowledgeBase,
  text: string,
  sentences: readonly Span[],
  view = normalizeForMatching(text),
  options: { publicationCountry?: string | null; tokens?: readonly Token[]; published?: string | null } = {},
): Mention[] {
  const caseless = isLowerCased(text, sentences);
  const filter = surfaceFilter(caseless);
  // Each filter drops matches (or senses) the one before left standing, in this order.
  let matches = matchNames(kb.trie, view, text, sentences, filter, options.tokens);
  matches = withoutNameParts(text, matches);
  matches = withoutLongerNameParts(text, matches);
  matches = withoutNamesElsewhere(kb, text, matches);
  matches = withoutPossessorTowns(kb, text, matches);
  matches = withoutRedefinedAcronyms(text, matches);
  matches = withoutObjectPronoun(text, matches);
  // Pushed, not mapped: `map` makes a packed array until it is optimised and a holey one after, and every
  // stage after this one that loops over the mentions was deoptimised when the layout changed under it.
  const mentions: Mention[] = [];
  const chosen = chooseSenses(
    withActiveGroups(matches, options.published),
    view.text,
    options.publicationCountry ?? null,
    caseless,
    text,
  );
  for (const c of withNamedParents(kb, withNamesakeRegions(kb, chosen, view.text)))
    mentions.push(toMention(kb, asOwner(c, view.text)));
  const capitalTowns = withCapitalTown(kb, text, sentences, mentions, options.published);
  let named = withInstitutionTown(kb, text, sentences, capitalTowns, options.published);
  for (const step of SLIP_AND_CLUE_STEPS) named = step(kb, text, sentences, named);
  named = withCommunalSides(kb, text, sentences, named);
  named = withNamedCoalition(kb, text, sentences, withCoalitionOfTheatre(kb, text, named));
  const placed = withEmbassyTown(
    kb,
    text,
    withRegionSeat(
      kb,
      text,
      withFacilityTowns(kb, text, withSuburbTowns(kb, text, withDistrictAreas(kb, text, named))),
    ),
    options.published,
  );
  return withGroupHomeRegion(kb, text, placed);
}

/**
 * Places read from a misspelt town, then from clues to a country when nothing names one (a village's way of
 * naming, Ulster's words, a capital's clock), in that order: a town read through a slip names a country.
 */
const SLIP_AND_CLUE_STEPS = [
  withMisspeltTowns,
  withMisspeltNames,
  withVillageCountries,
  withUlsterLoyalists,
  withClockCountries,
] as const;

/**
 * The knowledge stage: names in the article's body sentences (never in removed boilerplate, which has
 * no sentences) resolved to places with coordinates and precision, and to actors.
 *
 * @example
 * const kb = await loadKnowledgeBase();
 * const pipeline = createPipeline([ingest, clean, language, createKnowledgeStage(kb)]);
 */
export function createKnowledgeStage(kb: KnowledgeBase): Stage {
  return {
    name: 'knowledge',
    reads: ['text', 'normalized', 'sentences', 'tokens', 'published'],
    writes: ['mentions'],
    run(doc: Document) {
      const text = doc.text ?? '';
      // Pushed (see `packedMap`): the matcher and the case test read the list with one layout.
      const sentences = packedMap(doc.sentences ?? [], (s) => s.span);
      const view = doc.normalized ?? normalizeForMatching(text);
      doc.mentions = findMentions(kb, text, sentences, view, {
        tokens: doc.tokens,
        published: doc.published?.value,
      });
    },
  };
}
