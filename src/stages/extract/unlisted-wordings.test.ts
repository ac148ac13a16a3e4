import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { placeEntity } from './fixture-entities.js';

/** The sub-types of the events a text tells, Tromso known as a place wherever the text names it. */
function typesOf(text: string): string[] {
  return subTypesOf({
    text,
    mentions: text.includes('Tromso') ? [['Tromso', placeEntity('Tromso', 'NO')]] : [],
  });
}

// Incidents told in wordings the trigger rows missed: a court's ruling named only as what the act answered,
// a mine stepped on or driven over, a building damaged by a bomb, one taken by force, and a wound told by the
// part of the body it struck.
describe('incidents in wordings the rows missed', () => {
  it.each([
    [
      'a ruling the act answered',
      'A ferry office in Tromso was set on fire in response to the verdict on two activists.',
    ],
    ['a mine stepped on', 'A herdsman stepped on a mine outside Tromso and lost his foot.'],
    ['a mine driven over', 'The patrol car drove over a mine on the coast road near Tromso.'],
    ['a building damaged by a bomb, told nowhere', 'A ferry office was damaged by a small explosive device.'],
    ['a house destroyed by a fire', 'The house of a councillor in Tromso was destroyed by a fire.'],
    ['an embassy invaded', 'Eight men invaded the embassy in Tromso to demand the release of a prisoner.'],
    ['a consulate seized', 'Two exiles seized control of the consulate in Tromso for a day.'],
    [
      'a wound told by where it struck',
      'A harbour clerk was wounded in the chest outside his home in Tromso.',
    ],
  ])('keeps %s', (_case, text) => {
    expect(typesOf(text)).toHaveLength(1);
  });

  it.each([
    ['a court ruling on a bombing', 'A court in Tromso convicted two men of the bombing of a bank.'],
    ['a colliery collapse', 'Four miners were killed when a mine collapsed near Tromso.'],
    ['a threat to shoot', 'The rebels threatened that they would shoot any soldier near Tromso.'],
    ['a warning of bombings', 'The group warned of more bombings in Tromso.'],
    ['a bombing planned', 'The cell plans to bomb a bank in Tromso.'],
    ['a country invaded', 'The army invaded the country two decades ago.'],
    ['a house damaged by a storm', 'A ferry office was damaged by the storm.'],
    ['a player hurt in training', 'The goalkeeper was injured in the leg during training in Tromso.'],
  ])('gives none for %s', (_case, text) => {
    expect(typesOf(text)).toEqual([]);
  });
});
