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
export function countryName(code: string, known?: ReadonlyMap<string, string>): string {
  const upper = code.toUpperCase();
  const name = known?.get(upper);
  if (name !== undefined) return name;
  // The locale look-up goes through ICU and cost more than the rest of a frame's actor search: asked for a
  // few codes thousands of times a run, each is answered once.
  let local = LOCALE_NAMES.get(code);
  if (local === undefined) {
    local = localeName(upper, code);
    LOCALE_NAMES.set(code, local);
  }
  return local;
}

/** `countryName` without the caller's names, by code as asked. */
const LOCALE_NAMES = new Map<string, string>();

function localeName(upper: string, code: string): string {
  try {
    return OVERRIDES[upper] ?? display.of(upper) ?? code;
  } catch {
    return code; // not a region code Intl knows
  }
}

/**
 * Country names as they appear in actor names ("Military Forces of the United States").
 *
 * @example countryPhrase('United States') // 'the United States'
 */
export function countryPhrase(name: string): string {
  return /^(?:United|Netherlands|Philippines|Czech|Gambia|Bahamas)\b/.test(name) ? `the ${name}` : name;
}
