import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { killed } from './fixture-actors.js';
import { placeEntity } from './fixture-entities.js';

/** The events of a text whose "eight" counts guards killed. */
const eventsOf = (text: string) =>
  resolvedEvents({
    text,
    published: '2021-05-12',
    mentions: [['Velmora', placeEntity('Velmora', 'RT')]],
    quantities: [['eight', killed(8, 'guards')]],
  });

describe('the clause of an act set aside before the act a sentence tells', () => {
  it('lends its dead to no act told after its end', () => {
    const events = eventsOf(
      'The army denied that eight guards were killed near Velmora, but gunmen attacked a fuel depot in Velmora on Tuesday.',
    );
    expect(events).toHaveLength(1);
    expect(events[0].fatalities).toBeNull();
  });

  it('still lends the dead told before the act in its own clause', () => {
    const [event] = eventsOf(
      'The eight guards were killed when gunmen attacked a fuel depot in Velmora on Tuesday.',
    );
    expect(event.fatalities?.value).toBe(8);
  });
});
