import { describe, expect, it } from 'vitest';
import { placesOf } from '../../../test/support/places-of.js';
import { actorEntity, demonymEntity } from './fixture-entities.js';

const ruritanian = demonymEntity('Ruritania', 'RT');

describe('the country of an incident whose only clue is a nationality', () => {
  it('is none when the nationality is of foreigners at work or travel', () => {
    expect(
      placesOf({
        text: 'Gunmen kidnapped a Ruritanian aid worker on Tuesday.',
        mentions: [['Ruritanian', ruritanian]],
      }),
    ).toEqual(['undefined undefined']);
  });

  it('is none when the visitors are named again by their nationality alone', () => {
    expect(
      placesOf({
        text: 'A bomb hidden by the road killed a Ruritanian engineer. The Ruritanian man was buried on Friday.',
        mentions: [
          ['Ruritanian', ruritanian, 1],
          ['Ruritanian', ruritanian, 2],
        ],
      }),
    ).toEqual(['undefined undefined']);
  });

  it('is the country the kidnappers fight in', () => {
    expect(
      placesOf({
        text: 'Fighters of the Sindh Tigers kidnapped two Ruritanian engineers on Tuesday.',
        mentions: [
          ['Sindh Tigers', actorEntity('Sindh Tigers', 'armed-group', 'IN')],
          ['Ruritanian', ruritanian],
        ],
      }),
    ).toEqual(['India IN']);
  });

  it('stays that of local victims: farmers are killed at home', () => {
    expect(
      placesOf({
        text: 'Gunmen shot dead two Ruritanian farmers on Tuesday.',
        mentions: [['Ruritanian', ruritanian]],
      }),
    ).toEqual(['Ruritania RT']);
  });
});
