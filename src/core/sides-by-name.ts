import { countryName, countryPhrase } from './country-names.js';
import { forcesId } from './forces-id.js';
import type { EventRecord, Mention } from './records.js';
import { actorRef } from './record-refs.js';

/**
 * Sides the knowledge base keeps under the very name an actor-noun template gives them (data/actors/
 * armed-groups.tsv): "the rebels", "rebel fighters" in Syria are named "Opposition Rebels (Syria)" like the
 * base's entity, whose own aliases ("opposition factions") bring its id. The id is the entity's either way,
 * so exports and the store see one side.
 */
export const SIDES_BY_NAME: Readonly<Record<string, string>> = {
  'Opposition Rebels (Syria)': 'actor:opposition-rebels-syria',
  'Islamist Rebels (Syria)': 'actor:islamist-rebels-syria',
  'Pro-Government Militia (Syria)': 'actor:pro-government-militia-syria',
};

/**
 * A state's forces as the actor-noun templates name them ("Military Forces of the United States"): the kind of
 * force, then the state.
 */
export const STATE_FORCES = /^(Military|Police) Forces of (.+)$/;

/**
 * The states a document's sides may be named for, by the phrase a template writes for each ("the United
 * States"): the base's name of each country the document names, and the usual name of every country its places
 * and actors lie in.
 */
export function statesByPhrase(mentions: readonly Mention[]): Map<string, string> {
  const states = new Map<string, string>();
  for (const m of mentions) {
    const code = m.place?.country ?? m.actor?.country;
    if (!code) continue;
    if (m.kind === 'country') states.set(countryPhrase(m.name), code);
    states.set(countryPhrase(countryName(code)), code);
  }
  return states;
}

/**
 * Gives an event's sides named by such a template, with no id, the entity's id; and a state's forces the
 * template named from the incident's country ("the army" in a Syrian report) the id the base gives that state's
 * forces, as a force named by its nationality already has. Done once the incident is settled: which side a
 * merge or a later sentence keeps weighs a side the text names by a common noun as generic, and so it stays.
 *
 * @example withSideIds(event, states) // actor1 gets 'actor:opposition-rebels-syria' for "rebels shelled Idlib"
 */
export function withSideIds(event: EventRecord, states: ReadonlyMap<string, string>): void {
  for (const role of ['actor1', 'actor2'] as const) {
    const side = event[role];
    if (!side || side.entity_id !== null) continue;
    const id = SIDES_BY_NAME[side.name] ?? stateForcesId(side.name, states);
    if (id) event[role] = actorRef(side.name, id, side.spans, side.basis);
  }
}

function stateForcesId(name: string, states: ReadonlyMap<string, string>): string | undefined {
  const forces = STATE_FORCES.exec(name);
  const code = forces && states.get(forces[2]);
  return code ? forcesId(code, forces[1] === 'Police') : undefined;
}
