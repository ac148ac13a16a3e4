import { describe, expect, it } from 'vitest';
import { namedAsCargoEnd, namedAsTravelEnd } from './destination-places.js';

describe('a place named as where someone or something was going', () => {
  it.each([
    ['a vehicle bound for it', 'a mine tore through a bus bound for '],
    ['a flight en route to it', 'gunmen seized a plane en route to '],
    ['pilgrims travelling to it', 'gunmen fired on a minibus carrying pilgrims to '],
    ['a convoy returning to it', 'a convoy of trucks returning to '],
    ['people on their way back to it', 'two drivers were seized on their way back to '],
  ])('travellers: %s', (_why, before) => {
    expect(namedAsTravelEnd(before)).toBe(true);
    expect(namedAsCargoEnd(before)).toBe(false);
  });

  it.each([
    ['oil carried to it', 'saboteurs cut a line that pumps gas to the '],
    ['a port at the end of a route', 'a pipeline carrying crude to the turkish port of '],
    ['a port at the start of a route', 'the blast halted exports from the qarni port of '],
  ])('a load: %s', (_why, before) => {
    expect(namedAsCargoEnd(before)).toBe(true);
  });

  it.each([
    ['the scene itself', 'a car bomb exploded in '],
    ['a port that is the scene', 'a boat blew up in the port of '],
    ['travel that is not a route’s end', 'the minister flew in from '],
    ['a return told without a place', 'the gunmen returned and fired at '],
  ])('not %s', (_why, before) => {
    expect(namedAsTravelEnd(before) || namedAsCargoEnd(before)).toBe(false);
  });
});
