import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const zabul = placeEntity('Zabul', 'AF');

// Bare verbs of wrecking tell an incident only with an armed hand; a weak verb with an armed subject
// tells one even where no place is named.
describe('wrecking and attacks by an armed hand', () => {
  it('keeps a mast a known armed group damaged', () => {
    const mentions: FixtureSpec['mentions'] = [
      ['Taliban', actorEntity('Taliban')],
      ['Zabul', zabul],
    ];
    expect(subTypesOf({ text: 'The Taliban damaged a telecom mast in Zabul.', mentions })).toEqual([
      'Looting/property destruction',
    ]);
  });

  it('keeps a depot destroyed by unknown perpetrators', () => {
    expect(
      subTypesOf({
        text: 'A fuel depot was destroyed by unknown perpetrators in Zabul.',
        mentions: [['Zabul', zabul]],
      }),
    ).toEqual(['Looting/property destruction']);
  });

  it('drops a mast a company damaged', () => {
    expect(
      subTypesOf({ text: 'The company damaged a telecom mast in Zabul.', mentions: [['Zabul', zabul]] }),
    ).toEqual([]);
  });

  it('keeps an attack by masked men with no place named', () => {
    expect(subTypesOf({ text: 'Masked men attacked a bus carrying pilgrims.' })).toEqual(['Attack']);
  });

  it('keeps an attack by an armed side named after "by", with no place named', () => {
    expect(subTypesOf({ text: 'The bus was targeted by unknown perpetrators.' })).toEqual(['Attack']);
  });

  it('keeps an office damaged by a weapon named after "by"', () => {
    expect(subTypesOf({ text: 'A party office was damaged by a homemade explosive device.' })).toEqual([
      'Remote explosive/landmine/IED',
    ]);
  });

  it('keeps a depot a unit of a known armed group partially destroyed', () => {
    const mentions: FixtureSpec['mentions'] = [
      ['Hamas', actorEntity('Hamas')],
      ['Zabul', zabul],
    ];
    expect(subTypesOf({ text: 'A Hamas unit partially destroyed a fuel depot in Zabul.', mentions })).toEqual(
      ['Looting/property destruction'],
    );
  });

  it('keeps a school militants burned, with no place named', () => {
    expect(subTypesOf({ text: 'Militants burned a village school.' })).toEqual([
      'Looting/property destruction',
    ]);
  });

  it('takes the armed men after "by" for the attackers, not for the target', () => {
    const text = 'A shrine in Zabul was attacked by a band of gunmen on Friday.';
    expect(subTypesOf({ text, mentions: [['Zabul', zabul]] })).toEqual(['Attack']);
  });
});
