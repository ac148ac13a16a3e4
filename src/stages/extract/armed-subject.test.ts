import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const zabul = placeEntity('Zabul', 'AF');

// Bare verbs of wrecking tell an incident only with an armed hand; a weak attack verb with an armed subject
// tells one even where no place is named.
describe('wrecking by an armed hand', () => {
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

  it('keeps an attack by masked men described before the verb, with no place named', () => {
    expect(subTypesOf({ text: 'Three masked men armed with shotguns attacked a ferry crew.' })).toEqual([
      'Attack',
    ]);
  });

  it('drops an attack made in words by a report on an armed side', () => {
    expect(subTypesOf({ text: 'A report on rebels from the north attacked the tax law.' })).toEqual([]);
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
});
