import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { placeEntity } from '../extract/fixture-entities.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { eventRecord } from './placed-fixture.js';
import { countsSeveral, pluralTrigger } from './several-incidents.js';

const monday = { value: '2018-05-14', precision: 'day', reason: 'weekday' } as const;
const killed27 = { value: 27, qualifier: 'exact', role: 'killed' } as const;

/** A Monday round-up in Kirkuk province with 27 dead, then one of its attacks told at Hawija. */
function kirkukThenHawija(text: string): FixtureSpec {
  return {
    text,
    mentions: [
      ['Kirkuk', placeEntity('Kirkuk', 'IQ', 'region')],
      ['Hawija', placeEntity('Hawija', 'IQ')],
    ],
    times: [['on Monday', monday]],
    quantities: [['27 people', killed27]],
  };
}

/** "place toll" of each event the two stages make of the document. */
function tellings(spec: FixtureSpec): string[] {
  return resolvedEvents({ published: '2018-05-15', ...spec }).map(
    (e) => `${e.location?.name ?? '-'} ${e.fatalities?.value ?? '-'}`,
  );
}

describe('a round-up that counts several incidents under one toll', () => {
  it('keeps its toll apart from the one incident told after it', () => {
    const text =
      'Militants staged four coordinated attacks across Kirkuk province on Monday in which 27 people died. ' +
      'Gunmen attacked a checkpoint in Hawija.';
    expect(tellings(kirkukThenHawija(text))).toEqual(['Kirkuk 27', 'Hawija -']);
  });

  it('keeps its toll at its province, not at the town one of its attacks is told at', () => {
    const text =
      'Four simultaneous bombings in which 27 people were killed struck Kirkuk province on Monday. ' +
      'One of the attacks hit a market in Hawija.';
    expect(tellings(kirkukThenHawija(text))).toEqual(['Kirkuk 27', 'Hawija -']);
  });

  it('stays at its province when the next sentence tells one of its attacks at a town there', () => {
    const text =
      'Four separate bombings across Kirkuk province killed 27 people on Monday. ' +
      'The last wrecked a shop in Hawija.';
    const inKirkuk = (name: string, precision: 'town' | 'region') => {
      const entity = placeEntity(name, 'IQ', precision);
      return { ...entity, place: { ...entity.place!, admin1: 'Kirkuk' } };
    };
    const spec = {
      text,
      mentions: [
        ['Kirkuk', inKirkuk('Kirkuk', 'region')],
        ['Hawija', inKirkuk('Hawija', 'town')],
      ],
      times: [['on Monday', monday]],
      quantities: [['27 people', killed27]],
    } satisfies FixtureSpec;
    expect(tellings(spec)).toEqual(['Kirkuk 27']);
  });
});

describe('countsSeveral', () => {
  const told = (text: string, trigger: string) =>
    eventRecord('Attack', [text.indexOf(trigger), text.indexOf(trigger) + trigger.length], [0, text.length]);

  it('reads attacks or bombings counted, and blasts only when told apart', () => {
    const counted = (text: string, trigger: string) => countsSeveral(told(text, trigger), text);
    expect(counted('Gunmen staged five simultaneous attacks on Monday.', 'attacks')).toBe(true);
    expect(counted('Police said 3 separate blasts shook the city.', 'blasts')).toBe(true);
    expect(counted('Two blasts shook a market in the city.', 'blasts')).toBe(false);
    expect(counted('Rebels fired three suicide car bombs at a checkpoint.', 'car bombs')).toBe(false);
    expect(counted('The attacks on Monday shook the city.', 'attacks')).toBe(false);
    // The whole the incident told is one of counts several only when the toll is told of that whole.
    expect(counted('(One of two attacks) Three hotel guests were hurt by a bomb.', 'attacks')).toBe(false);
    expect(counted('This was the 3rd of 7 attacks that day.', 'attacks')).toBe(false);
    expect(counted('It was one of four attacks in which 30 died.', 'attacks')).toBe(true);
  });

  it('takes "one of the attacks" for one incident, not a reference to the round-up', () => {
    const text = 'One of the attacks hit a market.';
    expect(pluralTrigger(told(text, 'attacks'), text)).toBe(false);
    const all = 'The attacks hit markets.';
    expect(pluralTrigger(told(all, 'attacks'), all)).toBe(true);
  });
});
