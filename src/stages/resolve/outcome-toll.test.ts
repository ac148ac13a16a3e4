import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../core/records.js';
import { tollAsOutcome } from './outcome-toll.js';
import { eventRecord } from './placed-fixture.js';

/** An event whose trigger is `trigger` and whose toll is the count `count`, both found in `text`. */
function told(text: string, trigger: string, count: string): EventRecord {
  const at = (word: string): [number, number] => [text.indexOf(word), text.indexOf(word) + word.length];
  return eventRecord('Remote explosive/landmine/IED', at(trigger), [0, text.length], {
    fatalities: { value: Number(count), qualifier: 'exact', spans: [at(count)] },
  });
}

describe('tollAsOutcome', () => {
  it.each([
    ['The talks stalled after a car bombing that killed 14 pilgrims.', 'bombing', '14'],
    ['A roadside blast, which has left 6 soldiers dead, shut the highway.', 'blast', '6'],
    ['Jets struck the fuel depot, killing 8 workers.', 'struck', '8'],
    ['وجاءت المحادثات بعد تفجير سيارة مفخخة أسفر عن مقتل 14 زائرا.', 'تفجير', '14'],
  ])('reads the toll of "%s" as the outcome of its trigger', (text, trigger, count) => {
    expect(tollAsOutcome(told(text, trigger, count), text)).toBe(true);
  });

  it.each([
    // The toll is a figure of its own sentence, not the bombing's outcome.
    ['Car bombings went on. Over the winter 14 pilgrims died.', 'bombings', '14'],
    // A toll told before the trigger is no outcome of it.
    ['14 pilgrims died in a car bombing.', 'bombing', '14'],
  ])('does not read the toll of "%s" as its outcome', (text, trigger, count) => {
    expect(tollAsOutcome(told(text, trigger, count), text)).toBe(false);
  });
});
