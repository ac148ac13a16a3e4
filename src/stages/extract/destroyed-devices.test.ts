import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { type FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const manbij = placeEntity('Manbij', 'SY');
const daesh = actorEntity('Islamic State', 'armed-group');

describe('devices an act destroyed', () => {
  it('do not type the strikes that destroyed them as a bombing', () => {
    const spec = {
      text: 'The command said the coalition conducted 18 strikes on Monday and destroyed 13 Daesh fighting positions seven Daesh vehicles and two car bombs near Manbij.',
      mentions: [
        ['Daesh', daesh],
        ['Daesh', daesh],
        ['Manbij', manbij],
      ],
    } satisfies FixtureSpec;
    expect(subTypesOf(spec)).toEqual(['Air/drone strike']);
  });

  it('still make a device taken out on its own a disrupted weapons use', () => {
    const spec = {
      text: 'The army destroyed two car bombs near Manbij on Monday.',
      mentions: [['Manbij', manbij]],
    } satisfies FixtureSpec;
    expect(subTypesOf(spec)).toEqual(['Disrupted weapons use']);
  });

  it('still type an act whose device destroyed the target as a bombing', () => {
    const spec = {
      text: 'In reaction to the shootings in Manbij, a college library was destroyed by a firebomb on Monday.',
      mentions: [['Manbij', manbij]],
    } satisfies FixtureSpec;
    expect(subTypesOf(spec)).toEqual(['Remote explosive/landmine/IED']);
  });
});
