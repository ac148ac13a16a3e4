import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { placeEntity } from './fixture-entities.js';
import { tollFromWords } from './worded-tolls.js';

// One named person killed: a member of a parliament told by the letters of the seat ("MP"), and a name the
// halfway point between two acts of one sentence would have split.

const killed = (text: string) => tollFromWords(text, [0, text.length], 'killed')?.value ?? null;

describe('one victim named with a member title', () => {
  it.each([
    ['Masked men killed Ruritania MP Ivo Marek near the ferry.', 1],
    ['Two snipers shot dead lawmaker Ivo Marek outside the court.', 1],
    // The letters name no one killed when no name follows: the seat holders' count is left to numbers.
    ['The shelling killed MPs and their guards.', null],
  ] as const)('"%s" → %s', (text, value) => {
    expect(killed(text)).toBe(value);
  });
});

describe('a name between two acts of one sentence stays whole', () => {
  it('keeps the victim named after "assassinated" with that act, and its toll', () => {
    const text =
      'Raiders assassinated army Major general Saif-al-Din Karimi, a Ruritanian border officer, opening fire on him near the ferry.';
    const [event] = resolvedEvents({ text });
    expect(event.fatalities?.value).toBe(1);
  });

  it('gives the toll no victim when the act names none', () => {
    const text = 'Gunmen attacked the quay of the old port at night, firing at the guards from a boat.';
    const [event] = resolvedEvents({ text });
    expect(event.fatalities).toBeNull();
  });

  it('moves past the name to the clause mark, so the place told after the name stays with its act', () => {
    const text =
      'A grenade went off outside a chapel in the Ruritanian Free State hamlet of Dorvik; the blast came hours after a funeral was held there.';
    const events = resolvedEvents({ text, mentions: [['Dorvik', placeEntity('Dorvik', 'NO')]] });
    expect(events.map((e) => e.location?.name)).toEqual(['Dorvik']);
  });
});
