import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../extract/fixture-document.js';
import { placeEntity } from '../extract/fixture-entities.js';
import { createExtractStage } from '../extract/index.js';
import { dateIncidents } from './incident-dating.js';
import { readMentions } from './mention-reading.js';

const extract = createExtractStage();

/** The one incident of `text`, dated as the resolve stage dates it, published on 20 September 2021. */
function dated(text: string) {
  const doc = fixtureDocument({
    text,
    published: '2021-09-20',
    mentions: [['Brackley', placeEntity('Brackley', 'SY')]],
  });
  extract.run(doc, { referenceDate: null });
  const starts = (doc.sentences ?? []).map((s) => s.span[0]);
  const items = readMentions(doc, starts, '2021-09-20');
  dateIncidents(items, items, doc, starts, '2021-09-20', false);
  return items.map((item) => item.event);
}

describe('dating the incidents an article tells', () => {
  it('gives undated news the day of publication, and says so', () => {
    const [event] = dated('Gunmen killed two guards in Brackley.');
    expect(event.date).toMatchObject({ value: '2021-09-20', precision: 'day', basis: 'publication date' });
    expect(event.timing?.value).toBe('current');
  });

  it('gives news told as "earlier" only the month it is carried from', () => {
    const [event] = dated('Earlier, gunmen killed two guards in Brackley.');
    expect(event.date).toMatchObject({ value: '2021-09', precision: 'month' });
  });
});
