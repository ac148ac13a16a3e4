// Which countries an article names, and how strongly: the votes that decide between namesakes.
import type { Entity, NameSense } from './kb-types.js';
import { PLACE_KINDS } from './kb-types.js';
import type { NameMatch } from './mention-matcher.js';

/**
 * A Latin letter: the key is an English (or other Latin-script) name. Tells what `/[a-z]/i` does (without the
 * Unicode flag only A-Z and a-z fold into that class), by code: the chooser's rules ask it of a match's key
 * several times over, some 60,000 times a corpus pass, and a call into a pattern costs more than reading a key.
 *
 * @example LATIN.test('tripoli') === true; LATIN.test('الموصل') === false
 */
export const LATIN = {
  test(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
      const lower = text.charCodeAt(i) | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) return true;
    }
    return false;
  },
};

/** Countries the article is about, from the names in it that can mean only one country. */
export type CountryEvidence = Map<string, number>;

/** A city this big whose English name is also a word needs only a preposition in front ("in Nice"). */
export const SMALL_TOWN = 100_000;

/** Below this, a town that is not in the shipped base needs a locative cue or its country in the article. */
const FREE_STANDING_CITY = 1_000_000;

/**
 * True for a worldwide- or user-gazetteer town below a metropolis: such a name ("Campbell", "Ali") is a place
 * only with support, and it does not vote for its country.
 *
 * @example needsSupport(kb.entities.get('place:geonames:4744091')!) === true // Alexandria, Virginia
 */
export function needsSupport(entity: Entity): boolean {
  return entity.tier !== 'shipped' && (entity.population ?? 0) < FREE_STANDING_CITY;
}

const ONE_ARABIC_WORD = /^[\u0621-\u064a]+$/;

/**
 * A small shipped town whose name could as well be a word: a one-word Arabic name, or any name in
 * lower-cased text, where no capital tells "raj ghat" (a memorial in Delhi) from Ghat in Libya — nor from
 * the Libyan district of Ghat, so there regions count too.
 *
 * @example isWordLikeTown(kb.entities.get('place:ly:ghat')!, 'ghat', true) === true
 */
export function isWordLikeTown(entity: Entity, key: string, caseless: boolean): boolean {
  const latin = caseless && LATIN.test(key);
  const town = entity.kind === 'city' || entity.kind === 'district' || entity.kind === 'site';
  if (!(town || (latin && entity.kind === 'region'))) return false;
  if (entity.tier !== 'shipped' || (entity.population ?? 0) >= SMALL_TOWN) return false;
  return latin || ONE_ARABIC_WORD.test(key);
}

/** A shipped town this many times bigger than a gazetteer namesake keeps its name against a country vote. */
const FAR_LARGER = 4;

/**
 * True when a shipped town dwarfs a gazetteer namesake (Athens, Greece and Athens, Georgia): then the
 * namesake needs a place of its own country in the sentence ("Athens, Ohio"), not just the country or a
 * nationality ("the US embassy in Athens").
 *
 * @example outweighsNamesakes(sensesAt(kb.trie, ['athens'])) === true
 */
export function outweighsNamesakes(senses: readonly NameSense[]): boolean {
  // A loop, not a spread of a mapped list into `Math.max`: the chooser asks this of every match it ranks.
  let shipped = 0;
  for (const s of senses)
    if (s.entity.tier === 'shipped') shipped = Math.max(shipped, s.entity.population ?? 0);
  // Nor `some` with a closure over the largest: the closure was made for every match.
  for (const s of senses)
    if (s.entity.tier === 'world' && (s.entity.population ?? 0) * FAR_LARGER <= shipped) return true;
  return false;
}

/**
 * Country votes of the shipped places below country level among `matches` (towns, regions, sites), each
 * counted as a country name: "Alexandria, Virginia" says as much as "Alexandria, United States". Gazetteer
 * namesakes do not split a vote here ("Virginia" is also a small town abroad).
 *
 * @example subnationalEvidence(matchesOf('Alexandria, Virginia')).get('US') === 2
 */
export function subnationalEvidence(matches: readonly NameMatch[]): CountryEvidence {
  const evidence: CountryEvidence = new Map();
  for (const m of matches) {
    const senses = m.senses.filter((s) => s.entity.tier !== 'world');
    if (senses.length === 0 || senses.some((s) => s.via === 'demonym' || !PLACE_KINDS.has(s.entity.kind)))
      continue;
    const countries = new Set(senses.map((s) => s.entity.country));
    const [country] = countries;
    if (countries.size !== 1 || country === null || senses.some((s) => s.entity.kind === 'country')) continue;
    evidence.set(country, (evidence.get(country) ?? 0) + 2);
  }
  return evidence;
}

/** Actors that act at home: a state's forces fight abroad ("US troops in Athens") and say no more than a nationality. */
const HOME_KINDS: ReadonlySet<string> = new Set(['armed-group', 'party']);

/**
 * `evidence` plus one vote per armed group or party among `matches` that has a home country, however many of
 * its names the sentence gives: "FARC rebels blew up a railway in Sevilla" is in Colombia's Sevilla, not
 * Spain's. Half a town's vote (`subnationalEvidence` gives two): a group sometimes strikes abroad, while a
 * town named beside the name says where it lies. Groups active in several countries (Islamic State, al-Qaeda)
 * have none in the base and give none.
 *
 * @example homeEvidence(matchesOf('FARC rebels raided Sevilla'), new Map()).get('CO') === 1
 */
export function homeEvidence(matches: readonly NameMatch[], evidence: CountryEvidence): CountryEvidence {
  const groups = new Set<Entity>();
  for (const m of matches) {
    const [first] = m.senses;
    if (m.senses.length === 1 && HOME_KINDS.has(first.entity.kind) && first.entity.country !== null)
      groups.add(first.entity);
  }
  for (const { country } of groups)
    if (country !== null) evidence.set(country, (evidence.get(country) ?? 0) + 1);
  return evidence;
}

const MIXED = Symbol('several countries');

/**
 * The one country the senses that decide a match's vote lie in: `null` for a country-less entity, `MIXED`
 * when they lie in several (or there are none). A gazetteer town that needs support does not veto the country or the region it
 * is named after ("Colombia" in Cuba, "Virginia" in South Africa); it still splits the vote of a town's
 * name ("Alexandria" in Egypt and in Virginia), or that name would vote for its own reading. Two passes
 * without arrays or sets: this runs for every match, several times per article.
 */
function votedCountry(senses: readonly NameSense[]): string | null | typeof MIXED {
  let strong = 0;
  let strongCountry = false;
  let strongRegions = true;
  for (const s of senses) {
    if (needsSupport(s.entity)) continue;
    strong++;
    if (s.entity.kind === 'country') strongCountry = true;
    if (s.entity.kind !== 'region') strongRegions = false;
  }
  const strongOnly = (strongCountry || strongRegions) && strong > 0;
  let country: string | null | typeof MIXED = MIXED;
  let seen = false;
  for (const s of senses) {
    if (strongOnly && needsSupport(s.entity)) continue;
    if (!seen) {
      country = s.entity.country;
      seen = true;
    } else if (s.entity.country !== country) return MIXED;
  }
  return country;
}

/**
 * One vote per match whose senses all lie in one country (a country's name counts twice); gazetteer towns
 * that need support neither vote nor, against a country or region, veto.
 *
 * @example countryEvidence(matchesOf('Shelling hit Aleppo, Syria')).get('SY') === 3
 */
export function countryEvidence(matches: readonly NameMatch[], caseless = false): CountryEvidence {
  const evidence: CountryEvidence = new Map();
  for (const m of matches) {
    const country = votedBy(m, caseless);
    if (country !== null) evidence.set(country, (evidence.get(country) ?? 0) + voteWeight(m));
  }
  return evidence;
}

/**
 * The votes `matches` give `country`: `countryEvidence(matches).get(country) ?? 0`, without the map, which
 * the namesake rules made for every match they weighed and read one country of.
 *
 * @example countryVotes(matchesOf('Shelling hit Aleppo, Syria'), 'SY') === 3
 */
export function countryVotes(matches: readonly NameMatch[], country: string): number {
  let votes = 0;
  for (const m of matches) if (votedBy(m, false) === country) votes += voteWeight(m);
  return votes;
}

/** The country `m` votes for, or null when it gives no vote. */
function votedBy(m: NameMatch, caseless: boolean): string | null {
  // Gazetteer towns that still need support do not vote, or "Ali" would vouch for its own India. A loop, not
  // `every` with a closure over the match: asked of every voter of every count, the closures were garbage.
  let voting = false;
  for (const s of m.senses)
    if (!needsSupport(s.entity) && !isWordLikeTown(s.entity, m.key, caseless)) {
      voting = true;
      break;
    }
  if (!voting) return null;
  const country = votedCountry(m.senses);
  return country === MIXED ? null : country;
}

/** A country's name votes twice. */
const voteWeight = (m: NameMatch): number => (m.senses.some((s) => s.entity.kind === 'country') ? 2 : 1);
