import { describe, expect, it } from 'vitest';
import type { Span } from '../../core/span.js';
import { actorRef } from '../../core/record-refs.js';
import { toldAsBareBombardment } from './bare-bombardment.js';
import { mergeIncidents } from './incident-merger.js';
import { eventRecord, mention, place } from './placed-fixture.js';

const SHELLING = 'Shelling/artillery/missile attack';

/** The shelling the lexicon reads off `word` in `text`, told by the whole text. */
const shellingBy = (text: string, word: string) => {
  const at = text.indexOf(word);
  const trigger: Span = [at, at + word.length];
  return eventRecord(SHELLING, trigger, [0, text.length]);
};

describe('a shelling told only by the bare «قصف»', () => {
  it('is a bare bombardment when its sentence names no gun or shell', () => {
    const text = 'وبعد توجيه عدة إنذارات له لم يستجب لها، تم قصفه.';
    expect(toldAsBareBombardment(shellingBy(text, 'قصفه'), text)).toBe(true);
  });

  it('is not when its sentence names the guns', () => {
    const text = 'وتم قصفه بقذائف المدفعية.';
    expect(toldAsBareBombardment(shellingBy(text, 'قصفه'), text)).toBe(false);
  });

  it('is not when it names who shelled', () => {
    const text = 'وقصفت القوات المرفأ.';
    const event = shellingBy(text, 'قصفت');
    event.actor1 = actorRef('Military Forces of Libya', 'actor:forces:ly:military', [[5, 11]]);
    expect(toldAsBareBombardment(event, text)).toBe(false);
  });
});

describe('an air strike, then a bare bombardment in the next sentence', () => {
  /** «قصفت طائرات سلاح الجو المركب قبالة درنة», then «تم قصفه» at `where` (or nowhere). */
  const told = (where: string | null, bare = true) => {
    const strike = mention(0, 'Air/drone strike', { location: place('Derna', 'LY') });
    const again = mention(1, SHELLING, { location: where ? place(where, 'LY') : null });
    again.bareBombardment = bare;
    return mergeIncidents([strike, again]).map((p) => p.event.sub_event_type?.value);
  };

  it('is the strike told again: one air strike', () => {
    expect(told('Derna')).toEqual(['Air/drone strike']);
    expect(told(null)).toEqual(['Air/drone strike']);
  });

  it('stays apart when told at another town', () => {
    expect(told('Sirte')).toHaveLength(2);
  });

  it('stays apart when its words name the guns', () => {
    expect(told('Derna', false)).toHaveLength(2);
  });
});
