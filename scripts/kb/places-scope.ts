/**
 * Which countries get regions and cities in the shipped base, from which population up, and in which
 * data/places file their rows go. Issue 5 sets the thresholds: 15,000+ in the Arab states,
 * Israel/Palestine and Afghanistan; 100,000+ in the wider conflict belt.
 */
export interface CountryScope {
  /** ISO 3166-1 alpha-2. */
  cc: string;
  /** Smallest city population listed. */
  minPopulation: number;
  /** Suffix of the regions-<area>.tsv file. */
  area: 'arab' | 'asia' | 'africa' | 'europe';
  /** GeoNames admin1 codes to keep (only Russia's North Caucasus); all codes when absent. */
  admin1?: readonly string[];
  /** Arabic words news puts before a first-level region name (محافظة حلب، ولاية الخرطوم). */
  regionWords: readonly string[];
  /** English words news puts after one (Aleppo Governorate, Kandahar Province); Province when absent. */
  regionWordsEn?: readonly string[];
}

const ARAB_WORDS = ['محافظة'];
const WILAYA = ['ولاية'];
const GOVERNORATE = ['Governorate', 'Province'];

function scopes(ccs: string, rest: Omit<CountryScope, 'cc'>): CountryScope[] {
  return ccs.split(' ').map((cc) => ({ cc, ...rest }));
}

/**
 * All countries in scope, Arab states first (the order files are generated in).
 *
 * @example
 * PLACE_SCOPES.find((s) => s.cc === 'IR')?.minPopulation; // 100000
 */
export const PLACE_SCOPES: readonly CountryScope[] = [
  // Syria's governorates are also named by their countryside, ريف حلب, ريف دمشق.
  {
    cc: 'SY',
    minPopulation: 15_000,
    area: 'arab',
    regionWords: ['محافظة', 'ريف'],
    regionWordsEn: GOVERNORATE,
  },
  ...scopes('IQ YE EG JO BH KW OM', {
    minPopulation: 15_000,
    area: 'arab',
    regionWords: ARAB_WORDS,
    regionWordsEn: GOVERNORATE,
  }),
  ...scopes('LB PS', { minPopulation: 15_000, area: 'arab', regionWords: ARAB_WORDS }),
  ...scopes('LY', { minPopulation: 15_000, area: 'arab', regionWords: ['شعبية', 'بلدية'] }),
  ...scopes('SA', { minPopulation: 15_000, area: 'arab', regionWords: ['منطقة', 'إمارة منطقة'] }),
  ...scopes('DZ TN SD MR', { minPopulation: 15_000, area: 'arab', regionWords: WILAYA }),
  ...scopes('MA', { minPopulation: 15_000, area: 'arab', regionWords: ['جهة'] }),
  ...scopes('SO', { minPopulation: 15_000, area: 'arab', regionWords: ['إقليم', 'ولاية'] }),
  ...scopes('AE', { minPopulation: 15_000, area: 'arab', regionWords: ['إمارة'] }),
  ...scopes('QA DJ', { minPopulation: 15_000, area: 'arab', regionWords: ['بلدية', 'منطقة'] }),
  ...scopes('KM', { minPopulation: 15_000, area: 'arab', regionWords: ['جزيرة'] }),
  ...scopes('IL', { minPopulation: 15_000, area: 'arab', regionWords: ['لواء', 'منطقة'] }),
  ...scopes('AF', { minPopulation: 15_000, area: 'asia', regionWords: WILAYA }),
  ...scopes('IR', { minPopulation: 100_000, area: 'asia', regionWords: ['محافظة', 'إقليم', 'استان'] }),
  ...scopes('TR', { minPopulation: 100_000, area: 'asia', regionWords: ['ولاية', 'محافظة'] }),
  ...scopes('PK', { minPopulation: 100_000, area: 'asia', regionWords: ['إقليم', 'ولاية'] }),
  ...scopes('ML NE BF TD ET ER SS KE NG', {
    minPopulation: 100_000,
    area: 'africa',
    regionWords: ['ولاية', 'إقليم', 'منطقة'],
  }),
  ...scopes('GE AM AZ', { minPopulation: 100_000, area: 'europe', regionWords: ['منطقة', 'إقليم'] }),
  ...scopes('UA', { minPopulation: 100_000, area: 'europe', regionWords: ['مقاطعة', 'منطقة', 'إقليم'] }),
  {
    cc: 'RU',
    minPopulation: 100_000,
    area: 'europe',
    // Adygea, Chechnya, Dagestan, Ingushetia, Kabardino-Balkaria, Karachay-Cherkessia, North Ossetia, Stavropol.
    admin1: ['01', '12', '17', '19', '22', '27', '68', '70'],
    regionWords: ['جمهورية', 'إقليم'],
  },
];
