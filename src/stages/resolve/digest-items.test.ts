import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../extract/fixture-document.js';
import { placeEntity } from '../extract/fixture-entities.js';
import { createExtractStage } from '../extract/index.js';
import { createResolveStage } from './index.js';

const ctx = { referenceDate: null };

describe('a news digest', () => {
  it("places an item's unplaced event in its own item's country, not the digest's most named one", () => {
    const text = [
      '* Ruritania counts its refugees',
      '* Lakhpur - Reuters: Ruritania said on Monday that refugees keep reaching Ruritania.',
      'Ruritania has asked for help. Ruritania opened a camp.',
      '* Freedonia jails opposition members',
      '* Rampur - AFP: A court in Freedonia jailed eleven men. Demonstrators clashed with police on Monday.',
    ].join('\n');
    const doc = fixtureDocument({
      text,
      published: '2019-04-02',
      mentions: [1, 2, 3, 4, 5].map((n) => ['Ruritania', placeEntity('Ruritania', 'RU', 'country'), n - 1]),
    });
    doc.mentions!.push(
      ...fixtureDocument({
        text,
        mentions: [['Freedonia', placeEntity('Freedonia', 'FD', 'country'), 1]],
      }).mentions!,
    );
    createExtractStage().run(doc, ctx);
    createResolveStage().run(doc, ctx);
    const riot = doc.events!.find((e) => e.evidence.some((s) => text.slice(s[0], s[1]).includes('clashed')));
    expect(riot?.location?.country).toBe('FD');
  });
});
