import type { ActorRef } from './records.js';
import { actorRef } from './record-refs.js';
import type { Span } from './span.js';

/**
 * The knowledge base's entry for people on no armed side (`actor:civilians` in data/actors/armed-groups.tsv),
 * as its mentions name it: a Civilians side the event rules infer is that entity, like the civilians the
 * knowledge stage finds in the text, so the store, the exports and the Arabic names see one side.
 */
export const CIVILIANS = { name: 'Civilians', entity_id: 'actor:civilians' } as const;

/**
 * The Civilians side told by the words at `spans`; `basis` when no words name them (see `ActorRef.basis`).
 *
 * @example civiliansAt([[4, 13]]) // { name: 'Civilians', entity_id: 'actor:civilians', spans: [[4, 13]] }
 */
export function civiliansAt(spans: Span[], basis?: ActorRef['basis']): ActorRef {
  // Built as every other actor reference is, not spread from CIVILIANS: a spread copy gets a hidden class of
  // its own that V8 holds only weakly, made anew after each major collection, and every optimised reader of
  // actor references (resolve's merger, doubted doers) was deoptimised by it.
  return actorRef(CIVILIANS.name, CIVILIANS.entity_id, spans, basis);
}
