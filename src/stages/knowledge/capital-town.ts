// "in the capital", "Nepal's capital", "the Nepalese capital", «في العاصمة»: news names a country's capital
// without its name far more often than with it. This module reads those words as the capital's town.
import type { Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { chronologyCountry } from '../../core/chronology-entry.js';
import { packedMap } from '../../core/packed-map.js';
import type { Entity, KnowledgeBase } from './kb-types.js';
import { placeFromWords } from './mention-builder.js';
import { placedOfKind } from './entity-store.js';
import { capitalsAt } from './former-capitals.js';
import { afterNoArabicLetter } from './arabic-word-start.js';
import { allMatches } from '../../core/text/all-matches.js';

/** How far (degrees of latitude plus of longitude, some 12 km) a capital's town may lie from its country's point. */
const CAPITAL_REACH = 0.12;
/** A town on the very point (a gazetteer row of the capital itself), which no bigger neighbour outranks. */
const ON_POINT = 0.005;
/** The confidence of a capital named by a country or its nationality ("Nepal's capital"). */
const OWNED_SCORE = 0.8;
/** The confidence of a bare "the capital", whose country the article gives. */
const BARE_SCORE = 0.6;

const capitalsByBase = new WeakMap<KnowledgeBase, Map<string, Entity>>();

function nearness(town: Entity, country: Entity): number {
  const distance =
    Math.abs((town.lat ?? 0) - (country.lat ?? 0)) + Math.abs((town.lon ?? 0) - (country.lon ?? 0));
  return distance <= CAPITAL_REACH ? distance : Infinity;
}

/** How much a town on the country's very point outweighs a neighbour's population. */
const ON_POINT_WEIGHT = 5;

/**
 * Reviewed towns first, then by population, a town on the country's very point weighing five times its own:
 * the capital (Kuwait City), not a bigger neighbour (Hawalli), nor a quarter filed as a town on the same point.
 */
function betterCapital(town: Entity, best: Entity | undefined, country: Entity): boolean {
  if (best === undefined) return true;
  if ((town.tier === 'world') !== (best.tier === 'world')) return best.tier === 'world';
  const weight = (t: Entity) =>
    (t.population ?? 0) * (nearness(t, country) <= ON_POINT ? ON_POINT_WEIGHT : 1);
  return weight(town) > weight(best);
}

/**
 * Countries whose point tells no town news calls "the capital": Palestine's is East Jerusalem, which the base
 * files under Israel (the town nearest it is Bethlehem); Burundi's and Myanmar's capital moved (Gitega since
 * 2019, Naypyidaw since 2006) while reports long after still mean Bujumbura and Yangon; Bolivia, Côte d'Ivoire
 * and Tanzania keep their government in another town (La Paz, Abidjan, Dar es Salaam) than their GeoNames
 * capital.
 */
const NO_CAPITAL: ReadonlySet<string> = new Set(['PS', 'BI', 'MM', 'BO', 'CI', 'TZ']);

/**
 * Each country's capital (ISO alpha-2 → its town): the base's country rows are placed on their capital (GeoNames
 * PPLC, scripts/kb/country-rows.ts), so the capital is the town of that country lying on that point. Built once
 * per base.
 *
 * @example capitalsOf(kb).get('NP')?.id === 'place:np:kathmandu'
 */
export function capitalsOf(kb: KnowledgeBase): ReadonlyMap<string, Entity> {
  const cached = capitalsByBase.get(kb);
  if (cached !== undefined) return cached;
  const countries = new Map<string, Entity>();
  for (const entity of placedOfKind(kb.entities, 'country', () => true))
    if (entity.country !== null && !NO_CAPITAL.has(entity.country)) countries.set(entity.country, entity);
  const points = countryPoints(countries.values());
  const capitals = new Map<string, Entity>();
  for (const town of placedOfKind(kb.entities, 'city', (lat, lon) => points.has(cellOf(lat, lon)))) {
    const country = countries.get(town.country ?? '');
    if (country === undefined || nearness(town, country) === Infinity) continue;
    if (betterCapital(town, capitals.get(country.id), country)) capitals.set(country.id, town);
  }
  const byCode = new Map<string, Entity>();
  for (const [id, town] of capitals)
    byCode.set(countries.get(id.slice('country:'.length))?.country ?? '', town);
  capitalsByBase.set(kb, byCode);
  return byCode;
}

/** The grid cell, CAPITAL_REACH degrees a side, a position lies in. */
const cellAt = (degrees: number): number => Math.floor(degrees / CAPITAL_REACH);
const cellOf = (lat: number, lon: number, dLat = 0, dLon = 0): string =>
  `${cellAt(lat) + dLat},${cellAt(lon) + dLon}`;

/**
 * The cells within reach of the countries' points — a town within reach of a point lies in the point's cell or
 * a neighbour — so a town far from every capital is passed over unmade.
 */
function countryPoints(countries: Iterable<Entity>): Set<string> {
  const cells = new Set<string>();
  for (const { lat, lon } of countries)
    for (const dLat of [-1, 0, 1])
      for (const dLon of [-1, 0, 1]) cells.add(cellOf(lat ?? 0, lon ?? 0, dLat, dLon));
  return cells;
}

/** "capital", "capital city": the English word, read with the country named right before or after it. */
const CAPITAL_WORD = /\bcapital(?:\s+city)?\b/gi;
/** "Nepal's capital", "the Nepalese capital", "the Nepal capital": the country right before the word. */
const OWNER_BEFORE = /^(?:['’]s)?\s+$/u;
/** "the capital of Nepal", "the capital city of the Philippines": the country right after the word. */
const OWNER_AFTER = /^\s+of\s+(?:the\s+)?$/iu;
/** Matches nothing: an owner not looked for on that side. */
const NEVER = /(?!)/u;
/** "the capital", not "a capital" nor "the former capital" (a historical one) nor "the provincial capital". */
const THE_BEFORE = /\bthe\s+$/i;
/** "capital punishment", "the capital markets": the word as money or law, not as a town. */
const NOT_TOWN_AFTER =
  /^\s+(?:punishment|gains?|markets?|flight|expenditures?|spending|investments?|budget|base|requirements?|ratio|adequacy|letters?|offen[cs]es?|crimes?|case|charges?|murder|sentences?)\b/i;
/**
 * "west of the capital", "fled from the capital", "north of the Iraqi capital", "the road between the capital
 * and Kandahar", "Herat is the capital": a bearing, an origin or a town said to be one, not where it happened.
 */
const BEARING_BEFORE =
  /\b(?:of|from|to|between|is|was|as)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?(?:['’]s)?\s+)?$/u;
/**
 * "the former capital", "the provincial capital", "the Albanian capital of Macedonia" (head only): another
 * kind of capital, a historical one or a region's.
 */
const OTHER_CAPITAL_BEFORE =
  /\b(?:former|old|ancient|historic(?:al)?|imperial|colonial|royal|provincial|regional|state|district|commercial|financial|economic|business|cultural|spiritual|religious|summer|winter|administrative|tourist)\s+(?:\p{Lu}\p{L}*\s+)?$/iu;

/** «العاصمة», «بالعاصمة», «عاصمة»: the Arabic word, with its clitics and article, after no Arabic letter. */
const ARABIC_CAPITAL = /[وفبلك]{0,2}(ال)?عاصم[ةه](?![\u0621-\u064a])/gu;
/**
 * «العاصمة الإدارية الجديدة», «العاصمة الاقتصادية», «العاصمة السابقة»: another kind of capital, a new or a
 * historical one.
 */
const ARABIC_NOT_TOWN_AFTER =
  /^\s+(?:ال)?(?:اداري|إداري|اقتصادي|مالي|تجاري|ثقافي|سياحي|سابق|قديم|جديد|تاريخي|روحي|دينيه?)[ةه]?(?![\u0621-\u064a])/u;
/** «صحيفة العاصمة»: a newspaper; «جنوبي العاصمة», «غرب العاصمة»: a bearing from it, not where it happened. */
const ARABIC_NOT_TOWN_BEFORE =
  /(?:صحيف[ةه]|جريد[ةه]|مجل[ةه]|قنا[ةه]|اذاع[ةه]|إذاع[ةه]|(?:شمال|جنوب|شرق|غرب)(?:ي|ى)?|من)\s+$/u;

/** The country mentions of a stretch of text, by their ISO code. */
function countriesIn(mentions: readonly Mention[], [start, end]: Span): Set<string> {
  const found = new Set<string>();
  for (const m of mentions)
    if (
      m.kind === 'country' &&
      m.via !== 'demonym' &&
      m.place?.country &&
      m.span[0] >= start &&
      m.span[1] <= end
    )
      found.add(m.place.country);
  return found;
}

/**
 * The country a bare "the capital" is of: that of a capital the article names by name ("in Kabul … left the
 * capital"), else the one its sentence names, else the article's dateline country or its only one. A
 * nationality ("the Russian embassy in the capital") is no such country. Also the country of an institution
 * that stands in the capital (institution-town.ts).
 *
 * @example articleCountry('NEPAL.  A bomb hit the capital.', mentions, sentences, 24, capitalsOf(kb)) === 'NP'
 */
export function articleCountry(
  text: string,
  mentions: readonly Mention[],
  sentences: readonly Span[],
  at: number,
  capitals: ReadonlyMap<string, Entity>,
): string | null {
  const named = new Set(
    mentions.flatMap((m) => {
      const country = m.kind === 'city' ? (m.place?.country ?? '') : '';
      return capitals.get(country)?.id === m.entity_id ? [country] : [];
    }),
  );
  if (named.size > 0) return named.size === 1 ? [...named][0] : null;
  const sentence = sentences.find(([start, end]) => at >= start && at < end) ?? [at, at];
  const own = countriesIn(mentions, sentence);
  if (own.size > 0) return own.size === 1 ? [...own][0] : null;
  const filed = chronologyCountry({ text, mentions: [...mentions] })?.place?.country;
  if (filed) return filed;
  const all = countriesIn(mentions, [0, text.length]);
  if (all.size > 0) return all.size === 1 ? [...all][0] : null;
  return onlyCountryOf(mentions);
}

/**
 * The one country every place and actor of a text that names no country lies in or belongs to ("rebels of the
 * Communist Party of Nepal bombed a bus in the capital"), or null.
 */
function onlyCountryOf(mentions: readonly Mention[]): string | null {
  const found = new Set(mentions.flatMap((m) => m.place?.country ?? m.actor?.country ?? []));
  return found.size === 1 ? [...found][0] : null;
}

/** The country named right before `start` or right after `end`, as `before`/`after` allow. */
function ownerCountry(
  text: string,
  mentions: readonly Mention[],
  [start, end]: Span,
  before: RegExp,
  after: RegExp,
): string | null {
  for (const m of mentions) {
    if (m.kind !== 'country' || !m.place?.country) continue;
    if (m.span[1] <= start && start - m.span[1] <= 4 && before.test(text.slice(m.span[1], start)))
      return m.place.country;
    // "the capital of Iran's Khuzestan province", "the capital of the French territory": a region's capital.
    const owned = m.via === 'demonym' || /^['’]s\b/u.test(text.slice(m.span[1], m.span[1] + 2));
    if (m.span[0] >= end && m.span[0] - end <= 9 && after.test(text.slice(end, m.span[0])))
      return owned ? null : m.place.country;
  }
  return null;
}

/** A town mention opening right after the word ("the capital, Kathmandu", «العاصمة كابول»): it names itself. */
function townFollows(mentions: readonly Mention[], end: number): boolean {
  return mentions.some((m) => m.span[0] >= end && m.span[0] - end <= 3 && m.kind === 'city');
}

/**
 * "Tetovo, the Albanian capital of Macedonia", "Addis Ababa, the Ethiopian capital": a town right before, in
 * apposition, names the capital meant (or a region's capital) by itself.
 */
function townBefore(text: string, mentions: readonly Mention[], start: number): boolean {
  return mentions.some(
    (m) => m.kind === 'city' && m.span[1] <= start && APPOSITION.test(text.slice(m.span[1], start)),
  );
}
const APPOSITION = /^,\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}$/u;

/** Words inside a name the base matched ("Iraqi capital", «العاصمة العراقية» are Baghdad's aliases). */
function insideMention(mentions: readonly Mention[], [start, end]: Span): boolean {
  return mentions.some((m) => m.span[0] <= start && m.span[1] >= end);
}

/** Where the words name a capital: the span and the country, when the text tells which. */
interface CapitalWords {
  span: Span;
  /** The country the words name ("Nepal's capital"); null for a bare "the capital", the article's. */
  owner: string | null;
}

function englishCapitals(text: string, mentions: readonly Mention[]): CapitalWords[] {
  const found: CapitalWords[] = [];
  for (const word of allMatches(CAPITAL_WORD, text)) {
    const span: Span = [word.index, word.index + word[0].length];
    if (NOT_TOWN_AFTER.test(text.slice(span[1], span[1] + 20)) || townFollows(mentions, span[1])) continue;
    if (insideMention(mentions, span) || townBefore(text, mentions, span[0])) continue;
    const head = text.slice(Math.max(0, span[0] - 40), span[0]);
    if (OTHER_CAPITAL_BEFORE.test(head) || BEARING_BEFORE.test(head)) continue;
    // "the Albanian capital of Macedonia": a country's capital is named by one owner, the one after "of".
    const ofFollows = /^\s+of\b/i.test(text.slice(span[1], span[1] + 4));
    const owner = ofFollows
      ? ownerCountry(text, mentions, span, NEVER, OWNER_AFTER)
      : ownerCountry(text, mentions, span, OWNER_BEFORE, NEVER);
    if (owner !== null || (THE_BEFORE.test(head) && !/^\s+(?:of|in)\b/i.test(text.slice(span[1]))))
      found.push({ span, owner });
  }
  return found;
}

function arabicCapitals(text: string, mentions: readonly Mention[]): CapitalWords[] {
  const found: CapitalWords[] = [];
  for (const word of afterNoArabicLetter(ARABIC_CAPITAL, text)) {
    const span: Span = [word.index, word.index + word[0].length];
    const after = text.slice(span[1], span[1] + 16);
    if (ARABIC_NOT_TOWN_AFTER.test(after) || townFollows(mentions, span[1])) continue;
    if (insideMention(mentions, span)) continue;
    if (ARABIC_NOT_TOWN_BEFORE.test(text.slice(Math.max(0, span[0] - 8), span[0]))) continue;
    // «عاصمة ليبيا», «العاصمة الليبية»: the country or its nationality right after the word.
    const owner = ownerCountry(text, mentions, span, /^$/u, /^\s+$/u);
    if (owner !== null || word[1] !== undefined) found.push({ span, owner });
  }
  return found;
}

/**
 * "in the capital", "Nepal's capital", "the capital of Nepal", "the Nepalese capital", «في العاصمة»,
 * «العاصمة النيبالية»: the capital's town, as a mention spanning the word "capital" («العاصمة»). A bare "the
 * capital" is the capital of the country its sentence names (none when it names two), else of the article's
 * dateline country or of the only country the article names. Money and law ("capital punishment"), other
 * capitals ("the former capital", "the provincial capital", «العاصمة الاقتصادية»), a bearing ("west of the
 * capital") and a capital named right after ("the capital, Kabul") are left alone. Mentions come back in text
 * order.
 *
 * @example withCapitalTown(kb, "A bomb went off in Nepal's capital.", spans, mentions) // + Kathmandu on "capital"
 */
export function withCapitalTown(
  kb: KnowledgeBase,
  text: string,
  sentences: readonly Span[],
  mentions: Mention[],
  published?: string | null,
): Mention[] {
  if (!/capital|عاصم/iu.test(text)) return mentions;
  const today = capitalsOf(kb);
  const capitals = capitalsAt(kb, today, text, published);
  // Pushed (see `packedMap`): mapped, the list turned holey once this function was optimised, late in a
  // long run as few texts name a capital, and deoptimised every reader of the mentions after it.
  const named = packedMap(
    mentions,
    (m) => measuredFrom(kb, text, m, capitals) ?? datedAlias(kb, text, m, today, capitals),
  );
  const added: Mention[] = [];
  for (const words of [...englishCapitals(text, named), ...arabicCapitals(text, named)]) {
    const country = words.owner ?? articleCountry(text, named, sentences, words.span[0], capitals);
    const town = country === null ? undefined : capitals.get(country);
    if (town === undefined) continue;
    added.push(placeFromWords(kb, text, words.span, town, words.owner === null ? BARE_SCORE : OWNED_SCORE));
  }
  return added.length === 0 ? named : [...named, ...added].sort((a, b) => a.span[0] - b.span[0]);
}

/**
 * "40 km north of the Iraqi capital", «شمال العاصمة العراقية»: a place measured from the capital, which a
 * capital alias of the base would put in it. Read as the capital's country, as a bare "the capital" after a
 * bearing is left alone; null for any other mention.
 */
function measuredFrom(
  kb: KnowledgeBase,
  text: string,
  m: Mention,
  capitals: ReadonlyMap<string, Entity>,
): Mention | null {
  if (m.kind !== 'city' || !/capital|عاصم/iu.test(text.slice(...m.span))) return null;
  const country = kb.entities.get(`country:${m.place?.country ?? ''}`);
  const capital = capitals.get(m.place?.country ?? '');
  if (country === undefined || capital === undefined) return null;
  const isCapital =
    m.entity_id === capital.id || m.entity_id === capitalsOf(kb).get(country.country ?? '')?.id;
  if (!isCapital || !MEASURED_FROM.test(text.slice(Math.max(0, m.span[0] - 40), m.span[0]))) return null;
  return placeFromWords(kb, text, m.span, country, BARE_SCORE);
}

/** "north of the", "50 km from the", «شمال», «جنوبي»: the words that measure a place from the one after them. */
const MEASURED_FROM =
  /(?:\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?|\d+\s*(?:km|kilomet(?:re|er)s?|miles)\s+(?:\S+\s+){0,2}(?:of|from)\s+(?:the\s+)?|(?<![\u0621-\u064a])[وب]?(?:شمال|جنوب|شرق|غرب)(?:ي|ى)?\s+)$/i;

/**
 * "the Nigerian capital" in a text dated 1985: a capital alias of the base (today's town, Abuja) read as the
 * capital of the text's day (Lagos).
 */
function datedAlias(
  kb: KnowledgeBase,
  text: string,
  m: Mention,
  today: ReadonlyMap<string, Entity>,
  dated: ReadonlyMap<string, Entity>,
): Mention {
  const country = m.kind === 'city' ? (m.place?.country ?? '') : '';
  const then = dated.get(country);
  if (
    dated === today ||
    then === undefined ||
    then === today.get(country) ||
    today.get(country)?.id !== m.entity_id
  )
    return m;
  if (!/capital|عاصم/iu.test(text.slice(...m.span))) return m;
  return placeFromWords(kb, text, m.span, then, OWNED_SCORE);
}
