import type { KnowledgeBase } from './kb-types.js';

/**
 * The ids of the entities `id` lies in, nearest first, up to `depth` parent links: a quarter's town, the town's
 * province, the province's country. Bounded, since the rules that ask look for a near container, not the world.
 *
 * @example parentsOf(kb, 'place:iq:baghdad:zayouna') // ['place:iq:baghdad', 'region:iq:baghdad', 'country:IQ']
 */
export function parentsOf(kb: KnowledgeBase, id: string, depth = 3): string[] {
  const parents: string[] = [];
  let at = kb.entities.get(id)?.parent ?? null;
  for (let step = 0; at !== null && step < depth; step++) {
    parents.push(at);
    at = kb.entities.get(at)?.parent ?? null;
  }
  return parents;
}
