import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** `surface=entity` for every coalition mention, in text order. */
function coalitions(text: string): string[] {
  return findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.entity_id?.endsWith('-led-coalition'))
    .map((m) => `${text.slice(...m.span)}=${m.entity_id}`);
}

describe('a coalition named by common words', () => {
  it('is the US-led one where the places lie in Iraq or Syria', () => {
    expect(coalitions('قصفت طائرات التحالف مواقع للتنظيم قرب مدينة الموصل فجر اليوم.')).toEqual([
      'طائرات التحالف=actor:us-led-coalition',
    ]);
    expect(coalitions('وشن طيران التحالف غارات على مدينة الرقة.')).toEqual([
      'طيران التحالف=actor:us-led-coalition',
    ]);
  });

  it('is the Saudi-led one where the places lie in Yemen', () => {
    expect(coalitions('قصفت قوات التحالف مواقع قرب مدينة صعدة فجر اليوم.')).toEqual([
      'قوات التحالف=actor:saudi-led-coalition',
    ]);
    expect(coalitions('Coalition forces shelled positions near Saada at dawn.')).toEqual([
      'Coalition forces=actor:saudi-led-coalition',
    ]);
  });

  it('stays as the base reads it where the places lie in both theatres', () => {
    expect(coalitions('قصفت طائرات التحالف مواقع قرب الموصل وصعدة.')).toEqual([
      'طائرات التحالف=actor:saudi-led-coalition',
    ]);
  });

  it('does not change a coalition named in full', () => {
    expect(coalitions('قصف التحالف العربي مواقع قرب مدينة الموصل.')).toEqual([
      'التحالف العربي=actor:saudi-led-coalition',
    ]);
  });
});
