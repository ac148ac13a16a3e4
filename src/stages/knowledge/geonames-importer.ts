import type { EntityKind } from '../../core/records.js';
import type { Entity } from './kb-types.js';

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

/** GeoNames feature classes and codes → knowledge-base kinds; other rows (mountains, rivers …) are skipped. */
function kindOf(featureClass: string, featureCode: string): EntityKind | null {
  if (featureClass === 'P') return featureCode === 'PPLQ' || featureCode === 'PPLW' ? null : 'city';
  if (featureClass === 'A') {
    if (featureCode === 'ADM1') return 'region';
    if (/^ADM[2-5]$/.test(featureCode)) return 'district';
    return null;
  }
  if (featureClass === 'S') return 'site';
  return null;
}

/**
 * One line of a GeoNames dump (`cities15000.txt`, `allCountries.txt`, a country file: 19 tab-separated
 * columns) as an entity `place:geonames:<id>`, with its Arabic-script alternate names as Arabic aliases.
 * Returns null for comments, short lines and features that are not places events happen in. A place lies
 * in the region `regionOf` gives for its first-level division (`CN.13`: see region-divisions.ts), else in its
 * country.
 *
 * @example parseGeonamesLine(line)?.refs // ['geonames:2210247']
 */
export function parseGeonamesLine(
  line: string,
  origin: string,
  regionOf: ReadonlyMap<string, string> = new Map(),
): Entity | null {
  const c = line.split('\t');
  if (c.length < 15 || line.startsWith('#') || !/^\d+$/.test(c[0])) return null;
  const kind = kindOf(c[6], c[7]);
  if (kind === null || !/^[A-Z]{2}$/.test(c[8])) return null;
  const alternates = c[3] === '' ? [] : c[3].split(',');
  const arabic = alternates.filter((n) => ARABIC_SCRIPT.test(n));
  const population = Number(c[14]);
  return {
    id: `place:geonames:${c[0]}`,
    kind,
    name_en: c[1],
    aliases_en: c[2] !== c[1] && c[2] !== '' ? [c[2]] : [],
    name_ar: arabic[0] ?? '',
    aliases_ar: arabic.slice(1),
    demonyms_en: [],
    demonyms_ar: [],
    parent: (kind !== 'region' && regionOf.get(`${c[8]}.${c[10]}`)) || `country:${c[8]}`,
    country: c[8],
    lat: Number(c[4]),
    lon: Number(c[5]),
    population: Number.isFinite(population) && population > 0 ? population : null,
    refs: [`geonames:${c[0]}`],
    origin,
    tier: 'user',
  };
}

/** Names a GeoNames `alternateNames` line gives one place. */
export interface AlternateName {
  geonameId: string;
  language: 'ar' | 'en';
  name: string;
  preferred: boolean;
}

/**
 * One line of GeoNames `alternateNames.txt` / `alternateNamesV2.txt` (alternateNameId, geonameid,
 * isolanguage, name, isPreferredName, isShortName, isColloquial, isHistoric …): Arabic and English
 * names only; colloquial and historic names are left out because news uses neither.
 *
 * @example parseAlternateNameLine('1\t2210247\tar\tطرابلس\t1\t\t\t')?.preferred === true
 */
export function parseAlternateNameLine(line: string): AlternateName | null {
  const c = line.split('\t');
  if (c.length < 4 || (c[2] !== 'ar' && c[2] !== 'en') || c[3] === '') return null;
  if (c[6] === '1' || c[7] === '1') return null;
  return { geonameId: c[1], language: c[2], name: c[3], preferred: c[4] === '1' };
}

/**
 * Adds alternate names to the entity they belong to; a preferred Arabic name becomes `name_ar`.
 *
 * @example applyAlternateName(tripoli, { geonameId: '2210247', language: 'ar', name: 'طرابلس', preferred: true })
 */
export function applyAlternateName(entity: Entity, alt: AlternateName): void {
  if (alt.language === 'en') {
    if (alt.name !== entity.name_en && !entity.aliases_en.includes(alt.name))
      entity.aliases_en.push(alt.name);
    return;
  }
  if (alt.preferred && entity.name_ar !== alt.name) {
    if (entity.name_ar !== '') entity.aliases_ar.unshift(entity.name_ar);
    entity.name_ar = alt.name;
    entity.aliases_ar = entity.aliases_ar.filter((n) => n !== alt.name);
  } else if (entity.name_ar === '') entity.name_ar = alt.name;
  else if (alt.name !== entity.name_ar && !entity.aliases_ar.includes(alt.name))
    entity.aliases_ar.push(alt.name);
}
