import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { placeEntity } from './fixture-entities.js';

describe('riots told in general', () => {
  it.each([
    ['"Riots are not new to Ostmark," the minister argued.', 'Ostmark'],
    ['He said communal riots had never been handled so swiftly in Ostmark.', 'Ostmark'],
    ['Even in the jails of Rampur, there are incidences of racial clashes.', 'Rampur'],
    ['Rampur has no history of communal riots.', 'Rampur'],
    ['Despite the past riots, statistics show that Ostmark has progressed.', 'Ostmark'],
    ['He said people of both communities in Ostmark had died in the recent riots.', 'Ostmark'],
  ])('are no incident: %s', (text, place) => {
    expect(subTypesOf({ text, mentions: [[place, placeEntity(place, 'IN')]] })).toEqual([]);
  });

  it.each([
    ['Riots broke out in Rampur after the procession.', 'Rampur'],
    ['Communal clashes in Rampur left two dead.', 'Rampur'],
    ['Two men had died in the recent riots in Rampur.', 'Rampur'],
    ['There were incidences of riots in Rampur on Monday.', 'Rampur'],
  ])('leave one riot told as it happened: %s', (text, place) => {
    expect(subTypesOf({ text, mentions: [[place, placeEntity(place, 'IN')]] })).not.toEqual([]);
  });
});
