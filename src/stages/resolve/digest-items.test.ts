import { describe, expect, it } from 'vitest';
import type { At } from '../extract/fixture-document.js';
import { placeEntity } from '../extract/fixture-entities.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';

type Entity = ReturnType<typeof placeEntity>;

describe('a news digest', () => {
  it("places an item's unplaced event in its own item's country, not the digest's most named one", () => {
    const text = [
      '* Ruritania counts its refugees',
      '* Lakhpur - Reuters: Ruritania said on Monday that refugees keep reaching Ruritania.',
      'Ruritania has asked for help. Ruritania opened a camp.',
      '* Freedonia jails opposition members',
      '* Rampur - AFP: A court in Freedonia jailed eleven men. Demonstrators clashed with police on Monday.',
    ].join('\n');
    const events = resolvedEvents({
      text,
      published: '2019-04-02',
      mentions: [
        ...[1, 2, 3, 4, 5].map((n): At<Entity> => [
          'Ruritania',
          placeEntity('Ruritania', 'RU', 'country'),
          n,
        ]),
        ['Freedonia', placeEntity('Freedonia', 'FD', 'country'), 1],
      ],
    });
    const riot = events.find((e) => e.evidence.some((s) => text.slice(s[0], s[1]).includes('clashed')));
    expect(riot?.location?.country).toBe('FD');
  });
});
