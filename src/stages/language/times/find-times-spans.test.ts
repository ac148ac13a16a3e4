import { describe, expect, it } from 'vitest';
import { findTimes } from './index.js';

// The reference date is Wednesday 22 July 2015 unless a case says otherwise.
const REF = '2015-07-22';

describe('findTimes spans and reasons', () => {
  it('spans the whole expression with its clitics and says how it was resolved', () => {
    const text = 'قتل 5 وأمس الجمعة';
    const [t] = findTimes(text, [{ span: [0, text.length] }], 'ar', '2015-07-25');
    expect(text.slice(...t.span)).toBe('وأمس الجمعة');
    expect(t.reason).toMatch(/reference date − 1/);
  });

  // A re-dated wire report: the weekday it names wins over the relative day it repeats.
  it.each([
    ['أمس الجمعة', '2015-07-22', '2015-07-17', /names Friday, but reference date − 1 days is a Tuesday/],
    ['أمس الأحد', '2015-07-22', '2015-07-19', /latest Sunday on or before it/],
    ['اليوم الأحد', '2015-07-21', '2015-07-19', /latest Sunday on or before it/],
  ])("resolves '%s' against %s to the weekday it names, %s", (text, ref, value, reason) => {
    const [t] = findTimes(text, [{ span: [0, text.length] }], 'ar', ref);
    expect(t.value).toBe(value);
    expect(t.reason).toMatch(reason);
  });

  // A statement the sentence dates tells "yesterday" from its own day; an undated one, from the reference.
  it.each([
    ['قال الجيش في بيان يوم 3 يوليو إن الطائرات قصفت أمس مواقع المسلحين', '2015-07-02'],
    ['The army said in a statement on July 3 that jets struck the hills yesterday', '2015-07-02'],
    ['قصفت الطائرات أمس التلال التي سقطت في 3 يوليو', '2015-07-21'],
    ['قال الجيش في بيان إن الطائرات قصفت أمس مواقع المسلحين', '2015-07-21'],
  ])("resolves the relative day of '%s' to %s", (text, value) => {
    const days = findTimes(text, [{ span: [0, text.length] }], 'ar', REF);
    expect(days.find((t) => /أمس|yesterday/.test(text.slice(...t.span)))?.value).toBe(value);
  });

  // The day's word between a part of day and a past day belongs to the span.
  it.each([
    ['اشتبكوا مساء يوم أول أمس قرب الجسر', 'مساء يوم أول أمس', '2015-07-20'],
    ['وصلت القافلة صباح يوم أمس الأول', 'صباح يوم أمس الأول', '2015-07-20'],
    ['سقطت القذيفة ظهر يوم أمس على السوق', 'ظهر يوم أمس', '2015-07-21'],
    // Kept: without "يوم" the part of day still opens the span.
    ['وصلت القافلة صباح أمس الأول', 'صباح أمس الأول', '2015-07-20'],
  ])("spans '%s' as '%s' (%s)", (text, words, value) => {
    const [t] = findTimes(text, [{ span: [0, text.length] }], 'ar', REF);
    expect([text.slice(...t.span), t.value]).toEqual([words, value]);
  });

  it('says which Hijri conversion it used', () => {
    const [t] = findTimes('25 شوال 1436 هـ', [{ span: [0, 15] }], 'ar', null);
    expect(t.reason).toMatch(/Umm al-Qura/);
  });

  it('never reads outside the sentence spans', () => {
    const text = 'أمس. اليوم';
    expect(findTimes(text, [{ span: [5, 10] }], 'ar', REF).map((t) => t.value)).toEqual(['2015-07-22']);
  });
});
