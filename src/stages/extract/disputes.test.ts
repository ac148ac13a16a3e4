import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const pune = placeEntity('Pune', 'IN');

describe('battles fought in words', () => {
  it('drops a battle with an office-holder over a matter', () => {
    const spec: FixtureSpec = {
      text: 'In Pune, the mayor is locked in a bitter battle with the fire chief over the budget.',
      mentions: [['Pune', pune]],
    };
    expect(subTypesOf(spec)).toEqual([]);
  });

  it('keeps a battle with the police over a town', () => {
    const spec: FixtureSpec = {
      text: 'Maoist rebels fought a fierce battle with the police over the town of Pune.',
      mentions: [['Pune', pune]],
    };
    expect(subTypesOf(spec)).toEqual(['Armed clash']);
  });
});
