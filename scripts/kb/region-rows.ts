import type { SourceCity } from './gazetteer-source.js';
import { splitList, type HandRow } from './hand-table.js';
import type { PlaceRow } from './place-row.js';
import { slugify } from './place-slug.js';
import type { CountryScope } from './places-scope.js';

/** The region rows of one country and, for the city rows, the region id behind each admin1 code. */
export interface CountryRegions {
  rows: PlaceRow[];
  idByAdmin1: Map<string, string>;
}

/** Mean position of the towns that carry the admin1 code: a settled-area centroid, never the sea. */
function centroid(cities: readonly SourceCity[]): [number, number] | null {
  if (cities.length === 0) return null;
  const lat = cities.reduce((sum, c) => sum + c.loc.coordinates[1], 0) / cities.length;
  const lon = cities.reduce((sum, c) => sum + c.loc.coordinates[0], 0) / cities.length;
  return [lat, lon];
}

/**
 * The id of a region a hand table types: its country, then its English name as a slug.
 *
 * @example regionId('SY', 'Deir ez-Zor') // 'region:sy:deir-ez-zor'
 */
export function regionId(cc: string, nameEn: string): string {
  return `region:${cc.toLowerCase()}:${slugify(nameEn)}`;
}

/**
 * First-level regions of one country from its hand table scripts/kb/regions/<cc>.tsv (admin1, name_en,
 * aliases_en, name_ar, aliases_ar, lat, lon). lat/lon default to the centroid of the GeoNames towns with
 * that admin1 code; the scope's region words (محافظة، ولاية …) are added as Arabic aliases.
 *
 * @example
 * buildRegionRows(scope, readHandTable('scripts/kb/regions/sy.tsv'), citiesOfSyria).idByAdmin1.get('09');
 * // 'region:sy:aleppo'
 */
export function buildRegionRows(
  scope: CountryScope,
  hand: readonly HandRow[],
  cities: readonly SourceCity[],
): CountryRegions {
  const idByAdmin1 = new Map<string, string>();
  // A generated alias must not take another region's own name: محافظة + ريف would turn Damascus into
  // "ريف دمشق", which is the Rif Dimashq governorate.
  const ownNames = new Set(hand.flatMap((row) => [row.name_ar, ...splitList(row.aliases_ar)]));
  const rows = hand.map((row): PlaceRow => {
    const id = regionId(scope.cc, row.name_en);
    if (row.admin1) idByAdmin1.set(row.admin1, id);
    const typed = row.lat && row.lon ? ([Number(row.lat), Number(row.lon)] as [number, number]) : null;
    const position = typed ?? centroid(cities.filter((c) => row.admin1 && c.adminCode === row.admin1));
    if (!position) throw new Error(`regions/${scope.cc.toLowerCase()}.tsv: ${row.name_en} has no position`);
    const nameAr = row.name_ar;
    const arabic = [nameAr, ...splitList(row.aliases_ar)].filter((name) => name !== '');
    const wordsEn = scope.regionWordsEn ?? ['Province'];
    return {
      id,
      kind: 'region',
      nameEn: row.name_en,
      // Every spelling takes the region word: "Zabol Province" is the Afghan province, not Zabol in Iran.
      aliasesEn: [
        ...splitList(row.aliases_en),
        ...[row.name_en, ...splitList(row.aliases_en)].flatMap((name) =>
          wordsEn.filter((word) => !name.endsWith(` ${word}`)).map((word) => `${name} ${word}`),
        ),
      ],
      nameAr,
      aliasesAr: [...splitList(row.aliases_ar), ...prefixed(scope.regionWords, arabic, ownNames)],
      // Optional columns: the people of a region ("Chechen", "Dagestani") say who, like a nationality.
      demonymsEn: splitList(row.demonyms_en),
      demonymsAr: splitList(row.demonyms_ar),
      parent: `country:${scope.cc}`,
      country: scope.cc,
      lat: position[0],
      lon: position[1],
      population: null,
      refs: [],
    };
  });
  const ids = new Set<string>();
  for (const row of rows) {
    if (row.nameAr === '')
      throw new Error(`regions/${scope.cc.toLowerCase()}.tsv: ${row.nameEn} has no Arabic name`);
  }
  for (const row of rows) {
    if (ids.has(row.id)) throw new Error(`duplicate region id ${row.id}`);
    ids.add(row.id);
  }
  return { rows, idByAdmin1 };
}

/** Names that already carry an administrative word (محافظة العاصمة، إقليم الساحل) get no second one. */
const ADMIN_WORD = /^(ال)?(محافظة|ولاية|إقليم|منطقة|جهة|بلدية|مقاطعة|جمهورية|لواء|مدينة|شعبية|إمارة|جزيرة) /;

/** "محافظة حلب", "ريف حلب" … for each region word and name, unless the name already has such a word. */
function prefixed(words: readonly string[], names: readonly string[], taken: ReadonlySet<string>): string[] {
  return words
    .flatMap((word) =>
      names
        .filter((name) => !ADMIN_WORD.test(name) && !name.startsWith(`${word} `))
        .map((name) => `${word} ${name}`),
    )
    .filter((alias) => !taken.has(alias));
}
