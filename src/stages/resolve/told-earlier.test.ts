import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../core/records.js';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { placeEntity } from '../extract/fixture-entities.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { toldEarlier } from './time-before.js';

const mentions: FixtureSpec['mentions'] = [['Tikrit', placeEntity('Tikrit', 'IQ')]];

/** The sub-type of the first event the two stages make of an English report dated 2015-07-26. */
function firstType(text: string): string | undefined {
  return resolvedEvents({ text, mentions, published: '2015-07-26' })[0]?.sub_event_type?.value;
}

/** A mention whose trigger is the first occurrence of `trigger` in `text`. */
function mention(text: string, trigger: string): EventRecord {
  const at = text.indexOf(trigger);
  return { event_type: { value: 'Battles', spans: [[at, at + trigger.length]] } } as unknown as EventRecord;
}

describe('an act told as well before the news of its sentence', () => {
  it.each([
    [
      'a week after',
      'Gunmen killed three soldiers at a checkpoint in Tikrit on Sunday, a week after a car bomb killed nine people in the town.',
      'Armed clash',
    ],
    [
      'a month after',
      'Gunmen shot dead three soldiers at a checkpoint in Tikrit on Sunday, a month after a car bomb hit the same checkpoint.',
      'Attack',
    ],
  ])('neither types nor joins the news ("%s a car bomb")', (_, text, sub) => {
    expect(firstType(text)).toBe(sub);
  });

  it.each([
    ['"weeks after"', 'Guards were killed, weeks after a car bomb hit the gate.', 'car bomb'],
    ['"a year after"', 'Guards were killed, a year after a car bomb hit the gate.', 'car bomb'],
    ['«بعد أسبوع من»', 'قتل حارسان، بعد أسبوع من انفجار سيارة مفخخة عند البوابة.', 'انفجار'],
    ['«بعد أقل من شهر من»', 'قتل حارسان، بعد أقل من شهر من انفجار سيارة مفخخة عند البوابة.', 'انفجار'],
    ['"last year" in its own clause', 'Guards were shot near a gate a bomb hit last year.', 'bomb'],
    ['«العام الماضي»', 'قتل حارسان قرب بوابة استهدفها انفجار العام الماضي.', 'انفجار'],
  ])('is read from %s', (_, text, trigger) => {
    expect(toldEarlier(mention(text, trigger), text)).toBe(true);
  });

  it.each([
    ['the news itself', 'Guards were killed, weeks after a car bomb hit the gate.', 'killed'],
    [
      'the news whose relative clause is dated last year',
      'Guards were shot near a gate that a bomb hit last year.',
      'shot',
    ],
    ['an act told "earlier" the same day', 'Earlier on Sunday a bomb blew up by the gate.', 'bomb'],
    ['an act "after" another with no time between', 'Guards were shot after a bomb hit the gate.', 'bomb'],
  ])('is not %s', (_, text, trigger) => {
    expect(toldEarlier(mention(text, trigger), text)).toBe(false);
  });
});
