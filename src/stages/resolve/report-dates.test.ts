import { describe, expect, it } from 'vitest';
import type { Document } from '../../core/records.js';
import { fixtureDocument } from '../extract/fixture-document.js';
import { placeEntity } from '../extract/fixture-entities.js';
import { createExtractStage } from '../extract/index.js';
import { createResolveStage } from './index.js';

const extract = createExtractStage();
const resolve = createResolveStage();
const ctx = { referenceDate: null };
const rampur = placeEntity('Rampur', 'IN');

function eventsOf(doc: Document) {
  extract.run(doc, ctx);
  resolve.run(doc, ctx);
  return doc.events!.map((e) => `${e.sub_event_type?.value} ${e.location?.name} ${e.date?.value ?? null}`);
}

describe('dates and places of a local report filed from a town', () => {
  it('places a blast "in the city" at the dateline town and dates it by the lead', () => {
    const doc = fixtureDocument({
      text: 'rampur: tension gripped the town on monday after a quarrel. later, a small bomb exploded in one part of the city.',
      published: '2011-04-06',
      mentions: [['rampur', rampur]],
      times: [['on monday', { value: '2011-04-04', precision: 'day', reason: 'weekday' }]],
    });
    expect(eventsOf(doc)).toEqual(['Remote explosive/landmine/IED Rampur 2011-04-04']);
  });

  it('places an incident "elsewhere in the city" at the town told before it', () => {
    const doc = fixtureDocument({
      text: 'Police defused a bomb near a school in Kirkuk. Elsewhere in the city, gunmen killed three policemen.',
      published: '2011-04-06',
      mentions: [['Kirkuk', placeEntity('Kirkuk', 'IQ')]],
      quantities: [['three', { value: 3, qualifier: 'exact', role: 'killed', noun: 'police' }]],
    });
    expect(eventsOf(doc).map((e) => e.split(' 20')[0])).toEqual([
      'Disrupted weapons use Kirkuk',
      'Armed clash Kirkuk',
    ]);
    // Told with no day or count, it is background: "the city" places nothing.
    const background = fixtureDocument({
      text: 'Police defused a bomb near a school in Kirkuk. In the city, militants shelled homes with rockets.',
      published: '2011-04-06',
      mentions: [['Kirkuk', placeEntity('Kirkuk', 'IQ')]],
    });
    expect(eventsOf(background).map((e) => e.split(' 20')[0])).toEqual(['Disrupted weapons use Kirkuk']);
  });

  it('tells a bomb under a section heading apart from the bomb told before the heading', () => {
    const tellings = (heading: string) => {
      const text = `A car bomb exploded in Kirkuk, killing five people.${heading} Gunmen attacked a patrol. A bomb exploded near a police station.`;
      const doc = fixtureDocument({
        text,
        published: '2011-04-06',
        mentions: [['Kirkuk', placeEntity('Kirkuk', 'IQ')]],
        quantities: [['five', { value: 5, qualifier: 'exact', role: 'killed', noun: 'people' }]],
      });
      extract.run(doc, ctx);
      resolve.run(doc, ctx);
      return doc.events!.flatMap((e) => e.evidence.map(([a, b]) => text.slice(a, b).trim()));
    };
    expect(tellings('')).toContain('A bomb exploded near a police station.');
    expect(tellings('\n\nAttacks on the rise\n\n')).toContain(
      'A car bomb exploded in Kirkuk, killing five people.',
    );
    expect(tellings('\n\nAttacks on the rise\n\n')).not.toContain('A bomb exploded near a police station.');
  });

  it('dates an incident told as "earlier" by the month only', () => {
    const doc = fixtureDocument({
      text: 'Earlier, police fired 9 rounds to disperse a rioting mob in Rampur.',
      published: '2011-04-06',
      mentions: [['Rampur', rampur]],
    });
    expect(eventsOf(doc)).toEqual(['Mob violence Rampur 2011-04']);
  });

  it('leaves undated an incident the text names by its town, as a known reference', () => {
    const doc = fixtureDocument({
      text: 'Shops stayed shut in protest against the Rampur train carnage.',
      published: '2011-04-06',
      mentions: [['Rampur', rampur]],
    });
    const dates = eventsOf(doc).filter((e) => e.includes('Rampur'));
    expect(dates).not.toHaveLength(0);
    for (const e of dates) expect(e.endsWith(' null')).toBe(true);
  });
});
