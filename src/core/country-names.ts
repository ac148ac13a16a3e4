/** ACLED spells these as news does, not as the Unicode locale data does. */
const OVERRIDES: Record<string, string> = {
  TR: 'Turkey',
  PS: 'Palestine',
  CD: 'Democratic Republic of Congo',
  CG: 'Republic of Congo',
  CI: 'Ivory Coast',
  MM: 'Myanmar',
};
const display = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * English name of a country, as ACLED and news spell it ("Police Forces of Turkey", a CSV's `country`):
 * the knowledge base's own name when the caller knows it, else the locale name with ACLED's spellings.
 *
 * @example countryName('TR') === 'Turkey'
 */
export function countryName(code: string, known: ReadonlyMap<string, string> = new Map()): string {
  const upper = code.toUpperCase();
  try {
    return known.get(upper) ?? OVERRIDES[upper] ?? display.of(upper) ?? code;
  } catch {
    return code; // not a region code Intl knows
  }
}
