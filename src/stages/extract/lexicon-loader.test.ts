import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../core/text/normalize.js';
import { loadLexicon } from './lexicon-loader.js';

const triggers = loadLexicon('events-triggers.tsv');
const strengthOf = (form: string) =>
  triggers.filter((p) => p.words.join(' ') === form).map((p) => `${p.tag}/${p.strength}`);

describe('the lexicon loader', () => {
  it('keeps the past forms of a strong Arabic verb strong', () => {
    expect(strengthOf('استهدفت')).toEqual(['@attack/strong']);
  });

  it('makes the imperfect forms of a strong Arabic verb weak, as they tell aims and habits too', () => {
    expect(strengthOf('يستهدف')).toEqual(['@attack/weak']);
    expect(strengthOf('يهاجمون')).toEqual(['@attack/weak']);
  });

  it('reads an imperfect written as a fixed word as an imperfect, weak', () => {
    expect(strengthOf('يفجرون')).toEqual(['@explosion/weak']);
    expect(triggers.find((p) => p.words.join(' ') === 'يفجرون')?.imperfect).toBe(true);
    expect(strengthOf('فجروا')).toEqual(['@explosion/strong']);
  });

  it('finds fire aimed at someone when the shooters stand between the verb and the fire', () => {
    expect(strengthOf(normalizeName('النار على'))).toEqual(['@fire/weak']);
  });

  it('generates the persons of a verb written as a phrase, and reads its gaps', () => {
    const fire = triggers.filter((p) => p.words.join(' ') === 'فتحوا نار');
    expect(fire.map((p) => [p.tag, p.strength, p.gaps])).toEqual([['@fire', 'strong', [0, 3]]]);
    expect(strengthOf('يطلقون رصاص')).toEqual(['@fire/weak']);
  });

  it('reads a gap of two digits ("body of …14 was found")', () => {
    const found = triggers.filter((p) => p.words.join(' ') === 'body of was found');
    expect(found.map((p) => p.gaps)).toEqual([[0, 0, 14, 0]]);
  });

  it('uses English forms as written', () => {
    expect(strengthOf('airstrikes')).toEqual(['Air/drone strike/strong']);
  });

  it('splits a hyphenated form into the words the text is split into', () => {
    expect(strengthOf('explosive laden')).not.toEqual([]);
    expect(strengthOf('explosive-laden')).toEqual([]);
  });
});
