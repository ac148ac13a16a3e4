import { describe, expect, it } from 'vitest';
import { assertedWords } from '../../../test/support/asserted-words.js';
import { placeEntity } from './fixture-entities.js';

const mentions: [string, ReturnType<typeof placeEntity>][] = [['Velmora', placeEntity('Velmora', 'BV')]];
/** The trigger words of `text` the gate keeps as told acts. */
const asserted = (text: string) => assertedWords({ text, mentions });

describe('acts held back or met with caution', () => {
  it.each([
    'The Ruritanian command held off on fresh air strikes around Velmora on Tuesday.',
    'The cabinet is cautious about new raids near Velmora, an aide said.',
    'Townspeople remain wary of more shelling in Velmora after the truce.',
    'The militia refrained from attacking the garrison in Velmora on Tuesday.',
  ])('are no acts told: "%s"', (text) => {
    expect(asserted(text)).toEqual([]);
  });

  it('are no acts told when a shield is raised against them', () => {
    expect(asserted('Farmers near Velmora lit straw fires to give cover against air attack.')).toEqual([]);
  });

  it('leave the firing told after people took cover against a wall', () => {
    const text = 'Shoppers in Velmora took cover against a wall as gunmen fired on the market on Tuesday.';
    expect(asserted(text)).toContain('gunmen fired');
  });

  it('leave an act told beside them as done', () => {
    expect(
      asserted('Jets bombed a depot in Velmora on Tuesday, though the cabinet stayed cautious.'),
    ).toEqual(['bombed']);
  });
});
