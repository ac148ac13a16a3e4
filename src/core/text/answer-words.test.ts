import { describe, expect, it } from 'vitest';
import { answeredSpan } from './answer-words.js';

const told = (sentence: string) => {
  const span = answeredSpan(sentence);
  return span && sentence.slice(span[0], span[1]);
};

describe('the act an answering act answers', () => {
  it('runs from the answer words to the end of the sentence', () => {
    expect(told('Jets struck the camp in retaliation for a rocket fired on Monday.')).toBe(
      'retaliation for a rocket fired on Monday.',
    );
    expect(told('وقصفت الطائرات المعسكر رداً على إطلاق صاروخ.')).toBe('رداً على إطلاق صاروخ.');
  });

  it('ends at the comma when the answer words open the sentence', () => {
    expect(told('ورداً على الهجوم، قصفت الطائرات المعسكر.')).toBe('رداً على الهجوم');
    expect(told('In response to the shelling, troops stormed the village.')).toBe('response to the shelling');
  });

  it('is absent from a sentence that answers nothing', () => {
    expect(told('A bomb killed three people in the market.')).toBeNull();
  });
});

describe('the act the news is told as coming after', () => {
  it('is told apart from the anaphor that opens the sentence', () => {
    expect(told('The raid came after gunmen fired rockets at the base, killing two.')).toBe(
      'came after gunmen fired rockets at the base, killing two.',
    );
    expect(told('The bombing comes just after militants stormed a checkpoint.')).toBe(
      'comes just after militants stormed a checkpoint.',
    );
  });

  it('is told after "followed" as after "came after"', () => {
    expect(told('The barrage followed a salvo that rebels fired at the airport.')).toBe(
      'followed a salvo that rebels fired at the airport.',
    );
  });

  it('is not read into "followed by" or a clause hanging on a noun', () => {
    expect(told('Heavy shelling was followed by an air raid on the town.')).toBeNull();
    expect(told('Shelling followed by an air raid hit the town.')).toBeNull();
    expect(told('The riots that followed the arrest left four dead.')).toBeNull();
    expect(told('Troops followed orders and left the town.')).toBeNull();
  });

  it('is not read into a sentence where nothing came after anything', () => {
    expect(told('Reinforcements came from the capital after dark.')).toBeNull();
  });
});
