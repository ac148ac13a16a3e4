import { describe, expect, it } from 'vitest';
import type { Entity } from './kb-types.js';
import { townEntity } from './knowledge-fixtures.js';
import type { NameMatch } from './mention-matcher.js';
import { namesGovernment } from './government-names.js';

/** A match of `name` where the (already normalised) `view` first has it, naming `entity`. */
function nameIn(view: string, name: string, entity: Entity = townEntity('place:xx:tarvel', name)): NameMatch {
  const start = view.indexOf(name);
  const span: [number, number] = [start, start + name.length];
  return {
    view: span,
    span,
    key: name,
    senses: [{ entity, via: 'name', written: name }],
    sentence: 0,
    word: 0,
  };
}

describe('a place named for its government', () => {
  it.each([
    ['an English place that speaks', 'Tarvel said the convoy was hit', 'Tarvel', undefined],
    [
      'an English place that blames, told in the present',
      'Tarvel blames the militia for it',
      'Tarvel',
      undefined,
    ],
    ['an Arabic place that blames', 'اتهمت انقره الحزب بالهجوم', 'انقره', 'اتهمت'],
    ['the place a ruler heads', 'قال رييس كردستان ان القصف توقف', 'كردستان', 'رييس'],
    ['a state joining a war', 'بعد دخول انقره في الحرب', 'انقره', 'دخول'],
    ['a channel that reports', 'Radio Tarvel reported two deaths', 'Tarvel', 'Radio'],
  ])('is no scene: %s', (_why, view, name, lead) => {
    expect(namesGovernment(view, nameIn(view, name), lead)).toBe(true);
  });

  it('is a scene when a locative stands before the speaking verb', () => {
    const view = 'gunmen in Tarvel said nothing';
    expect(namesGovernment(view, nameIn(view, 'Tarvel'), 'in')).toBe(false);
  });

  it('is a scene where a state joins nothing', () => {
    const view = 'بعد دخول انقره امس';
    expect(namesGovernment(view, nameIn(view, 'انقره'), 'دخول')).toBe(false);
  });

  it('keeps a country a channel reports from as whose news it is', () => {
    const view = 'Television Tarvel reported two deaths';
    const country = { ...townEntity('country:tv', 'Tarvel'), kind: 'country' as const };
    expect(namesGovernment(view, nameIn(view, 'Tarvel', country), 'Television')).toBe(false);
  });
});
