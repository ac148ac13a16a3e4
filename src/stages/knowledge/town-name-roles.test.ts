import { describe, expect, it } from 'vitest';
import { townMatchAt } from './knowledge-fixtures.js';
import type { NameMatch } from './mention-matcher.js';
import {
  boundFor,
  endsRoute,
  endsStretch,
  firedFrom,
  headedFor,
  labelsArea,
  namesElsewhere,
  namesFacility,
  namesFirm,
  namesHomeOf,
  namesOffice,
  toldAsBearing,
} from './town-name-roles.js';

/** A match of a made-up town written `name` where `text` first has it. */
function townIn(text: string, name: string): NameMatch {
  return townMatchAt(text, name);
}

const told = (role: (text: string, match: NameMatch) => boolean, text: string, name: string): boolean =>
  role(text, townIn(text, name));

describe('a town’s name told as something other than the scene', () => {
  it.each([
    ['a street', namesElsewhere, 'a shop on Tarvel Road was burned', 'Tarvel'],
    ['an office', namesOffice, 'the Tarvel governor escaped the blast', 'Tarvel'],
    ['a destination', headedFor, 'a lorry heading to Tarvel overturned', 'Tarvel'],
    ['a bound vehicle', boundFor, 'a Tarvel-bound coach was stopped', 'Tarvel'],
    ['an area label', labelsArea, 'raiders entered the Tarvel villages of Olm and Brae', 'Tarvel'],
    [
      'a listed person’s home',
      namesHomeOf,
      'the hostages, Ann Quill of Tarvel and two others, were freed',
      'Tarvel',
    ],
    ['a firm', namesFirm, 'the Tarvel Bank branch was looted', 'Tarvel'],
    ['a facility', namesFacility, 'a fire started in the Tarvel General Hospital', 'Tarvel'],
    ['a route’s end', endsRoute, 'on the Olm-Tarvel highway a truck blew up', 'Tarvel'],
    ['a stretch’s end', endsStretch, 'a cable between Olm and Tarvel was cut', 'Tarvel'],
    ['where fire came from', firedFrom, 'shells fired from Tarvel landed short', 'Tarvel'],
    ['a bearing', toldAsBearing, 'a post some way south of Tarvel was hit', 'Tarvel'],
  ])('is read as %s', (_why, role, text, name) => {
    expect(told(role, text, name)).toBe(true);
  });

  it.each([
    ['a street', namesElsewhere],
    ['an office', namesOffice],
    ['a destination', headedFor],
    ['a firm', namesFirm],
    ['a route’s end', endsRoute],
    ['where fire came from', firedFrom],
    ['a bearing', toldAsBearing],
  ])('is not read as %s when the text only puts it on the map', (_why, role) => {
    expect(told(role, 'gunmen attacked a market in Tarvel at noon', 'Tarvel')).toBe(false);
  });
});
