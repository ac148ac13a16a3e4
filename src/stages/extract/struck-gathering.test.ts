import { describe, expect, it } from 'vitest';
import { placeEntity } from './fixture-entities.js';
import { subTypesOf } from '../../../test/support/resolved-events.js';

/** The sub-types of an English text told in Verona. */
const typesInVerona = (text: string) =>
  subTypesOf({ text, published: '2023-06-11', mentions: [['Verona', placeEntity('Verona', 'IT')]] });

describe('a gathering named as where a weapon went off', () => {
  it('is the scene of the blast, not a protest of its own', () => {
    expect(typesInVerona('A pipe bomb exploded at a farmers rally in Verona late on Sunday.')).toEqual([
      'Remote explosive/landmine/IED',
    ]);
    expect(typesInVerona('A hand grenade was lobbed into the student march in Verona.')).toEqual(['Grenade']);
  });

  it('leaves a protest held after a blast elsewhere, or beside it, as a protest', () => {
    expect(
      typesInVerona('Hundreds staged a rally in Verona after a pipe bomb went off outside the town hall.'),
    ).toContain('Peaceful protest');
    expect(
      typesInVerona(
        'Farmers gathered at a rally in Verona hours before a pipe bomb exploded by the station.',
      ),
    ).toContain('Peaceful protest');
    expect(typesInVerona('Farmers held a protest march through Verona against the new water tax.')).toEqual([
      'Peaceful protest',
    ]);
  });
});
