import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const marib = placeEntity('Marib', 'YE');
const rebels = actorEntity('Houthi Movement');

/** Each resolved event's sub-type and dead, for a text told in Marib with `dead` killed. */
function tolls(text: string, dead: string, value: number) {
  const events = resolvedEvents({
    text,
    mentions: [
      ['مأرب', marib],
      ['الحوثيين', rebels],
    ],
    quantities: [[dead, { value, qualifier: 'exact', role: 'killed', noun: 'مسلحين' }]],
  });
  return events.map((e) => [e.sub_event_type?.value, e.fatalities?.value ?? null]);
}

describe('the dead of a flood told next to a battle are no toll of it', () => {
  it('gives fighters a flood drowned in the next sentence to no battle', () => {
    const text =
      'اندلعت معارك بين الجيش والحوثيين في مدينة مأرب يوم الأحد. ولقي تسعة مسلحين مصرعهم بعد أن جرفتهم السيول في واد قريب.';
    expect(tolls(text, 'تسعة', 9)).toEqual([['Armed clash', null]]);
  });

  it('reads a single torrent («سيل») as a disaster too, the battle told again between', () => {
    const text =
      'اندلعت معارك بين الجيش والحوثيين في مدينة مأرب يوم الأحد. وتتواصل المواجهات في أطراف المدينة. ومات 13 مقاتلا عندما باغتهم سيل جارف في واد شرقي المدينة.';
    expect(tolls(text, '13', 13)).toEqual([['Armed clash', null]]);
  });
});
