import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../core/records.js';
import { actorEntity, placeEntity } from '../extract/fixture-entities.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { namesOneWithOthers } from './added-victims.js';
import { toldEvent as eventOf } from './placed-fixture.js';

const killed = (n: number): Omit<Quantity, 'span'> => ({ value: n, qualifier: 'exact', role: 'killed' });
const army = actorEntity('Military Forces of Ruritania', 'state-forces', 'RU');
const tarbil = placeEntity('Tarbil', 'RU');

/** The places and death tolls of the events told in `text`, whose first count is "one", its second "ten". */
const tollsOf = (text: string) =>
  resolvedEvents({
    text,
    published: '2020-05-04',
    mentions: [
      ['Army troops', army],
      ['Tarbil', tarbil],
    ],
    quantities: [
      ['one', killed(1)],
      ['ten', killed(10)],
    ],
  }).map((e) => [e.location?.name, e.fatalities?.value]);

describe('a victim counted alone, then named with the others killed beside him', () => {
  it('takes the named one and the others as the toll of the incident told just before', () => {
    const text =
      'Army troops fought rebels in Tarbil and killed one of their commanders. Dario Vell Moreno and ten of his ' +
      'fighters were killed in the army assault between two hamlets.';
    expect(tollsOf(text)).toEqual([['Tarbil', 11]]);
  });

  it.each([
    ['Dario Vell Moreno and ten of his fighters were killed.', true],
    ['Omar al-Khatib along with ten others died in the assault.', true],
    // One capitalised word may open any sentence: no name in full.
    ['Rebels and ten of their wives were killed.', false],
    ['The commander and ten of his fighters were killed.', false],
  ])('reads "%s" as one named in full with others: %s', (text, named) => {
    const event = eventOf(text, 'killed', {
      fatalities: { value: 11, qualifier: 'exact', spans: [[0, text.indexOf('ten') + 3]] },
      evidence: [[0, text.length]],
    });
    expect(namesOneWithOthers(event, text)).toBe(named);
  });
});
