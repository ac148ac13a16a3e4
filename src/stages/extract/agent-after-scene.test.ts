import { describe, expect, it } from 'vitest';
import { resolvedEvents, subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const mentions: FixtureSpec['mentions'] = [
  ['Tell Amra', placeEntity('Tell Amra', 'SY')],
  ['the Qarn Liberation Front', actorEntity('Qarn Liberation Front')],
];

describe('the agent of a passive wrecking told after its scene', () => {
  it('keeps a depot an armed side wrecked, named after the place', () => {
    const text =
      'A lorry depot was partly destroyed in the river port of Tell Amra by the Qarn Liberation Front.';
    const events = resolvedEvents({ text, mentions });
    expect(events.map((e) => [e.sub_event_type?.value, e.actor1?.name])).toEqual([
      ['Looting/property destruction', 'Qarn Liberation Front'],
    ]);
  });

  it('keeps a wrecking whose agent follows when it happened', () => {
    const text = 'A fuel truck was destroyed after pulling over near Tell Amra by the Qarn Liberation Front.';
    expect(subTypesOf({ text, mentions })).toEqual(['Looting/property destruction']);
  });

  it('reads no agent past a comma: the "by" names who holds the village', () => {
    const text = 'A barn was destroyed in Tell Amra, a village held by the Qarn Liberation Front.';
    expect(subTypesOf({ text, mentions })).toEqual([]);
  });
});
