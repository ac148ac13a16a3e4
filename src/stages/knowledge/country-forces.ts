// The event rules name a state's forces from its nationality alone ("Icelandic police" is "Police Forces of
// Iceland", core/forces-id.ts), for any country the base knows; the files list the forces of the countries
// news names most. So that every such id names an entity (the store's actor filter, an export's actor
// table, `kb lookup`), each country the base knows has a military and a police, named as the rules name them.
import { countryName, countryPhrase } from '../../core/country-names.js';
import { forcesId } from '../../core/forces-id.js';
import type { Entity } from './kb-types.js';

/** Where a force the files leave out comes from, for `kb lookup`. */
const ORIGIN = 'country-forces';

/**
 * Adds the military and the police of each country in `entities` that the files give none, under the id
 * and name the event rules give them, with no other names: the text is read as before.
 *
 * @example addCountryForces(entities) // entities.get('actor:forces:is:police')?.name_en === 'Police Forces of Iceland'
 */
export function addCountryForces(entities: Map<string, Entity>): void {
  const countries = [...entities.values()].filter((e) => e.kind === 'country' && e.country !== null);
  for (const country of countries) {
    for (const police of [false, true]) {
      const id = forcesId(country.country!, police);
      if (!entities.has(id)) entities.set(id, forceOf(country, id, police));
    }
  }
}

function forceOf(country: Entity, id: string, police: boolean): Entity {
  return {
    id,
    kind: 'state-forces',
    name_en: `${police ? 'Police' : 'Military'} Forces of ${countryPhrase(countryName(country.country!))}`,
    aliases_en: [],
    name_ar: '',
    aliases_ar: [],
    demonyms_en: [],
    demonyms_ar: [],
    parent: country.id,
    country: country.country,
    lat: null,
    lon: null,
    population: null,
    refs: [],
    origin: ORIGIN,
    tier: country.tier,
  };
}
