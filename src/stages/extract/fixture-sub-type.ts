import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();

/**
 * For tests: the sub-event type of the first event the extract stage finds in a fixture, undefined when none.
 *
 * @example firstSubType({ text: 'A bomb exploded in Mosul.', mentions }) // 'Remote explosive/landmine/IED'
 */
export function firstSubType(spec: FixtureSpec): string | undefined {
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: null });
  return doc.events![0]?.sub_event_type?.value;
}
