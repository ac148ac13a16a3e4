import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../core/records.js';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { actorEntity, placeEntity } from '../extract/fixture-entities.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';

const killed = (n: number): Omit<Quantity, 'span'> => ({
  value: n,
  qualifier: 'exact',
  role: 'killed',
  noun: 'people',
});
const regime = actorEntity('Military Forces of Syria', 'state-forces', 'SY');
const tuesday = { value: '2019-03-26', precision: 'day' as const, reason: 'weekday' as const };

/** The sub-types and towns of the events told in `text`, which names Kafr Dael (and Tall Rifat) and the regime. */
const eventsOf = (text: string, mentions: NonNullable<FixtureSpec['mentions']>) =>
  resolvedEvents({
    text,
    published: '2019-03-27',
    mentions: [['Regime', regime], ...mentions],
    times: [['on Tuesday', tuesday]],
    quantities: [['40', killed(40)]],
  }).map((e) => [e.sub_event_type?.value, e.location?.name]);

describe('a gas attack and the raid that carried it', () => {
  const kafr = placeEntity('Kafr Dael', 'SY');

  it('makes the jets that pounded the town of a gas attack, told right after it, that gas attack', () => {
    const events = eventsOf(
      'A suspected chemical attack killed 40 people in Kafr Dael on Tuesday. Regime jets pounded Kafr Dael.',
      [
        ['Kafr Dael', kafr],
        ['Kafr Dael', kafr, 2],
      ],
    );
    expect(events).toEqual([['Chemical weapon', 'Kafr Dael']]);
  });

  it('makes the raid told first a gas attack when the next sentence tells the gas at its town', () => {
    const events = eventsOf(
      'Regime jets pounded Kafr Dael on Tuesday. A suspected chemical attack killed 40 people in Kafr Dael.',
      [
        ['Kafr Dael', kafr],
        ['Kafr Dael', kafr, 2],
      ],
    );
    expect(events).toEqual([['Chemical weapon', 'Kafr Dael']]);
  });

  it('keeps a raid on another town, or one told well after the gas attack, apart from it', () => {
    const elsewhere = eventsOf(
      'A suspected chemical attack killed 40 people in Kafr Dael on Tuesday. Regime jets pounded Tall Rifat.',
      [
        ['Kafr Dael', kafr],
        ['Tall Rifat', placeEntity('Tall Rifat', 'SY')],
      ],
    );
    expect(elsewhere).toEqual([
      ['Chemical weapon', 'Kafr Dael'],
      ['Air/drone strike', 'Tall Rifat'],
    ]);
    const later = eventsOf(
      'A suspected chemical attack killed 40 people in Kafr Dael on Tuesday. Medics treated dozens. ' +
        'Rescuers dug through rubble. Regime jets pounded Kafr Dael.',
      [
        ['Kafr Dael', kafr],
        ['Kafr Dael', kafr, 2],
      ],
    );
    expect(later).toHaveLength(2);
  });

  it('keeps a raid at the town with dead of its own apart from the gas attack', () => {
    const events = resolvedEvents({
      text: 'A suspected chemical attack hit Kafr Dael on Tuesday. Regime jets pounded Kafr Dael, killing 40 people.',
      published: '2019-03-27',
      mentions: [
        ['Regime', regime],
        ['Kafr Dael', kafr],
        ['Kafr Dael', kafr, 2],
      ],
      times: [['on Tuesday', tuesday]],
      quantities: [['40', killed(40)]],
    });
    expect(events.map((e) => e.sub_event_type?.value)).toEqual(['Chemical weapon', 'Air/drone strike']);
  });
});
