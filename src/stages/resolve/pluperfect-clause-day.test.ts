import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { actorEntity, placeEntity } from '../extract/fixture-entities.js';

const monday = { value: '2015-08-03', precision: 'day', reason: 'latest such weekday' } as const;
const nusra = actorEntity('Al-Nusra Front');
const qah = placeEntity('Qah', 'SY');

/** The events of «اقتحمت جبهة النصرة مخيما في قرية قاح» followed by `rest`, published on a Tuesday. */
const eventsOf = (rest: string) =>
  resolvedEvents({
    text: `اقتحمت جبهة النصرة مخيما للنازحين في قرية قاح ${rest}`,
    language: 'ar',
    published: '2015-08-04',
    mentions: [
      ['جبهة النصرة', nusra],
      ['قاح', qah],
    ],
    times: [['الاثنين', monday]],
  }).map((e) => e.date?.value ?? null);

describe('a day told in a pluperfect clause after the incident', () => {
  it('dates the earlier act of that clause, not the incident', () => {
    expect(eventsOf('كان المقاتلون قد لجؤوا اليه الاثنين.')).toEqual(['2015-08-04']);
  });

  it('still dates the incident when told in its own words', () => {
    expect(eventsOf('يوم الاثنين.')).toEqual(['2015-08-03']);
  });

  it('still dates it when the clause has no subject of its own', () => {
    expect(eventsOf('الذي كان قد اقيم الاثنين.')).toEqual(['2015-08-03']);
  });
});
