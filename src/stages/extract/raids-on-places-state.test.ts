import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { demonymEntity, placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

const known: FixtureSpec['mentions'] = [
  ['Ruritanian', demonymEntity('Ruritania', 'RT')],
  ['Velmora', placeEntity('Velmora', 'BV')],
];
/** The sub-type of the event the first sentence of `text` tells. */
const subTypeOf = (text: string) =>
  firstSubType({ text, mentions: known.filter(([name]) => text.includes(name)) });
const AIR = ' Ruritanian warplanes bombed army posts outside Velmora overnight, a monitor said.';

describe("a state's bare raids in a text that tells its aircraft", () => {
  it.each([
    'Nine soldiers were killed in Ruritanian raids near Velmora on Monday.',
    'Ruritanian raids killed nine soldiers near Velmora on Monday.',
    'Nine villagers were killed in Ruritanian raids near Velmora on Monday.',
  ])('are air raids: "%s"', (lead) => {
    expect(subTypeOf(lead + AIR)).toBe('Air/drone strike');
  });

  it('stay a fight when the text tells no aircraft', () => {
    expect(subTypeOf('Nine soldiers were killed in Ruritanian raids near Velmora on Monday.')).toBe(
      'Armed clash',
    );
  });

  it.each([
    'Nine gunmen were killed in a Ruritanian night raid near Velmora on Monday.',
    'Nine gunmen were killed in Ruritanian troops raids near Velmora on Monday.',
    'Nine gunmen were killed in Ruritanian raids on homes near Velmora on Monday.',
    'Ruritanian troops raided a farm near Velmora on Monday, killing nine gunmen.',
  ])('stay on the ground when told on foot: "%s"', (lead) => {
    const sub = subTypeOf(lead + AIR);
    // Each is read as an event, so the air strike is missing for the rule's sake, not for want of an event.
    expect(sub).toEqual(expect.any(String));
    expect(sub).not.toBe('Air/drone strike');
  });
});
