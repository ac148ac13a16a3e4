import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

const known: FixtureSpec['mentions'] = [
  ['Velmora', placeEntity('Velmora', 'RT')],
  ['Ruritania', placeEntity('Ruritania', 'RT', 'country')],
  ['Red Banner Front', actorEntity('Red Banner Front', 'armed-group', 'RT')],
];
const subTypeOf = (text: string) =>
  firstSubType({ text, mentions: known.filter(([name]) => text.includes(name)) });

describe('raids told on a whole town or country', () => {
  it.each([
    'Nine farmers died in raids on the Red Banner Front bastion of Velmora at dawn, medics said.',
    'Night raids over Ruritania left nine farmers dead, medics said.',
    'Red Banner Front militants were killed in raids on Velmora at dawn, medics said.',
  ])('are air raids: "%s"', (text) => {
    expect(subTypeOf(text)).toBe('Air/drone strike');
  });

  it('stay on foot when the police raid, or when the raid falls on a house', () => {
    const onFoot = [
      'Police raids in Velmora left two smugglers dead, officers said.',
      'Gunmen killed two guards in a raid on a farmhouse near Velmora.',
      'Bandits kill nine herders in a raid on Velmora.',
    ].map(subTypeOf);
    // Each is read as an event, so the air strike is missing for the rule's sake, not for want of an event.
    expect(onFoot).toEqual([expect.any(String), expect.any(String), expect.any(String)]);
    expect(onFoot).not.toContain('Air/drone strike');
  });
});
