import type { EventRecord } from '../../src/core/records.js';
import { createResolveStage } from '../../src/stages/resolve/index.js';
import { fixtureDocument, type FixtureSpec } from '../../src/stages/extract/fixture-document.js';
import { createExtractStage } from '../../src/stages/extract/index.js';

const extract = createExtractStage();
const resolve = createResolveStage();
const ctx = { referenceDate: null };

/**
 * For tests: the events a fixture document holds after the extract and resolve stages.
 *
 * @example resolvedEvents({ text: 'A bomb exploded in Mosul.', mentions: [['Mosul', mosul]] })[0].location?.name // 'Mosul'
 */
export function resolvedEvents(spec: FixtureSpec): EventRecord[] {
  const doc = fixtureDocument(spec);
  extract.run(doc, ctx);
  resolve.run(doc, ctx);
  return doc.events!;
}

/** For tests: each resolved event's sub-type. @example subTypesOf(spec) // ['Attack'] */
export function subTypesOf(spec: FixtureSpec): string[] {
  return resolvedEvents(spec).map((e) => e.sub_event_type!.value);
}
