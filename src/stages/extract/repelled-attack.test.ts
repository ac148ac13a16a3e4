import { describe, expect, it } from 'vitest';
import { actorsOf } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { createExtractStage } from './index.js';

/** The attackers and the district of the English sentences below. */
const houthisAtSirwah: FixtureSpec['mentions'] = [
  ['Houthi', actorEntity('Houthi Movement')],
  ['Sirwah', placeEntity('Sirwah', 'YE')],
];

describe('the side that repelled an attack', () => {
  it('takes the army that repelled the attack for its target, the attackers for its perpetrator', () => {
    expect(
      actorsOf({
        text: 'تمكن الجيش من صد هجوم للحوثيين على مواقعه في مديرية صرواح.',
        mentions: [
          ['للحوثيين', actorEntity('Houthi Movement')],
          ['مديرية صرواح', placeEntity('Sirwah', 'YE', 'region')],
        ],
      }),
    ).toEqual(['Houthi Movement', 'Military Forces of Yemen']);
  });

  it('does the same in English, past "by" and the attackers', () => {
    expect(
      actorsOf({
        text: 'The army repelled an attack by Houthi fighters near Sirwah on Monday.',
        mentions: [
          ['Houthi', actorEntity('Houthi Movement')],
          ['Sirwah', placeEntity('Sirwah', 'YE')],
        ],
      }),
    ).toEqual(['Houthi Movement', 'Military Forces of Yemen']);
  });

  it('takes the army that repelled an attack by no one named for its target, not its perpetrator', () => {
    expect(
      actorsOf({
        text: 'The army repelled an attack on its positions near Sirwah on Monday, officers said.',
        mentions: [['Sirwah', placeEntity('Sirwah', 'YE')]],
      }),
    ).toEqual([undefined, 'Military Forces of Yemen']);
  });

  it('makes the police who foiled an attempt to kidnap neither the kidnappers nor their target', () => {
    expect(
      actorsOf({
        text: 'Police in Karachi foiled a clumsy attempt to kidnap a grocer on Monday, officials said.',
        mentions: [
          ['Police', actorEntity('Police Forces of Pakistan')],
          ['Karachi', placeEntity('Karachi', 'PK')],
        ],
      }),
    ).toEqual([undefined, undefined]);
  });

  it('keeps an attack thwarted with attackers killed as a fight, the army its target', () => {
    expect(
      actorsOf({
        text: 'Soldiers thwarted a Houthi assault on their post outside Sirwah, killing eleven assailants.',
        mentions: houthisAtSirwah,
      }),
    ).toEqual(['Houthi Movement', 'Military Forces of Yemen']);
  });

  it('keeps an attack foiled with no dead or wounded told out of the events', () => {
    const doc = fixtureDocument({
      text: 'Guards foiled a Houthi assault on a bridge outside Sirwah late on Monday.',
      mentions: houthisAtSirwah,
    });
    createExtractStage().run(doc, { referenceDate: null });
    expect(doc.events).toEqual([]);
  });
});
