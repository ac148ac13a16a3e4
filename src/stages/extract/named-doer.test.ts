import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const front = actorEntity('Ruritanian Front', 'armed-group', 'RT');
const army = actorEntity('Military Forces of Ruritania', 'state-forces', 'RT');
const town = placeEntity('Ostrava Nova', 'RT');
const lead = 'A bomb killed two soldiers at a checkpoint in Ostrava Nova on Friday.';

/** The incident, then a sentence of its own that may lay it on the Front. */
function perpetrator(next: string, lead_ = lead): string | undefined {
  const text = `${lead_} ${next}`;
  const names = (
    [
      ['Ruritanian Front', front],
      ['Military Forces of Ruritania', army],
      ['Ostrava Nova', town],
    ] as [string, typeof front][]
  ).filter(([name]) => text.includes(name));
  return resolvedEvents({ text, published: '2019-02-02', mentions: names })[0]?.actor1?.name;
}

describe('a sentence of its own that lays the incident told before on an armed group', () => {
  it.each([
    'It was blamed on the Ruritanian Front.',
    'Officials attributed it to the Ruritanian Front.',
    'The Ruritanian Front has been widely blamed.',
    'Police blamed the Ruritanian Front for it.',
    'The gunmen were fighters from the Ruritanian Front, police said.',
    'According to police the Ruritanian Front was behind the attack.',
  ])('names its perpetrator: %s', (next) => {
    expect(perpetrator(next)).toBe('Ruritanian Front');
  });

  it.each([
    'The Ruritanian Front was not blamed.',
    'The Ruritanian Front is suspected.',
    'The Ruritanian Front was most likely behind the attack.',
    'The Ruritanian Front blamed the government.',
  ])('names none when the blame is denied, a suspicion, or the group the one blaming: %s', (next) => {
    expect(perpetrator(next)).toBeUndefined();
  });

  it('never replaces a perpetrator the incident named', () => {
    const raid =
      'Soldiers of the Military Forces of Ruritania raided a farm in Ostrava Nova on Friday, killing two men.';
    expect(perpetrator('It was blamed on the Ruritanian Front.', raid)).toBe('Military Forces of Ruritania');
  });
});
