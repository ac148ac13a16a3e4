import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { otherActBefore } from '../../core/text/other-act-day.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const duhok = placeEntity('Duhok', 'IQ');
const friday = { value: '2015-07-24', precision: 'day', reason: 'weekday before reference' } as const;

function datesOf(text: string) {
  const doc: FixtureSpec = {
    text,
    published: '2015-07-25',
    mentions: [['Duhok', duhok]],
    times: [['Friday', friday]],
  };
  return resolvedEvents(doc).map((e) => e.date?.value ?? null);
}

describe('a day that follows the verb of another, peaceful act', () => {
  it.each([
    'A car bomb killed nine people near Duhok, among them families evacuated from two camps on Friday.',
    'Gunmen killed the airman near Duhok after he was made to eject on Friday.',
  ])('dates that act, not the incident: %s', (text) => {
    expect(datesOf(text)).toEqual(['2015-07-25']);
  });

  it('keeps dating the incident when the day follows the incident itself', () => {
    expect(datesOf('A car bomb killed nine people near Duhok on Friday.')).toEqual(['2015-07-24']);
  });

  it('keeps dating the incident when its trigger stands between the other act and the day', () => {
    expect(datesOf('A delegation visited a camp near Duhok and was attacked by gunmen on Friday.')).toEqual([
      '2015-07-24',
    ]);
  });
});

describe('otherActBefore', () => {
  it('finds the verb of the act a trailing day dates', () => {
    const text = 'crowds evacuated from the old quarter late on Monday';
    expect(otherActBefore(text, text.indexOf('Monday'))).toBe(text.indexOf('evacuated'));
  });

  it('finds none when a fresh clause stands between the verb and the day', () => {
    const text = 'the envoy arrived in the city where a bomb went off on Monday';
    expect(otherActBefore(text, text.indexOf('Monday'))).toBe(-1);
  });
});
