import type { DateRef } from '../../core/records.js';
import type { Frame } from './frame-builder.js';
import { asIncidentDate } from './incident-date.js';
import { tokenAt } from './sentence-view.js';

/** «هدنتين», «الهدنات», «اتفاقين»: truces or agreements told in the dual or the plural, several at once. */
const COUNTED_TRUCES = /^[وب]?(?:ال)?(?:هدنت(?:ين|ان)|هدنات|اتفاق(?:ين|ان)|اتفاقات|اتفاقيت(?:ين|ان))$/;
/**
 * «كانت الأولى في», «والثانية في», «والثالثة يوم»: an ordinal that takes up one of them, then its day.
 */
const ORDINAL_ON =
  /(?:^|\s)و?(?:ال)?(?:اولى|أولى|ثاني[ةه]|ثالث[ةه]|رابع[ةه]|خامس[ةه])\s+(?:(?:كانت|جاءت|تمت|اعلنت|أعلنت)\s+)?(?:في|يوم|بتاريخ)\s+$/;
/** Characters before a date in which its ordinal stands. */
const ORDINAL_REACH = 24;

/**
 * "بعد هدنتين فاشلتين، كانت الأولى في 13 مايو والثانية في 10 يوليو": truces told together, then each by its
 * ordinal with its own day, are as many agreements as days. The days, in text order, when two or more are so
 * told after a counted truce the frame's trigger names; none otherwise.
 *
 * @example ordinalTruceDates(frame, text).map((d) => d.value) // ['2015-05-13', '2015-07-10'], made up
 */
export function ordinalTruceDates(frame: Frame, text: string): DateRef[] {
  const view = frame.view;
  const trigger = frame.triggers.find((t) =>
    view.tokens.slice(t.start, t.end).some((w) => COUNTED_TRUCES.test(w.norm)),
  );
  if (!trigger) return [];
  const dates = view.times.filter(
    (t) =>
      t.value !== null &&
      tokenAt(view, t.span[0]) >= trigger.end &&
      ORDINAL_ON.test(text.slice(Math.max(0, t.span[0] - ORDINAL_REACH), t.span[0])),
  );
  return dates.length > 1 ? dates.map(asIncidentDate) : [];
}
