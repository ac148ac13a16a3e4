import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from '../extract/fixture-document.js';
import { actorEntity, placeEntity } from '../extract/fixture-entities.js';
import { createExtractStage } from '../extract/index.js';
import { createResolveStage } from './index.js';

const ctx = { referenceDate: null };
const front = actorEntity('Qarn Liberation Front', 'armed-group', 'PE');
const army = actorEntity('Qarn Popular Army', 'armed-group', 'PE');
const tarma = placeEntity('Tarma', 'PE');

/** actor1 of the first event the pipeline reads in `text`. */
function perpetrator(text: string, mentions: FixtureSpec['mentions']): string | undefined {
  const doc = fixtureDocument({ text, published: '1990-03-02', mentions });
  createExtractStage().run(doc, ctx);
  createResolveStage().run(doc, ctx);
  return doc.events![0].actor1?.name;
}

describe('the bare rebels of an article that calls one group’s fighters so', () => {
  it('are that group, whose guerrillas the article names after its name', () => {
    const text =
      'Guerrillas attacked a police post in Tarma on Sunday, killing two policemen. ' +
      'Officers said five Front guerrillas died in the fighting.';
    expect(
      perpetrator(text, [
        ['Tarma', tarma],
        ['Front', front],
      ]),
    ).toBe('Qarn Liberation Front');
  });

  it('are that group, whose rebels the article names before its name', () => {
    const text =
      'Rebels attacked a police post in Tarma on Sunday, killing two policemen. ' +
      'It was the third raid by rebels of the Front this month.';
    expect(
      perpetrator(text, [
        ['Tarma', tarma],
        ['Front', front],
      ]),
    ).toBe('Qarn Liberation Front');
  });

  it('stay unnamed where the group is named but its fighters are not called rebels', () => {
    const text =
      'Guerrillas attacked a police post in Tarma on Sunday, killing two policemen. ' +
      'The Front has called for talks.';
    expect(
      perpetrator(text, [
        ['Tarma', tarma],
        ['Front', front],
      ]),
    ).toBe('Opposition Rebels (Peru)');
  });

  it('stay unnamed where the article calls the group a rebel group, not its fighters rebels', () => {
    const text =
      'Rebels attacked a police post in Tarma on Sunday, killing two policemen. ' +
      'The Front rebel group denied any part in it.';
    expect(
      perpetrator(text, [
        ['Tarma', tarma],
        ['Front', front],
      ]),
    ).toBe('Opposition Rebels (Peru)');
  });

  it('stay unnamed where two groups’ fighters are called so', () => {
    const text =
      'Guerrillas attacked a police post in Tarma on Sunday, killing two policemen. ' +
      'Officers said Front guerrillas and Army guerrillas joined in.';
    const mentions: FixtureSpec['mentions'] = [
      ['Tarma', tarma],
      ['Front', front],
      ['Army', army],
    ];
    expect(perpetrator(text, mentions)).toBe('Opposition Rebels (Peru)');
  });
});
