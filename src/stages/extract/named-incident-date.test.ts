import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const duhok = placeEntity('Duhok', 'IQ');
const thursday = { value: '2015-07-23', precision: 'day', reason: 'latest such weekday' } as const;

function datesOf(spec: FixtureSpec) {
  return resolvedEvents(spec).map((e) => `${e.sub_event_type?.value} ${e.date?.value ?? null}`);
}

describe('the day of a named past incident', () => {
  it('is not the day of the visit that mentions it, named by its town', () => {
    const doc: FixtureSpec = {
      text: 'The families of victims of the Duhok carnage met the governor on Thursday.',
      published: '2015-07-27',
      mentions: [['Duhok', duhok]],
      times: [['on Thursday', thursday]],
    };
    expect(datesOf(doc)).toEqual(['Attack null']);
  });

  it('is not the day of the gathering that mentions it, named by its target', () => {
    const doc: FixtureSpec = {
      text: 'Relatives of victims of the Blue Lantern attack gathered in Duhok on Thursday to mark the day.',
      published: '2015-07-27',
      mentions: [['Duhok', duhok]],
      times: [['on Thursday', thursday]],
    };
    expect(datesOf(doc).map((d) => d.split(' ').at(-1))).toEqual(['null']);
  });

  it('is not the day of the strike called to protest it, named by its town in lower case', () => {
    const doc: FixtureSpec = {
      text: 'the strike called to protest the duhok killings drew a mixed response in the market on thursday.',
      published: '2015-07-27',
      mentions: [['duhok', duhok]],
      times: [['on thursday', thursday]],
    };
    expect(datesOf(doc)).toContain('Attack null');
  });

  it('is the date written right after its name', () => {
    const doc: FixtureSpec = {
      text: 'The families of victims of the Duhok carnage of 27 February 2002 met the governor on Thursday.',
      published: '2015-07-27',
      mentions: [['Duhok', duhok]],
      times: [
        ['27 February 2002', { value: '2002-02-27', precision: 'day', reason: 'day, month and year' }],
        ['on Thursday', thursday],
      ],
    };
    expect(datesOf(doc)).toEqual(['Attack 2002-02-27']);
  });
});
