import { describe, expect, it } from 'vitest';
import { actorRef, dateRef } from './record-refs.js';

describe('dateRef', () => {
  it('leaves the basis out when none is given, keeping the record key order', () => {
    const date = dateRef('2021-05-04', 'day', [[3, 9]]);
    expect(Object.keys(date)).toEqual(['value', 'precision', 'spans']);
    expect(JSON.stringify(date)).toBe('{"value":"2021-05-04","precision":"day","spans":[[3,9]]}');
  });

  it('puts the basis last when given', () => {
    const date = dateRef('2021-05', 'month', [], 'preceding incident');
    expect(Object.keys(date)).toEqual(['value', 'precision', 'spans', 'basis']);
  });
});

describe('actorRef', () => {
  it('keeps the record key order, the basis last and only when given', () => {
    expect(Object.keys(actorRef('Gunmen', null, [[0, 6]]))).toEqual(['name', 'entity_id', 'spans']);
    expect(Object.keys(actorRef('Civilians', 'actor:civilians', [], 'people harmed'))).toEqual([
      'name',
      'entity_id',
      'spans',
      'basis',
    ]);
  });
});
