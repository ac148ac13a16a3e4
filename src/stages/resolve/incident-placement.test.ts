import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from '../extract/fixture-document.js';
import { placeEntity } from '../extract/fixture-entities.js';
import { createExtractStage } from '../extract/index.js';
import { placeIncidents } from './incident-placement.js';
import { readMentions } from './mention-reading.js';

const extract = createExtractStage();

/** Where each incident of the article lies once placed. */
function placedAt(spec: FixtureSpec, articleTowned: boolean) {
  const doc = fixtureDocument({ published: '2021-09-20', ...spec });
  extract.run(doc, { referenceDate: null });
  const items = readMentions(
    doc,
    (doc.sentences ?? []).map((s) => s.span[0]),
    '2021-09-20',
  );
  placeIncidents(items, doc, null, articleTowned);
  return items.map(({ event }) => [event.location?.name ?? null, event.location?.country ?? null]);
}

describe('placing the incidents of an article', () => {
  it("puts an incident its words place nowhere in the article's country", () => {
    const spec: FixtureSpec = {
      text: 'Gunmen killed two guards at a checkpoint. The interior ministry of Valdoria condemned the killing.',
      mentions: [['Valdoria', placeEntity('Valdoria', 'VD', 'country')]],
    };
    expect(placedAt(spec, false)).toEqual([['Valdoria', 'VD']]);
  });

  it('leaves an incident at the town its sentence names', () => {
    const spec: FixtureSpec = {
      text: 'Gunmen killed two guards in Brackley. The interior ministry of Valdoria condemned the killing.',
      mentions: [
        ['Brackley', placeEntity('Brackley', 'SY')],
        ['Valdoria', placeEntity('Valdoria', 'VD', 'country')],
      ],
    };
    expect(placedAt(spec, true)).toEqual([['Brackley', 'SY']]);
  });
});
