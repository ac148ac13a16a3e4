/**
 * RAND RDWTI's city column often holds the province the description names ("the Dand District of Kandahar
 * Province" filed under Kandahar): a town inside that province answers it at a finer grain. Shared by the
 * RAND benches.
 */
import type { Mention } from '../src/core/records.js';
import type { KnowledgeBase } from '../src/stages/knowledge/index.js';

/**
 * The names of the region a place lies in, when the description names that region too; none otherwise.
 *
 * @example namedRegionOf(kb, 'place:af:dand', mentionsOf('… Dand District of Kandahar Province')) // ['Kandahar', …]
 */
export function namedRegionOf(kb: KnowledgeBase, entityId: string, mentions: readonly Mention[]): string[] {
  let id = kb.entities.get(entityId)?.parent ?? null;
  while (id !== null) {
    const e = kb.entities.get(id);
    if (e === undefined || e.kind === 'country') return [];
    if (e.kind === 'region' && mentions.some((m) => m.entity_id === id)) return [e.name_en, ...e.aliases_en];
    id = e.parent;
  }
  return [];
}
