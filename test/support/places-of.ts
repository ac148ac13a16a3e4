import { createResolveStage } from '../../src/stages/resolve/index.js';
import { fixtureDocument, type FixtureSpec } from '../../src/stages/extract/fixture-document.js';
import { createExtractStage } from '../../src/stages/extract/index.js';

const extract = createExtractStage();
const resolve = createResolveStage();
const ctx = { referenceDate: null };

/**
 * For tests: each event's place and country after the extract and resolve stages, as "Name CC".
 *
 * @example placesOf({ text: 'A bomb exploded in Mosul.', mentions: [['Mosul', placeEntity('Mosul', 'IQ')]] }) // ['Mosul IQ']
 */
export function placesOf(spec: FixtureSpec): (string | undefined)[] {
  const doc = fixtureDocument(spec);
  extract.run(doc, ctx);
  resolve.run(doc, ctx);
  return doc.events!.map((e) => `${e.location?.name} ${e.location?.country}`);
}
