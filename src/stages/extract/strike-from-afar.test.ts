import { describe, expect, it } from 'vitest';
import { actorEntity, demonymEntity, placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

type Named = [string, ReturnType<typeof demonymEntity>];
const ruritanian: Named = ['Ruritanian', demonymEntity('Ruritania', 'RT')];
const front: Named = ['Dawn Front', actorEntity('Dawn Front', 'armed-group', 'KS')];
const mentions = [ruritanian, front];

describe("a state's blow at another state's armed men across a border", () => {
  it('is a strike from afar, not a battle, when told by a bare attack word', () => {
    const text = 'A Ruritanian attack on a Dawn Front training camp killed three fighters on Sunday.';
    expect(firstSubType({ text, mentions })).toBe('Shelling/artillery/missile attack');
  });

  it('is a strike from afar when the state is named as the doer by its country', () => {
    const text = 'Ruritania had struck a Kessan army post near the border on Friday.';
    const states: Named[] = [
      ['Ruritania', placeEntity('Ruritania', 'RT', 'country')],
      ['Kessan', demonymEntity('Kessa', 'KS')],
    ];
    expect(firstSubType({ text, mentions: states })).toBe('Shelling/artillery/missile attack');
  });

  it('stays a clash when the doer is troops on the ground', () => {
    const text = 'Ruritanian troops attacked a Dawn Front training camp on Sunday, killing three fighters.';
    expect(firstSubType({ text, mentions })).toBe('Armed clash');
  });

  it('stays a clash when fire is exchanged', () => {
    const text = 'The Ruritanian army clashed with Kessan soldiers along the border on Sunday.';
    const kessan: Named = ['Kessan', demonymEntity('Kessa', 'KS')];
    expect(firstSubType({ text, mentions: [ruritanian, kessan] })).toBe('Armed clash');
  });
});
