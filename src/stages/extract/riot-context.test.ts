import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();

const tigers: [string, ReturnType<typeof actorEntity>] = [
  'Valsad Tigers',
  actorEntity('Valsad Tigers', 'armed-group', 'IN'),
];

/** A round-up of communal rioting, written for this test, with one more sentence to type. */
function riotStory(sentence: string) {
  const doc = fixtureDocument({
    text:
      'A mob torched shops in Surat. Rioters pelted stones at the police in Bharuch. ' +
      `Another mob blocked the highway near Navsari. ${sentence}`,
    mentions: [
      ['Surat', placeEntity('Surat', 'IN')],
      ['Bharuch', placeEntity('Bharuch', 'IN')],
      ['Navsari', placeEntity('Navsari', 'IN')],
      ['Valsad', placeEntity('Valsad', 'IN')],
      ...(sentence.includes('Tigers') ? [tigers] : []),
    ],
  });
  extract.run(doc, { referenceDate: null });
  return doc.events!.find((e) => e.location?.name === 'Valsad')?.sub_event_type?.value;
}

describe('violence in a story of communal rioting', () => {
  it.each([
    [
      'clashes with no armed side named',
      'Curfew was imposed in Valsad after overnight clashes.',
      'Mob violence',
    ],
    [
      'a stabbing where a curfew is told',
      'In Valsad a man was stabbed and curfew was clamped.',
      'Mob violence',
    ],
    [
      'clashes with an armed group named',
      'Curfew was imposed in Valsad after overnight clashes with the Valsad Tigers.',
      'Armed clash',
    ],
    ['a stabbing told on its own', 'In Valsad a shopkeeper was stabbed by two men.', 'Attack'],
    [
      'people burnt alive where a curfew is told',
      'In Valsad two traders were burnt alive and a curfew was imposed.',
      'Mob violence',
    ],
  ])('reads %s as %s', (_, sentence, expected) => {
    expect(riotStory(sentence)).toBe(expected);
  });

  it('leaves clashes alone in an article that is not about rioting', () => {
    const doc = fixtureDocument({
      text: 'Curfew was imposed in Valsad after overnight clashes.',
      mentions: [['Valsad', placeEntity('Valsad', 'IN')]],
    });
    extract.run(doc, { referenceDate: null });
    expect(doc.events!.map((e) => e.sub_event_type?.value)).toEqual(['Armed clash']);
  });
});
