/**
 * Geocoding from incident descriptions: on the RAND Database of Worldwide Terrorism Incidents
 * (../shared/data/event-gold/rand-rdwti, internal evaluation only — read at run time, never copied), the
 * share of incidents whose country, and whose city, the knowledge stage resolves from the description.
 * Descriptions are cut into sentences as the language stage cuts articles.
 *
 * Country: an older entry's capitals country ("GREECE.  A bomb …") decides, as the event layer's dateline
 * reader takes it. Otherwise the country most of the description's place mentions point to: the first place
 * named counts double, nationalities — including a country named as an owner, "the US embassy" — half, actors
 * tied to a country half, and a tie goes to the first place's country. A place named after "from" ("rockets
 * fired from Gaza at Sderot") is where it came from: half a vote, and the first place only when no other is
 * named.
 *
 * City: the first town, district or site mention in that country (else a region) — or, as the event layer
 * reads "the Yarmouk area of Mosul", the town the text puts it in — compared by any of its names — or, for a
 * district or site, those of the town it lies in — with the gold city.
 *
 * RAND conventions that admit two answers, and only those (a unit noun after the city's name, "Trento Town",
 * "Tibu Municipality", is dropped before comparing): the country names of rand-countries.ts (West
 * Bank/Gaza and Israel are PS or IL, Kashmir IN or PK, …); Israel and the Palestinian territories as one theatre for the
 * city (RAND files Sderot under West Bank/Gaza and West Bank villages under Israel); and a city column that
 * holds a province the description names ("the Dand District of Kandahar Province" filed under Kandahar),
 * which a town the knowledge base puts in that province answers at a finer grain; and a city column that holds
 * a quarter of a town ("Gilo" for "Jerusalem's Gilo neighborhood"), which that town answers.
 *
 * Also prints the share of descriptions in which no place at all is found (those cannot be resolved whatever
 * the vote). `--misses N` prints N misses drawn at random (fixed seed) with the mentions found, to see what
 * to fix next; with `--named`, only city misses whose gold city is among the places found (another won); with
 * `--country`, only country misses.
 * Run: npx tsx bench/kb-rand-geocoding.ts [limit] [--kb-dir DIR-of-imported-TSVs] [--misses N] [--named|--country]
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Mention } from '../src/core/records.js';
import { normalizeName } from '../src/core/text/normalize.js';
import { tsvRows } from '../src/core/tsv-rows.js';
import { PART_OF_TOWN } from '../src/core/text/part-of-words.js';
import { findMentions, loadKnowledgeBase, type KnowledgeBase } from '../src/stages/knowledge/index.js';
import { splitSentences } from '../src/stages/language/sentence-splitter.js';
import { levenshtein } from '../src/core/text/edit-distance.js';
import { seededShuffle } from './events-bench-kit.js';
import { acceptedCountries } from './rand-countries.js';
import { namedRegionOf } from './rand-regions.js';

const LOCAL = new Set(['town', 'district', 'site']);

/** "rockets fired from the Gaza Strip", "militants from Waziristan": where they came from, not where it hit. */
const ORIGIN = /\bfrom\s+(?:the\s+)?(?:\w+ern\s+)?$/i;

/** What follows a chronology's capitals country ("GREECE.  A bomb …"), as the event layer's dateline reader. */
const DATELINE_END = /^\s*(?:[.:—–-]|,\s*\d)/;

function predictCountry(description: string, places: Mention[], actors: Mention[]): string | null {
  // The capitals country an older entry opens with is where it happened, as the event layer reads it.
  const dateline = places.find((m) => m.kind === 'country' && m.span[0] <= 3);
  const capitals =
    dateline && description.slice(...dateline.span) === description.slice(...dateline.span).toUpperCase();
  if (capitals && DATELINE_END.test(description.slice(dateline.span[1], dateline.span[1] + 4)))
    return dateline.place?.country ?? null;
  const votes = new Map<string, number>();
  // The first place named counts double; a nationality before it ("the Iranian embassy in Baghdad") is
  // not it — the event layer, too, never reads a nationality as where something happened — nor a place
  // named as an origin, unless no other is named.
  const named = places.filter((m) => m.via !== 'demonym');
  const where = named.filter((m) => !isOrigin(description, m));
  const first = where[0] ?? named[0];
  for (const m of places) {
    const cc = m.place?.country;
    // Nationalities ("Palestinian gunmen", "two Americans") and origins ("fired from Gaza") say who, or
    // whence, not where: half a vote.
    const weight = m === first ? 2 : m.via === 'demonym' || isOrigin(description, m) ? 0.5 : 1;
    if (cc) votes.set(cc, (votes.get(cc) ?? 0) + weight);
  }
  // Actors tied to one country ("Iraqi police", ETA, Hamas) tell it when no place does.
  for (const m of actors)
    if (m.actor?.country) votes.set(m.actor.country, (votes.get(m.actor.country) ?? 0) + 0.5);
  // A tie goes to the country of the first place named ("four Americans … in Kirkuk").
  const lead = first?.place?.country;
  return (
    [...votes].sort((a, b) => b[1] - a[1] || Number(b[0] === lead) - Number(a[0] === lead))[0]?.[0] ?? null
  );
}

const isOrigin = (description: string, m: Mention): boolean =>
  ORIGIN.test(description.slice(Math.max(0, m.span[0] - 24), m.span[0]));

/**
 * RAND files Israel and the Palestinian territories as one theatre (Sderot under "West Bank/Gaza", West Bank
 * villages under "Israel"): a town of either counts as in the country the description points to.
 */
const THEATRES: string[][] = [['IL', 'PS']];
/**
 * States that broke away since (data/secessions.tsv): on a day before, their towns lay in the state they left
 * ("ETHIOPIA.  … in Asmara" in 1975), as the event layer places them (resolve/then-borders.ts).
 */
const SECESSIONS = tsvRows('secessions.tsv', new URL('../data/', import.meta.url))
  .slice(1)
  .map(({ cells: [state, from, before] }) => ({ state, from, before }));
const theatreOf = (country: string | null, date: string): string[] => {
  const own =
    THEATRES.find((t) => country !== null && t.includes(country)) ?? (country === null ? [] : [country]);
  const seceded = SECESSIONS.filter((s) => s.before === country && date < s.from).map((s) => s.state);
  return [...own, ...seceded];
};
/** City-states, whose country's name is the city's: "a bomb went off in Singapore" names the city too. */
const CITY_STATES = new Set(['SG', 'HK', 'MO', 'MC', 'GI', 'VA']);

function predictCity(
  description: string,
  places: Mention[],
  country: string | null,
  date: string,
): Mention | undefined {
  const theatre = theatreOf(country, date);
  const inCountry = places.filter((m) => theatre.includes(m.place?.country ?? ''));
  const local = inCountry.find((m) => LOCAL.has(m.place?.precision ?? ''));
  // As the event layer reads it (its PART_OF_TOWN): "the Yarmouk area of western Mosul" happened in Mosul.
  const town = inCountry.find(
    (m) =>
      local !== undefined &&
      m.place?.precision === 'town' &&
      m.span[0] >= local.span[1] &&
      PART_OF_TOWN.test(description.slice(local.span[1], m.span[0])),
  );
  return (
    town ??
    local ??
    inCountry.find((m) => m.place?.precision === 'region') ??
    inCountry.find((m) => m.via !== 'demonym' && CITY_STATES.has(m.place?.country ?? ''))
  );
}

/**
 * A district or a site ("West Beirut", "Beirut airport") is in the town its row names as parent, and a
 * district is in the town its mention says it lies in ("East Jerusalem", filed under the West Bank, in
 * Jerusalem) — the town the event layer then places it at, as events-rand scores it.
 */
function namesOf(kb: KnowledgeBase, mention: Mention): string[] {
  const e = kb.entities.get(mention.entity_id);
  if (e === undefined) return [mention.name];
  const parent = e.parent === null ? undefined : kb.entities.get(e.parent);
  const town = parent?.kind === 'city' || parent?.kind === 'district';
  const inside = (e.kind === 'district' || e.kind === 'site') && town;
  const around = mention.place?.city ? kb.entities.get(mention.place.city.entity_id) : undefined;
  return [
    e.name_en,
    ...e.aliases_en,
    ...(inside ? [parent.name_en, ...parent.aliases_en] : []),
    ...(around ? [around.name_en, ...around.aliases_en] : []),
  ];
}

/**
 * The noun RAND's city column sometimes puts after the town's name ("Trento Town", "Tibu Municipality",
 * "Qarabagh District", "San Luis Village", "Ghazni Province"): the town (or, as the column often holds, its
 * province) is the name before it. Not "City", which tells "Quezon City" from Quezon Province.
 */
const UNIT_AFTER = /\s+(?:town|village|municipality|district|province)$/i;

/**
 * A saint's title as RAND's column and the base may each write it: "St. Petersburg", "St-Florent", "Ste. Marie"
 * are Saint Petersburg, Saint-Florent, Sainte-Marie. A lone word only, never inside one ("Stuttgart").
 */
const SAINT_SHORT = /\b(st|ste)\b\.?/g;
const comparable = (name: string): string =>
  normalizeName(name)
    .replace(SAINT_SHORT, (_, short: string) => (short === 'st' ? 'saint' : 'sainte'))
    .replace(/[^a-z0-9]/g, '');

function sameName(names: readonly string[], gold: string): boolean {
  // The name as written and, when it ends in a unit's noun, without it ("Cape Town" stays Cape Town).
  const targets = [...new Set([gold, gold.replace(UNIT_AFTER, '')])].map(comparable);
  return names.some((n) => {
    const candidate = comparable(n);
    return targets.some(
      (target) =>
        candidate === target || levenshtein(candidate, target) <= Math.max(1, Math.floor(target.length / 5)),
    );
  });
}

/**
 * The quarters the knowledge base files under a town, by town: RAND's city column often holds the quarter
 * ("Gilo") where the text, and marsad, name the town ("Jerusalem's Gilo neighborhood").
 */
function quartersByTown(kb: KnowledgeBase): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of kb.entities.values()) {
    if ((e.kind !== 'district' && e.kind !== 'site') || e.parent === null) continue;
    if (kb.entities.get(e.parent)?.kind !== 'city') continue;
    out.set(e.parent, [...(out.get(e.parent) ?? []), e.name_en, ...e.aliases_en]);
  }
  return out;
}

function sameCity(kb: KnowledgeBase, mention: Mention, gold: string, places: readonly Mention[]): boolean {
  return (
    sameName(namesOf(kb, mention), gold) ||
    sameName(namedRegionOf(kb, mention.entity_id, places), gold) ||
    sameName(quarters.get(mention.entity_id) ?? [], gold)
  );
}

const limit = Number(
  process.argv.find((a, i) => /^\d+$/.test(a) && !/^--/.test(process.argv[i - 1])) ?? Infinity,
);
const file = new URL('../../shared/data/event-gold/rand-rdwti/rand_rdwti_1968_2009.tsv.gz', import.meta.url);
const rows = gunzipSync(readFileSync(file))
  .toString('utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .slice(0, limit);
const option = (flag: string): string | undefined =>
  process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined;
const kbDir = option('--kb-dir');
const userDirs = kbDir === undefined ? [] : [kbDir];
const missSample = Number(option('--misses') ?? 0);
/** `--named`: sample only city misses whose gold city is among the places found, to see why another won. */
const namedOnly = process.argv.includes('--named');
/** `--country`: sample only country misses. */
const countryOnly = process.argv.includes('--country');
const kb = await loadKnowledgeBase({ userDirs });
const quarters = quartersByTown(kb);
let countryOk = 0;
let cityTotal = 0;
let cityOk = 0;
let noPlace = 0;
let namedMissed = 0;
const misses: string[] = [];
const missedCountries = new Map<string, number>();
const started = performance.now();
for (const row of rows) {
  const [date, city, country, , , , , description] = row.split('\t');
  // Cut into sentences as the language stage does: the chooser weighs a gazetteer town by its own sentence.
  const sentences = splitSentences(description, [[0, description.length]]).map((s) => s.span);
  const mentions = findMentions(kb, description, sentences, undefined, { published: date });
  const places = mentions.filter((m) => m.place !== undefined);
  const predicted = predictCountry(
    description,
    places,
    mentions.filter((m) => m.actor !== undefined),
  );
  if (places.length === 0) noPlace++;
  const countryHit = predicted !== null && acceptedCountries(country).includes(predicted);
  if (countryHit) countryOk++;
  else missedCountries.set(country, (missedCountries.get(country) ?? 0) + 1);
  const hasCity = city !== '' && city !== 'Unknown';
  if (hasCity) cityTotal++;
  const found = hasCity ? predictCity(description, places, predicted, date) : undefined;
  const cityHit = found !== undefined && sameCity(kb, found, city, places);
  if (cityHit) cityOk++;
  const named = hasCity && !cityHit && places.some((m) => sameCity(kb, m, city, places));
  if (named) namedMissed++;
  const missed = countryOnly ? !countryHit : namedOnly ? named : !countryHit || (hasCity && !cityHit);
  if (missSample > 0 && missed)
    misses.push(
      describeMiss(`${city} / ${country}`, `${found?.name ?? '-'} / ${predicted}`, description, mentions),
    );
}
const seconds = (performance.now() - started) / 1000;
console.log(`RAND-RDWTI incidents: ${rows.length} (${cityTotal} with a city), ${seconds.toFixed(1)} s`);
console.log(
  `country resolved: ${(countryOk / rows.length).toFixed(3)} (${countryOk})   ` +
    `city resolved: ${(cityOk / cityTotal).toFixed(3)} (${cityOk})`,
);
console.log(`descriptions with no place found: ${(noPlace / rows.length).toFixed(3)}`);
console.log(`city misses whose gold city is among the places found: ${namedMissed}`);
const worst = [...missedCountries].sort((a, b) => b[1] - a[1]).slice(0, 8);
console.log(`most missed countries: ${worst.map(([c, n]) => `${c} ${n}`).join(', ')}`);
// A fixed-seed draw, so two runs of the same tree print the same misses.
for (const miss of seededShuffle(misses, 20_091_231).slice(0, missSample)) console.log(`\n${miss}`);

function describeMiss(gold: string, got: string, description: string, mentions: Mention[]): string {
  const found = mentions.map((m) => {
    const where = m.place ? (m.place.country ?? '?') : `actor ${m.actor?.country ?? '-'}`;
    return `  ${description.slice(m.span[0], m.span[1])} → ${m.entity_id} [${where}, ${m.via}, ${m.score}]`;
  });
  return [`GOLD ${gold}   GOT ${got}`, description.slice(0, 400), ...found].join('\n');
}
