import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';

// A weak verb of striking with a military aircraft for its subject is an air strike, as "bombed" is,
// even where the place it names is one the base does not know.
describe('weak verbs of striking with an aircraft subject', () => {
  it('keeps warplanes that struck an unknown village', () => {
    expect(subTypesOf({ text: 'Warplanes struck Kafr Ballut on Friday.' })).toEqual(['Air/drone strike']);
  });

  it('keeps drones that also hit an unknown hamlet', () => {
    expect(subTypesOf({ text: 'Drones also hit Tell Shumran before dawn.' })).toEqual(['Air/drone strike']);
  });

  it('drops a plane that hit a power line', () => {
    expect(subTypesOf({ text: 'A plane hit a power line near Tell Shumran.' })).toEqual([]);
  });
});
