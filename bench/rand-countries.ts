/**
 * RAND RDWTI's country column against ISO codes, for the RAND benches: RAND's names for places that are not
 * (or not only) one ISO country admit each of their codes (West Bank/Gaza and Israel are PS or IL, Kashmir IN
 * or PK, Kosovo under Serbia XK or RS); any other name its ISO code.
 */
import countries from 'i18n-iso-countries';

// RAND's names for places that are not (or not only) one ISO country; the accepted codes for each.
const RAND_COUNTRIES: Record<string, string[]> = {
  'West Bank/Gaza': ['PS', 'IL'],
  // One theatre both ways: RAND files attacks on settlements, crossings and East Jerusalem under Israel.
  Israel: ['IL', 'PS'],
  Kashmir: ['IN', 'PK'],
  'Northern Ireland': ['GB'],
  'Federal Republic of Germany': ['DE'],
  'German Democratic Republic': ['DE'],
  Chechnya: ['RU'],
  'FRY (Kosovo)': ['XK', 'RS'],
  // Kosovo under UN administration (1999–2008) was still a province of Serbia, and RAND files it so.
  Serbia: ['RS', 'XK'],
  'Bosnia-Herzegovina': ['BA'],
  Syria: ['SY'],
  'Republic of Korea': ['KR'],
  Yugoslavia: ['RS', 'HR', 'BA', 'SI', 'MK', 'ME', 'XK'],
  USSR: ['RU', 'UA', 'GE', 'AM', 'AZ'],
  'Soviet Union': ['RU', 'UA', 'GE', 'AM', 'AZ'],
  Czechoslovakia: ['CZ', 'SK'],
  Rhodesia: ['ZW'],
  Zaire: ['CD'],
  Burma: ['MM'],
  'Ivory Coast': ['CI'],
  Macedonia: ['MK'],
  'Burma (Myanmar)': ['MM'],
  'Korea, South': ['KR'],
  "China, People's Republic of": ['CN'],
  'China, Republic of (Taiwan)': ['TW'],
  FRY: ['RS', 'ME', 'XK'],
  // Kosovo was a province of Serbia within the FRY, and of Serbia-Montenegro after it, as under 'Serbia'.
  'FRY (Serbia)': ['RS', 'XK'],
  'FRY (Southern Serbia)': ['RS'],
  'FRY (Montenegro)': ['ME'],
  'Serbia-Montenegro': ['RS', 'ME', 'XK'],
  'Zimbabwe (Rhodesia)': ['ZW'],
  'Zaire (Belgian Congo)': ['CD'],
  'Democratic Republic of Congo': ['CD'],
  'Congo (Brazzaville)': ['CG'],
  Laos: ['LA'],
  'East Timor': ['TL'],
  Moldova: ['MD'],
  'Papua-New Guinea': ['PG'],
  Swaziland: ['SZ'],
  'Canary Islands': ['ES'],
  Azores: ['PT'],
  'Sri Lanka (Ceylon)': ['LK'],
  'Trinidad-Tobago': ['TT'],
  'South Vietnam': ['VN'],
  'Falkland Islands': ['FK'],
  // RAND's labels for Croatia, and for two countries under their colonial names beside the new.
  Croatians: ['HR'],
  'Namibia, SWAf': ['NA'],
  'Benin, Dahomey': ['BJ'],
  Transkei: ['ZA'],
  'Trucial Oman States': ['AE'],
};

/**
 * The ISO codes that answer one of RAND's country names; a name no table knows answers nothing.
 *
 * @example acceptedCountries('West Bank/Gaza') // ['PS', 'IL']
 */
export function acceptedCountries(country: string): string[] {
  const iso = countries.getAlpha2Code(country, 'en');
  return RAND_COUNTRIES[country] ?? (iso ? [iso] : []);
}
