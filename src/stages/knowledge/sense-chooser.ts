import type { Entity, NameSense } from './kb-types.js';
import { PLACE_KINDS } from './kb-types.js';
import type { NameMatch } from './mention-matcher.js';
import { withSenses } from './name-match-builder.js';
import { ACTOR_CUES, isPlaceCue, LOCATIVE_CUES, PLACE_CUES } from './context-cues.js';
import {
  facilityOf,
  filedUnder,
  inConstructState,
  lastOf,
  placeCued,
  namesProvince,
  placeNounAfter,
  provinceListed,
  qualifiesNoun,
  readsAsVerb,
  wordsBefore,
} from './match-context.js';
import { metBySkeletonOnly, namesNoPlace } from './names-no-place.js';
import { marksCurrency } from './currency-mark.js';
import {
  COMMON_WORD_KEYS,
  CUE_ONLY_KEYS,
  namedByAdminNoun,
  PERSONAL_NAME_KEYS,
  SUPPORT_ONLY_KEYS,
} from './common-word-names.js';
import { readsAsCommonNoun, takesArticle } from './common-noun-reading.js';
import { leadsForce } from './force-leader.js';
import { namesakeOfArticle, namesakeOfSentence } from './article-namesake.js';
import { townOfPersonsName } from './persons-town.js';
import { townOfDateline } from './dateline-town.js';
import { namesOwner } from './owner-countries.js';
import { textSpelling } from './spelled-as-written.js';
import { rankSenses } from './sense-ranking.js';
import {
  isForeignQuarter,
  isForeignToEntry,
  isNestedAbroad,
  isStrayNamesake,
  namedAsOrigin,
} from './local-namesakes.js';
import {
  countryEvidence,
  type CountryEvidence,
  homeEvidence,
  isWordLikeTown,
  LATIN,
  needsSupport,
  outweighsNamesakes,
  SMALL_TOWN,
  subnationalEvidence,
} from './country-evidence.js';

/** A match with the sense chosen for it, the score of that choice, and why. */
export interface ChosenSense {
  match: NameMatch;
  sense: NameSense;
  /** 0–1: how sure the choice is (lower when rivals were close or the name is an ordinary word). */
  score: number;
}

/**
 * Picks one sense per match. Evidence first: every match whose senses all lie in one country votes for it
 * (country names twice). Then each candidate scores on where it comes from (curated over the worldwide
 * gazetteer), kind, population and the article's countries (and the publication's, when known); the
 * best wins. Names that are also ordinary words stand only with a cue word in front of them or — for
 * Arabic — with the same entity or its country named elsewhere in the article. `text`, the original of the
 * view, keeps what the view drops (a kashida dash).
 *
 * @example chooseSenses(matches, view.text).map((c) => c.sense.entity.id)
 */
export function chooseSenses(
  matches: readonly NameMatch[],
  viewText: string,
  publicationCountry: string | null = null,
  caseless = false,
  text = viewText,
): ChosenSense[] {
  // Filled by a loop: built from a mapped list of pairs, the map cost a pair per match and the
  // constructor's walk of them through the iterator protocol.
  const starts = new Map<number, NameMatch>();
  const ends = new Set<number>();
  for (const m of matches) {
    starts.set(m.view[0], m);
    ends.add(m.view[1]);
  }
  const usable: NameMatch[] = [];
  // Those that are no ordinary word, and of them the ones that vote for a country.
  const plain: NameMatch[] = [];
  const voters: NameMatch[] = [];
  for (const m of matches) {
    // A spelling met only by its consonant skeleton is a place only where the text announces one.
    if (metBySkeletonOnly(viewText, m, starts)) continue;
    if (marksCurrency(viewText, m)) continue;
    // «قوات بشار» (Bashar's forces) names a leader, not the town Béchar. Both tests only drop places: a
    // match without a place sense skips them.
    const placeNamed = m.senses.some(isPlace);
    const leader = placeNamed && isOrdinaryWord(m.key) && leadsForce(viewText, m);
    const match =
      leader || (placeNamed && namesNoPlace(viewText, m, starts, ends))
        ? withSenses(
            m,
            m.senses.filter((s) => !isPlace(s)),
          )
        : m;
    if (match.senses.length === 0) continue;
    usable.push(match);
    if (isOrdinaryWord(match.key)) continue;
    plain.push(match);
    // "The US consulate in Santa Cruz" is in Bolivia: a country named as an owner says whose, not where.
    if (!namesOwner(viewText, match)) voters.push(match);
  }
  const evidence = countryEvidence(voters, caseless);
  // Countries named by a place or an actor of theirs, not by a nationality ("an Iraqi diplomat in Geneva"),
  // as where someone came from ("a bomber from Uzbekistan blew himself up in Bannu"), nor by a person, who
  // travels and is named abroad ("an ally of Milosevic was shot in Podgorica"). A region's people are the
  // exception: "a Corsican gendarme" names the island as "a gendarme in Corsica" would, for a people is
  // named after the land it lives in, not a passport carried abroad.
  const namedEvidence = countryEvidence(
    voters.filter(
      (m) =>
        m.senses.every((s) => namesRegionOrPlace(s) && s.entity.kind !== 'person') &&
        !namedAsOrigin(viewText, m),
    ),
    caseless,
  );
  if (publicationCountry !== null)
    evidence.set(publicationCountry, (evidence.get(publicationCountry) ?? 0) + 1);
  const groups = new Map<number, NameMatch[]>();
  for (const m of voters) {
    const same = groups.get(m.sentence);
    if (same === undefined) groups.set(m.sentence, [m]);
    else same.push(m);
  }
  // Each sentence's votes are counted when a match of it first asks for them: most matches never do.
  const bySentence = new Map<number, CountryEvidence>();
  const sentenceEvidence = (sentence: number): CountryEvidence => {
    let votes = bySentence.get(sentence);
    if (votes === undefined)
      bySentence.set(sentence, (votes = countryEvidence(groups.get(sentence) ?? [], caseless)));
    return votes;
  };
  const named = new Set<string>();
  for (const m of plain) if (m.senses.length === 1) named.add(m.senses[0].entity.id);
  const filed = filedUnder(viewText, usable);
  // One object for every match's namesake rules, which read the article's votes from it.
  const articleVotes = { evidence, namedEvidence, voters };
  const out: ChosenSense[] = [];
  for (const match of usable) {
    const own = outweighsNamesakes(match.senses)
      ? sentenceHomeEvidence(groups.get(match.sentence) ?? [], match)
      : sentenceEvidence(match.sentence);
    // "FRANCE.  Gunmen stormed his Versailles home": the heading names the country in every sentence.
    const local = filed === null ? own : new Map(own).set(filed, (own.get(filed) ?? 0) + 2);
    const support = { local, evidence, namedEvidence, caseless };
    const ranked = rankSenses(
      supportedSenses(viewText, match, support),
      evidence,
      local,
      textSpelling(viewText, match),
    );
    if (ranked.length === 0) continue;
    // "Al-Bayda province", "the Santander governor": a province of that name, where a town abroad ranks
    // first, is the one meant; so is one that ranks first itself, which the cue of a town abroad ("in the
    // Santander department", read like "in the Valencia showroom") must not then override. The words are
    // read only when there is such a province. A name in a list of provinces ("the provinces of Hama and
    // Homs") is the province even where its town ranks first; so is "Hama province" where the article names a
    // place in it ("in Hama province ... in Souran"), which then tells where.
    const region = ranked.find((r) => r.sense.entity.kind === 'region');
    const province =
      region &&
      (provinceListed(viewText, match) ||
        ((region === ranked[0] ||
          region.sense.entity.country !== ranked[0].sense.entity.country ||
          namesPlaceIn(usable, region.sense.entity.id, match.key)) &&
          namesProvince(viewText, match)))
        ? region
        : undefined;
    // "Maoists" is the short name of groups in several countries: after "the Communist Party of Nepal
    // (Maoist)" it is that party, whatever other country the article goes on to name.
    const namedGroup = isPlace(ranked[0].sense)
      ? undefined
      : ranked.find((r) => !isPlace(r.sense) && named.has(r.sense.entity.id));
    let best = namedGroup ?? province ?? ranked[0];
    const sentence = groups.get(match.sentence) ?? [];
    best = namesakeOfArticle(ranked, best, match, voters) ?? best;
    best = namesakeOfSentence(ranked, best, match, sentence, voters) ?? best;
    best = townOfPersonsName(viewText, match, ranked, best, caseless) ?? best;
    best = townOfDateline(viewText, match, ranked, best, text) ?? best;
    if (isForeignQuarter(viewText, best.sense.entity, match, articleVotes)) continue;
    if (isNestedAbroad(viewText, best.sense.entity, match, evidence, sentence)) continue;
    if (isStrayNamesake(viewText, match, best.sense, articleVotes)) continue;
    if (isForeignToEntry(best.sense.entity, match, filed, evidence)) continue;
    let penalty = 0;
    if (isOrdinaryWord(match.key)) {
      if (readsAsCommonNoun(viewText, match) || takesArticle(viewText, match)) continue;
      const shared = SUPPORT_ONLY_KEYS.has(match.key);
      // The province noun or the governor is itself the cue: "the Santander governor" is no bank's.
      const cued = !shared && (province ?? ranked.find((r) => hasCue(viewText, match, r.sense.entity)));
      const free = shared
        ? !nationalityAfter(match, usable)
        : !inConstructState(viewText, match) && !qualifiesNoun(viewText, match);
      const discourse =
        free && ranked.find((r) => supportedElsewhere(match, r.sense.entity, named, evidence));
      if (cued) best = cued;
      else if (discourse) best = discourse;
      else continue;
      penalty = cued ? 0.1 : 0.25;
    }
    const rival = ranked.find((r) => r !== best)?.value ?? 0;
    const margin = best.value <= 0 ? 0 : (best.value - Math.max(0, rival)) / best.value;
    const base = best.sense.entity.tier === 'world' ? 0.6 : 0.8;
    const score = Math.max(0.05, Math.min(1, base + 0.2 * margin - penalty));
    out.push({ match, sense: best.sense, score: Math.round(score * 100) / 100 });
  }
  return out;
}

/**
 * `match`'s senses but the small towns nothing supports (`isUnsupportedSmallTown`): the match's own list, not a
 * copy, when none drops, as for most matches.
 */
function supportedSenses(viewText: string, match: NameMatch, support: TownSupport): readonly NameSense[] {
  const senses = match.senses;
  let kept: NameSense[] | null = null;
  for (let i = 0; i < senses.length; i++) {
    if (isUnsupportedSmallTown(viewText, match, senses[i].entity, support)) kept ??= senses.slice(0, i);
    else if (kept !== null) kept.push(senses[i]);
  }
  return kept ?? senses;
}

/** The home evidence of the other voters of `match`'s sentence, `voters`. */
function sentenceHomeEvidence(voters: readonly NameMatch[], match: NameMatch): CountryEvidence {
  const others = voters.filter((m) => m !== match);
  return homeEvidence(others, subnationalEvidence(others));
}

/** The votes a small town's support is looked for in: its sentence's, the article's, and those of places. */
interface TownSupport {
  local: CountryEvidence;
  evidence: CountryEvidence;
  namedEvidence: CountryEvidence;
  caseless: boolean;
}

/**
 * Towns of imported and worldwide gazetteers share their names with people and things ("Campbell", "Ali",
 * "Hilton", "Toyota"): without "in/near/at …" right in front or its country named in the same sentence,
 * such a match is not a place. Only metropolises ("Paris", "Karachi") stand on their own. Small shipped
 * towns with a one-word Arabic name ("لعل" Lal, "آتي" Ati, "ينقل" Yanqul — also "perhaps", "I come",
 * "moves") need the same support, from anywhere in the article.
 */
function isUnsupportedSmallTown(
  viewText: string,
  match: NameMatch,
  entity: Entity,
  context: TownSupport,
): boolean {
  const { local, evidence, namedEvidence } = context;
  const wordLike = isWordLikeTown(entity, match.key, context.caseless);
  if (!needsSupport(entity) && !wordLike) return false;
  const votes = wordLike ? evidence : local;
  if (entity.country !== null && (votes.get(entity.country) ?? 0) > 0) return false;
  // "FARC rebels raided Solano" in a story that names only Caqueta is a Colombian hamlet the base lacks, not the
  // Philippine town: a cue vouches for a gazetteer town only when no place or actor named belongs to
  // another country.
  if (!wordLike && namesOnlyOthers(entity, namedEvidence)) return true;
  if (placeCued(viewText, match, !context.caseless)) return false;
  // A place noun after the name vouches only in capitalised text: lower-cased "the raj ghat area" is no Ghat.
  const nounAfter = !wordLike && placeNounAfter(viewText, match);
  return !(LATIN.test(match.key) && (facilityOf(viewText, match) || nounAfter));
}

function namesOnlyOthers(entity: Entity, evidence: CountryEvidence): boolean {
  if (entity.country === null || (evidence.get(entity.country) ?? 0) > 0) return false;
  // Every vote counted is positive: any entry is evidence.
  return evidence.size > 0;
}

/** "حزب العمال البريطاني": a nationality right after the name says whose party it is. */
function nationalityAfter(match: NameMatch, matches: readonly NameMatch[]): boolean {
  return matches.some(
    (m) =>
      m.view[0] > match.view[1] &&
      m.view[0] <= match.view[1] + 2 &&
      m.senses.some((s) => s.via === 'demonym'),
  );
}

/**
 * True for names that are also ordinary words: they need a cue or (Arabic) support elsewhere.
 *
 * @example isOrdinaryWord('الخبر') === true // Khobar, and "the news"
 */
export function isOrdinaryWord(key: string): boolean {
  return ORDINARY_WORD_KEYS.has(key);
}

/** The three lists of ordinary words as one set: the chooser asks this of every match up to three times. */
const ORDINARY_WORD_KEYS: ReadonlySet<string> = new Set([
  ...COMMON_WORD_KEYS,
  ...CUE_ONLY_KEYS,
  ...SUPPORT_ONLY_KEYS,
]);

function hasCue(viewText: string, match: NameMatch, entity: Entity): boolean {
  const isPlace = PLACE_KINDS.has(entity.kind);
  // A big city whose English name is a word ("in Nice", "to Van", "in Split") needs only a preposition;
  // a small one ("in March", "at Best") needs a noun ("the town of Best").
  const bigCity =
    isPlace &&
    LATIN.test(match.key) &&
    ((entity.population ?? 0) >= SMALL_TOWN || PERSONAL_NAME_KEYS.has(match.key));
  const before = wordsBefore(viewText, match);
  // "in the Valencia showroom", "near the Santander airport": for a town big by itself (not one a given name
  // lifts: "at the Aga Khan Foundation"; no country: "in the Americas") and not half of a pair ("on the
  // Van-Hakkari highway"), the article after a preposition of place keeps its cue ("of the Fourth Geneva
  // Convention" is no Fürth).
  const articleCue =
    entity.kind === 'city' &&
    (entity.population ?? 0) >= SMALL_TOWN &&
    before[1] === 'the' &&
    ARTICLE_CUES.has(before[0]) &&
    viewText[match.view[1]] !== '-';
  const locative = (LOCATIVE_CUES.has(lastOf(before) ?? '') && !readsAsVerb(viewText, match)) || articleCue;
  if (bigCity && (locative || placeNounAfter(viewText, match))) return true;
  if (isPlace && namedByAdminNoun(viewText, match)) return true;
  // In English a place noun announces the name only as "the town of X": in "the old city of …" the
  // word "of" is no town called Of.
  if (isPlace && LATIN.test(match.key))
    return before.length === 2 && PLACE_CUES.has(before[0]) && before[1] === 'of';
  return before.some((w) => (isPlace ? isPlaceCue(w) : ACTOR_CUES.has(w)));
}

const isPlace = (sense: NameSense): boolean => PLACE_KINDS.has(sense.entity.kind);

/**
 * Whether a match under another name than `key` may name a place whose province is `regionId` ("Souran" for
 * Hama's; not "Hama" again, whose town lies in it too).
 */
const namesPlaceIn = (matches: readonly NameMatch[], regionId: string, key: string): boolean =>
  matches.some((m) => m.key !== key && m.senses.some((s) => s.entity.parent === regionId));

/** Prepositions of place that keep their cue across "the": "in the Valencia showroom". */
const ARTICLE_CUES = new Set(['in', 'at', 'near', 'outside', 'inside', 'into', 'from']);

/**
 * Whether the rest of the article vouches for a name that needs support and has no cue of its own: the
 * entity is named with no other sense elsewhere, or its country has votes. Latin-script ordinary words and
 * cue-only names stay too ambiguous for that: they need a cue.
 */
function supportedElsewhere(
  match: NameMatch,
  entity: Entity,
  named: ReadonlySet<string>,
  evidence: CountryEvidence,
): boolean {
  // Latin-script ordinary words ("March", "Police") and the cue-only names need a cue, not a discourse.
  if (CUE_ONLY_KEYS.has(match.key) || LATIN.test(match.key)) return false;
  if (named.has(entity.id)) return true;
  return entity.kind !== 'country' && entity.country !== null && (evidence.get(entity.country) ?? 0) > 0;
}

/** A sense that names a place itself, or a region through its people ("Corsican", "Chechen"): not a nationality. */
const namesRegionOrPlace = (s: NameSense): boolean => s.via !== 'demonym' || s.entity.kind === 'region';
