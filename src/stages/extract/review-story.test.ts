import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const ramadi = placeEntity('Ramadi', 'IQ');
const cairo = placeEntity('Cairo', 'EG');
const friday = { value: '2015-07-24', precision: 'day' as const, reason: 'test' };

/** A review around one sentence: the work is named before and after it. */
function review(sentence: string, work = 'film'): string {
  return `The ${work} follows a sniper through four tours in Iraq. ${sentence} The ${work} won two awards last year.`;
}

describe('reviews of a film or a novel', () => {
  it('drops a killing the film tells, undated', () => {
    const spec: FixtureSpec = {
      text: review('In the last scene of the film, gunmen shot dead the hero in Ramadi.'),
      mentions: [['Ramadi', ramadi]],
    };
    expect(subTypesOf(spec)).toEqual([]);
  });

  it('keeps the same killing in an article that names no work', () => {
    const spec: FixtureSpec = {
      text: 'In the last hour of the battle, gunmen shot dead the commander in Ramadi.',
      mentions: [['Ramadi', ramadi]],
    };
    expect(subTypesOf(spec)).toEqual(['Attack']);
  });

  it('keeps a protest against the work and an incident dated to a day', () => {
    const spec: FixtureSpec = {
      text: review(
        'Hundreds protested outside a cinema in Cairo against the novel. Gunmen shot dead a guard in Cairo on Friday.',
        'novel',
      ),
      mentions: [
        ['Cairo', cairo],
        ['Cairo', cairo, 2],
      ],
      times: [['on Friday', friday]],
    };
    expect(subTypesOf(spec)).toEqual(['Peaceful protest', 'Attack']);
  });
});

describe('the film trade, not a work', () => {
  it('keeps a killing in a story that names a film maker and the film industry', () => {
    const spec: FixtureSpec = {
      text:
        'Gunmen shot dead a film maker in Ramadi. He had worked in the film industry for years. ' +
        'His last film angered the militants.',
      mentions: [['Ramadi', ramadi]],
    };
    expect(subTypesOf(spec)).toEqual(['Attack']);
  });
});
