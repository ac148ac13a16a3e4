/**
 * Sides named by a common noun whose name depends on the country of the incident: "the resistance" of
 * Yemen's news, "the coalition" of Iraq's, soldiers in the West Bank.
 */

import { COALITIONS_AT_WAR } from '../../core/coalitions-at-war.js';

/** A side a country's news names by a common noun, as the knowledge base names and ids it. */
interface LocalSide {
  name: string;
  id: string;
}
const POPULAR_RESISTANCE: LocalSide = {
  name: 'Popular Resistance (Yemen)',
  id: 'actor:popular-resistance-yemen',
};
const SYRIAN_REBELS: LocalSide = { name: 'Opposition Rebels (Syria)', id: 'actor:opposition-rebels-syria' };
const HOUTHIS: LocalSide = { name: 'Houthi Movement', id: 'actor:houthi-movement' };

/**
 * Actor-noun templates (data/lexicons/events-actor-nouns.tsv) whose side depends on the country: a bare
 * "the resistance" is the Popular Resistance in Yemen, Hezbollah in Lebanon, Hamas in Gaza; "the armed
 * factions" and "the revolutionaries" are the rebels in Syria; "the coalition" is the one at war there;
 * "the rebels" are the Houthis in Yemen; «جيش الجنوب» is South Sudan's army there, the South Lebanon Army in
 * Lebanon. Elsewhere such a noun names no one side.
 */
export const LOCAL_SIDES: Record<string, Record<string, LocalSide>> = {
  'Resistance of {country}': {
    YE: POPULAR_RESISTANCE,
    LB: { name: 'Hezbollah', id: 'actor:hezbollah' },
    PS: { name: 'Hamas', id: 'actor:hamas' },
  },
  'Armed factions of {country}': { SY: SYRIAN_REBELS },
  'Revolutionaries of {country}': { SY: SYRIAN_REBELS, YE: POPULAR_RESISTANCE },
  // "غارة نفذها التحالف": Yemen's news means the Saudi-led coalition, Iraq's and Syria's the US-led one.
  'Coalition of {country}': Object.fromEntries(
    COALITIONS_AT_WAR.flatMap(({ id, name, countries }) =>
      countries.map((country) => [country, { id, name }]),
    ),
  ),
  // "alliance troops": the fighters of some alliance of armed groups, which no country's news names alone;
  // the words only keep "troops" from being read as the state's army.
  'Alliance of {country}': {},
  // "قصف المتمردون حي الروضة": the rebels of Yemen's war are the Houthis, of Syria's the opposition.
  'Rebels of {country}': { YE: HOUTHIS, SY: SYRIAN_REBELS },
  // «جيش الجنوب»: the army South Sudan fought its way to statehood with is its army now; in Lebanon's news, the
  // militia Israel kept in the south until 2000.
  'Southern army of {country}': {
    SS: { name: 'Military Forces of South Sudan', id: 'actor:forces:ss:military' },
    LB: { name: 'South Lebanon Army', id: 'actor:south-lebanon-army' },
  },
};

/**
 * Templates that name a side in any country, but in some name the one side the war there has: "the rebels"
 * of Yemen's news are the Houthis.
 */
export const RENAMED_SIDES: Record<string, Record<string, LocalSide>> = {
  'Opposition Rebels ({country})': { YE: HOUTHIS },
};

const ISRAEL = { code: 'IL', name: 'Israel' };
/**
 * Territories whose soldiers and district police are another state's. "جنود", "soldiers" in the West Bank
 * or Gaza with no nationality named are Israel's army, the territories having none of their own (their
 * police and security forces stay Palestinian); "شرطة لواء الضفة الغربية", a police force named by the
 * district it serves, is run by the state whose districts those are: the districts («لواء») there are the
 * Israeli police's, the Palestinian police name governorates («محافظة»).
 */
const FORCES_THERE: Record<string, { code: string; name: string }> = { PS: ISRAEL };
const DISTRICT = /^لواء$/;

/**
 * The state whose force an actor-noun template names in `country` when the text gives no nationality:
 * `next` is the word after the noun.
 *
 * @example forcesThere('Military Forces of {country}', 'PS', '')?.name // 'Israel'
 */
export function forcesThere(
  template: string,
  country: string,
  next: string,
): { code: string; name: string } | undefined {
  const held = template.startsWith('Military') || (template.startsWith('Police') && DISTRICT.test(next));
  return held ? FORCES_THERE[country] : undefined;
}
