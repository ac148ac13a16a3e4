import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { fixtureDocument } from './fixture-document.js';
import { loadEventLexicons } from './index.js';
import { isReview } from './review-story.js';
import { buildSentenceViews } from './sentence-view.js';
import { normalizeForMatching } from '../../core/text/normalize.js';

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

describe('a review told from the folded text', () => {
  const lexicons = loadEventLexicons();
  const read = (text: string) => {
    const views = buildSentenceViews(fixtureDocument({ text }), lexicons);
    return [isReview(views), isReview(views, normalizeForMatching(text).text)];
  };

  it('finds the work in the folded view where the tokens name it', () => {
    expect(read(review('In the last reel of the film, gunmen shot dead the hero.'))).toEqual([true, true]);
  });

  it('finds an Arabic work written with a tatweel and vowel marks', () => {
    const text =
      'يروي الفيـلم قصة جندي في الحرب. عُرِض الفيلم في مهرجان كبير. ونال الفيـلم جائزتين في العام الماضي.';
    expect(read(text)).toEqual([true, true]);
  });

  it('reads no review in an article whose folded text names no work', () => {
    const text =
      'Gunmen shot dead a guard at the gate. Police sealed the road. The guard was buried on Sunday.';
    expect(read(text)).toEqual([false, false]);
  });
});
