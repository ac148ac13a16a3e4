import { arabicDemonymForms, englishDemonymForms } from './demonym-forms.js';
import type { SourceCity } from './gazetteer-source.js';
import { splitList, type HandRow } from './hand-table.js';
import type { PlaceRow } from './place-row.js';

/** Seat of government first, then the largest town: where a country-level event is pinned. */
function capitalOf(cities: readonly SourceCity[]): SourceCity | undefined {
  const capitals = cities.filter((city) => city.featureCode === 'PPLC');
  const pool = capitals.length > 0 ? capitals : cities;
  return pool.reduce<SourceCity | undefined>(
    (best, c) => (!best || c.population > best.population ? c : best),
    undefined,
  );
}

/**
 * Country rows: names from i18n-iso-countries, overridden and extended by the hand table
 * scripts/kb/countries.tsv (cc, name_en, aliases_en, name_ar, aliases_ar, demonym_en, demonym_ar,
 * plural_ar, population, wikidata); lat/lon are the capital's.
 *
 * @example
 * buildCountryRows(loadCountryNames(), readHandTable('scripts/kb/countries.tsv'), citiesByCountry);
 */
export function buildCountryRows(
  names: Map<string, { en: string[]; ar: string }>,
  hand: readonly HandRow[],
  citiesByCountry: Map<string, SourceCity[]>,
): PlaceRow[] {
  const byCode = new Map(hand.map((row) => [row.cc, row]));
  for (const cc of byCode.keys()) if (!names.has(cc)) throw new Error(`countries.tsv: unknown code ${cc}`);
  return [...names.keys()].sort().map((cc) => {
    const row = byCode.get(cc) ?? {};
    const packageEn = names.get(cc)!.en.filter((name) => !/[(,]/.test(name));
    const nameEn = row.name_en || packageEn[packageEn.length - 1] || names.get(cc)!.en[0];
    const nameAr = row.name_ar || names.get(cc)!.ar;
    const capital = capitalOf(citiesByCountry.get(cc) ?? []);
    const aliasesEn = [...packageEn, ...splitList(row.aliases_en)];
    // "Philippine" makes "Philippines" and "Lao" "Laos": a plural that is the country's own name is no word
    // for its people.
    const named = new Set([nameEn, ...aliasesEn]);
    const handDemonyms = splitList(row.demonym_en);
    return {
      id: `country:${cc}`,
      kind: 'country',
      nameEn,
      aliasesEn,
      nameAr,
      aliasesAr: [names.get(cc)!.ar, ...splitList(row.aliases_ar)],
      demonymsEn: handDemonyms
        .flatMap(englishDemonymForms)
        .filter((form) => handDemonyms.includes(form) || !named.has(form)),
      demonymsAr: splitList(row.demonym_ar).flatMap((masculine, i) =>
        arabicDemonymForms(masculine, i === 0 ? splitList(row.plural_ar) : []),
      ),
      parent: '',
      country: cc,
      lat: capital ? capital.loc.coordinates[1] : null,
      lon: capital ? capital.loc.coordinates[0] : null,
      population: row.population ? Number(row.population) : null,
      refs: row.wikidata ? [`wikidata:${row.wikidata}`] : [],
    };
  });
}
