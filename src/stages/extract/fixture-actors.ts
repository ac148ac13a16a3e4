import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();

/**
 * For tests: actor1 and actor2 of the event the extract stage finds at index `at` of a fixture (the first;
 * -1 for the last). Throws when there is no such event, so that "no perpetrator" can never pass for "no
 * event"; a test that means "no event" asserts it with `eventsOf`.
 */
export function actorsOf(spec: FixtureSpec, at = 0): [string | undefined, string | undefined] {
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: null });
  const e = doc.events!.at(at);
  if (!e) throw new Error(`no event in fixture: ${spec.text}`);
  return [e.actor1?.name, e.actor2?.name];
}

/** For tests: a count of `value` killed, of the noun given. */
export const killed = (value: number, noun: string) => ({
  value,
  qualifier: 'exact' as const,
  role: 'killed' as const,
  noun,
});
