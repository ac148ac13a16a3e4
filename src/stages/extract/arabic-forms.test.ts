import { describe, expect, it } from 'vitest';
import { nounForms, verbForms } from './arabic-forms.js';
import { loadLexicon } from './lexicon-loader.js';
import { PhraseMatcher } from './phrase-matcher.js';
import { tokenKeys } from './token-keys.js';

describe('Arabic trigger forms', () => {
  it.each([
    ['قصف', 'قصفت'],
    ['قصف', 'قصفوا'],
    ['قصف', 'يقصفون'],
    ['استهدف', 'يستهدف'],
    ['استهدف', 'استهدفت'],
    ['انفجر', 'تنفجر'],
    ['اغتال', 'يغتال'],
    ['اعتدي', 'اعتدت'],
    ['اعتدي', 'اعتدوا'],
    ['اعتدي', 'يعتدي'],
    ['اعتدي', 'يعتدون'],
    ['رمي', 'رموا'],
  ])('generates from the verb %s the form %s', (past, form) => {
    expect(verbForms(past)).toContain(form);
  });

  it('does not keep the weak last letter where a suffix replaces it', () => {
    expect(verbForms('اعتدي')).toEqual(expect.arrayContaining(['اعتدوا', 'يعتدون']));
    expect(verbForms('اعتدي')).not.toContain('اعتديوا');
    expect(verbForms('اعتدي')).not.toContain('يعتديون');
  });

  it.each([
    ['غاره', 'غارات'],
    ['قصف', 'قصفا'],
    ['اشتباك', 'اشتباكات'],
  ])('generates from the noun %s the form %s', (noun, form) => {
    expect(nounForms(noun)).toContain(form);
  });

  it('matches a trigger behind its proclitics and keeps the longest phrase', () => {
    const matcher = new PhraseMatcher(loadLexicon('events-triggers.tsv'));
    const keys = ['وبالسيارة', 'مفخخة'].map((w) =>
      tokenKeys({ norm: w.replace('ة', 'ه'), stem: w.replace('ة', 'ه') }),
    );
    const [hit] = matcher.findLongest(keys);
    expect([hit.start, hit.end, hit.phrase.tag]).toEqual([0, 2, 'Remote explosive/landmine/IED']);
  });
});
