import type { Entity, NameSense } from './kb-types.js';
import { PLACE_KINDS } from './kb-types.js';
import type { NameMatch } from './mention-matcher.js';
import {
  ACTOR_CUES,
  FACILITY_NOUNS,
  LOCATIVE_CUES,
  NAMED_AFTER_AFTER,
  NAMED_AFTER_BEFORE,
  ORGANISATION_NOUNS,
  PLACE_CUES,
} from './context-cues.js';
import { COMMON_WORD_KEYS, CUE_ONLY_KEYS, PERSONAL_NAME_KEYS } from './common-word-names.js';
import { wordSpans } from '../../core/text/word-scanner.js';
import { SKELETON_MARK } from './name-tokens.js';
import {
  countryEvidence,
  type CountryEvidence,
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
 * Arabic — with the same entity or its country named elsewhere in the article.
 *
 * @example chooseSenses(matches, view.text).map((c) => c.sense.entity.id)
 */
export function chooseSenses(
  matches: readonly NameMatch[],
  viewText: string,
  publicationCountry: string | null = null,
  caseless = false,
): ChosenSense[] {
  // A spelling met only by its consonant skeleton is a place only where the text announces one.
  const usable = matches
    .filter((m) => !m.key.includes(SKELETON_MARK) || skeletonCued(viewText, m))
    .map((m) => (namesNoPlace(viewText, m) ? { ...m, senses: m.senses.filter((s) => !isPlace(s)) } : m))
    .filter((m) => m.senses.length > 0);
  const plain = usable.filter((m) => !isOrdinaryWord(m.key));
  const evidence = countryEvidence(plain, caseless);
  // Countries named by a place or an actor of theirs, not by a nationality ("an Iraqi diplomat in Geneva").
  const namedEvidence = countryEvidence(
    plain.filter((m) => m.senses.every((s) => s.via !== 'demonym')),
    caseless,
  );
  if (publicationCountry !== null)
    evidence.set(publicationCountry, (evidence.get(publicationCountry) ?? 0) + 1);
  const groups = new Map<number, NameMatch[]>();
  for (const m of plain) {
    const same = groups.get(m.sentence);
    if (same === undefined) groups.set(m.sentence, [m]);
    else same.push(m);
  }
  const bySentence = new Map([...groups].map(([sentence, ms]) => [sentence, countryEvidence(ms, caseless)]));
  const named = new Set(plain.flatMap((m) => (m.senses.length === 1 ? [m.senses[0].entity.id] : [])));
  const out: ChosenSense[] = [];
  for (const match of usable) {
    const local = outweighsNamesakes(match.senses)
      ? subnationalEvidence((groups.get(match.sentence) ?? []).filter((m) => m !== match))
      : (bySentence.get(match.sentence) ?? new Map());
    const ranked = rankSenses(
      match.senses.filter(
        (s) =>
          !isUnsupportedSmallTown(viewText, match, s.entity, { local, evidence, namedEvidence, caseless }),
      ),
      evidence,
      local,
    );
    if (ranked.length === 0) continue;
    let best = ranked[0];
    if (isForeignQuarter(best.sense.entity, match, evidence)) continue;
    let penalty = 0;
    if (isOrdinaryWord(match.key)) {
      const cued = ranked.find((r) => hasCue(viewText, match, r.sense.entity));
      const discourse =
        !inConstructState(viewText, match) &&
        ranked.find((r) => supportedElsewhere(match, r.sense.entity, named, evidence));
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
 * Senses best first with their values; `evidence` counts the article's votes per country, `local` those
 * of the match's own sentence.
 *
 * @example rankSenses(sensesAt(kb.trie, ['tripoli']), new Map([['LB', 2]]))[0].sense.entity.country === 'LB'
 */
export function rankSenses(
  senses: readonly NameSense[],
  evidence: CountryEvidence = new Map(),
  local: CountryEvidence = new Map(),
): { sense: NameSense; value: number }[] {
  return senses
    .map((sense) => ({ sense, value: senseValue(sense.entity, sense, evidence, local) }))
    .sort((a, b) => b.value - a.value);
}

const TIER_VALUE: Record<Entity['tier'], number> = { shipped: 1, user: 0.8, world: 0.3 };

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
  context: {
    local: CountryEvidence;
    evidence: CountryEvidence;
    namedEvidence: CountryEvidence;
    caseless: boolean;
  },
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
  return !placeCued(viewText, match) && !(LATIN.test(match.key) && facilityOf(viewText, match));
}

/** Articles in front of a town's name used as an adjective: "a Miami travel agency". */
const DETERMINERS = new Set(['a', 'an', 'the']);

/**
 * True for a name between an article and a building or business ("an Annecy law court", "the Miami police
 * station"): the name says where that building stands, as "in" would.
 */
function facilityOf(viewText: string, match: NameMatch): boolean {
  const before = wordsBefore(viewText, match, 1);
  if (before.length === 0 || !DETERMINERS.has(before[0])) return false;
  const after = wordSpans(viewText, match.view[1], Math.min(viewText.length, match.view[1] + 30)).slice(0, 2);
  // Within the clause only: "… near a Miami. Travel agency …" names no building of Miami.
  const gap = after.length > 0 ? viewText.slice(match.view[1], after[after.length - 1][0]) : '';
  return !/[.!?,;:]/.test(gap) && after.some(([s, e]) => FACILITY_NOUNS.has(viewText.slice(s, e)));
}

function namesOnlyOthers(entity: Entity, evidence: CountryEvidence): boolean {
  if (entity.country === null || (evidence.get(entity.country) ?? 0) > 0) return false;
  // Every vote counted is positive: any entry is evidence.
  return evidence.size > 0;
}

/**
 * True for names that are also ordinary words: they need a cue or (Arabic) support elsewhere.
 *
 * @example isOrdinaryWord('الخبر') === true // Khobar, and "the news"
 */
export function isOrdinaryWord(key: string): boolean {
  return COMMON_WORD_KEYS.has(key) || CUE_ONLY_KEYS.has(key);
}

/**
 * An Arabic word without the article followed straight by a defined noun is the first term of a
 * construct ("حماة الوطن" protectors of the homeland, "فتح النار" opened fire, "صور الضحايا" pictures of
 * the victims), hardly ever a town name.
 */
function inConstructState(viewText: string, match: NameMatch): boolean {
  if (LATIN.test(match.key) || match.key.startsWith('ال')) return false;
  const [next] = wordSpans(viewText, match.view[1], Math.min(viewText.length, match.view[1] + 40));
  return (
    next !== undefined &&
    viewText.startsWith('ال', next[0]) &&
    /^[\s]+$/.test(viewText.slice(match.view[1], next[0]))
  );
}

function senseValue(
  entity: Entity,
  sense: NameSense,
  evidence: CountryEvidence,
  local: CountryEvidence,
): number {
  let v = TIER_VALUE[entity.tier];
  if (entity.kind === 'country') v += 0.6;
  else if (entity.kind === 'region') v += 0.3;
  else if (!PLACE_KINDS.has(entity.kind)) v += 0.4;
  if (entity.population !== null && entity.population > 0) v += Math.log10(entity.population) / 14;
  if (sense.via === 'name') v += 0.1;
  const cc = entity.country;
  // A gazetteer town is backed by its own sentence ("Alexandria, Virginia"); a country named somewhere in
  // the article (the US in a Syria story) is no reason to read "Geneva" as Geneva, Ohio.
  const votes =
    cc === null
      ? 0
      : entity.tier === 'shipped'
        ? (evidence.get(cc) ?? 0)
        : (local.get(cc) ?? 0) + 0.25 * (evidence.get(cc) ?? 0);
  // Saturating: the second mention of a country matters, the tenth hardly more.
  v += 1.5 * (1 - 1 / (1 + votes));
  return v;
}

function hasCue(viewText: string, match: NameMatch, entity: Entity): boolean {
  const isPlace = PLACE_KINDS.has(entity.kind);
  // A big city whose English name is a word ("in Nice", "to Van", "in Split") needs only a preposition;
  // a small one ("in March", "at Best") needs a noun ("the town of Best").
  const bigCity =
    isPlace &&
    LATIN.test(match.key) &&
    ((entity.population ?? 0) >= SMALL_TOWN || PERSONAL_NAME_KEYS.has(match.key));
  const before = wordsBefore(viewText, match);
  if (bigCity && LOCATIVE_CUES.has(before[before.length - 1])) return true;
  // In English a place noun announces the name only as "the town of X": in "the old city of …" the
  // word "of" is no town called Of.
  if (isPlace && LATIN.test(match.key))
    return before.length === 2 && PLACE_CUES.has(before[0]) && before[1] === 'of';
  return before.some((w) => (isPlace ? PLACE_CUES : ACTOR_CUES).has(w));
}

/** The last `count` words in front of a match within its clause, normalised. */
function wordsBefore(viewText: string, match: NameMatch, count = 2, reach = 40): string[] {
  const from = clauseStart(viewText, match.view[0] - reach, match.view[0]);
  const spans = wordSpans(viewText, from, match.view[0]).slice(-count);
  return spans.map(([s, e]) => viewText.slice(s, e));
}

/**
 * Where to start looking back for cues: `from`, or later if a full stop, question or exclamation mark
 * followed by a space lies between ("… Yala province. Police Sergeant …" gives Police no cue).
 */
function clauseStart(viewText: string, from: number, to: number): number {
  const start = Math.max(0, from);
  for (let i = to - 1; i > start; i--) {
    if (/[.!?؟]/.test(viewText[i - 1]) && /\s/.test(viewText[i])) return i;
  }
  return start;
}

/**
 * A square, camp or quarter of a city in a country the rest of the article never names, while it does name
 * another: Baghdad has its Tahrir Square and its Yarmouk too, and "Tahrir Square in Baghdad, Iraq" is not
 * Cairo's. Towns and regions are left to the ranking; such names inside a city are too often shared.
 */
function isForeignQuarter(entity: Entity, match: NameMatch, evidence: CountryEvidence): boolean {
  if ((entity.kind !== 'site' && entity.kind !== 'district') || entity.country === null) return false;
  const own = new Set(match.senses.map((s) => s.entity.country)).size === 1 ? 1 : 0;
  if ((evidence.get(entity.country) ?? 0) - own > 0) return false;
  // A country and a town of it, not a nationality alone ("Palestinian gunmen fired on Gilo").
  return [...evidence].some(([cc, votes]) => cc !== entity.country && votes >= 3);
}

const isPlace = (sense: NameSense): boolean => PLACE_KINDS.has(sense.entity.kind);

/**
 * True when the place name is part of another name: a street, square or hotel ("Haifa Street", "شارع
 * حيفا") or an organisation ("Palestine Islamic Jihad", "Gaza Brigade").
 */
function namesNoPlace(viewText: string, match: NameMatch): boolean {
  const [after] = wordSpans(viewText, match.view[1], Math.min(viewText.length, match.view[1] + 30));
  // Only the very next word counts, not one across a full stop ("… in north Belfast. Army experts …").
  const adjacent = after !== undefined && /^\s+$/.test(viewText.slice(match.view[1], after[0]));
  const next = adjacent ? viewText.slice(after[0], after[1]) : '';
  const before = wordsBefore(viewText, match);
  const lead = before[before.length - 1];
  // "on Haifa Street", "the Palestine Hotel" name a street or a building; "a Beirut street", "a busy Paris
  // street", "a central Baghdad hotel" put one in the city.
  if (NAMED_AFTER_AFTER.has(next) && (lead === undefined || NAME_LEADS.has(lead))) return true;
  // A nationality in an organisation's name still says whose it is ("Iraqi National Guard"); a place does not.
  if (ORGANISATION_NOUNS.has(next) && match.senses.every((s) => s.via !== 'demonym')) return true;
  // "the old city of Hebron", "the Tahrir Square of Mosul": a quarter or landmark of the town named next,
  // not the one of that name elsewhere.
  if (next === 'of' && match.senses.every((s) => s.entity.kind === 'site' || s.entity.kind === 'district'))
    return true;
  return lead !== undefined && NAMED_AFTER_BEFORE.has(lead);
}

/** Words in front of a street or building that bears a place's name: "on Haifa Street", "the Mosul Hotel". */
const NAME_LEADS = new Set([
  'the',
  'on',
  'in',
  'at',
  'near',
  'along',
  'of',
  'from',
  'to',
  'into',
  'off',
  'down',
]);

/** Articles between a cue and a name: "in al-Latifiyah", "near the Kashmir valley", "in el-Arish". */
const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'at', 'az', 'an', 'ash', 'ath', 'adh', 'the']);

/**
 * True when the text announces a place right before the match: a locative word ("in", "near", "في")
 * right in front, articles aside, or a place noun ("town", "province", "مدينة") among the two words
 * before. Only the word right before counts for prepositions: "in Palestine Street" does not put a town
 * called Street on the map.
 */
function placeCued(viewText: string, match: NameMatch): boolean {
  const words = wordsBefore(viewText, match, 6, 60);
  // One article at most: in "at the Dresden station" the "at" is the cue, not another article ("at-Tall").
  if (words.length > 0 && ARTICLES.has(words[words.length - 1])) words.pop();
  const before = words.slice(-2);
  return LOCATIVE_CUES.has(before[before.length - 1]) || before.some((w) => PLACE_CUES.has(w));
}

/**
 * A spelling met only by its consonant skeleton needs a place cue and no English article in between: towns
 * go without "the", while "to the Minister" would otherwise be Monastir.
 */
function skeletonCued(viewText: string, match: NameMatch): boolean {
  return placeCued(viewText, match) && wordsBefore(viewText, match, 1)[0] !== 'the';
}

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
