import type { EventRecord } from './records.js';

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
 * Gives an event's sides named by such a template, with no id, the entity's id. Done once the incident is
 * settled: which side a merge or a later sentence keeps weighs a side the text names by a common noun as
 * generic, and so it stays.
 *
 * @example withSideIds(event) // actor1 gets 'actor:opposition-rebels-syria' for "rebels shelled Idlib"
 */
export function withSideIds(event: EventRecord): void {
  for (const role of ['actor1', 'actor2'] as const) {
    const side = event[role];
    const id = side && side.entity_id === null ? SIDES_BY_NAME[side.name] : undefined;
    if (side && id) event[role] = { ...side, entity_id: id };
  }
}
