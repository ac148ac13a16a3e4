import type { Frame } from './frame-builder.js';
import { isPlural, PRESENT_PERFECT } from './many-incidents.js';

/** How far before its act the present perfect may stand ("has also repeatedly targeted"). */
const PERFECT_REACH = 3;
/**
 * What may follow "in the past" and make it a span counted back from today ("in the past 24 hours", "in the past
 * few days", "in the past week"): a count or a unit, which dates a recent incident or a tally, not a habit.
 */
const SPAN_AFTER =
  /^(?:\d[\d,]*|few|several|couple|two|three|four|five|six|seven|eight|nine|ten|hours?|days?|nights?|weeks?|weekend|months?|years?|decades?|fortnight)$/;
/** "over the years", "in recent years": other words that set an act in a time before, at large. */
const AT_LARGE = [/^over the years$/, /^in recent years$/];
/**
 * "in recent months": a stretch too long to hold one incident told in the plural. Plural acts "in recent years"
 * are left to the readers of background: a report most often tells them as what is known of a weapon or a place
 * ("car bombs have been used in the area in recent years"), which its incident still reads.
 */
const RECENT_STRETCH = /^in recent months$/;

/**
 * "Islamic State has targeted areas of Hasaka province in the past, including Qamishli": an act in the present
 * perfect set "in the past" (or "over the years") sums up what a side has done before, not one incident; the
 * towns it names are where it has done so, so a town does not make it one. "has killed 20 in the past 24 hours"
 * counts back from today: a span, left to the readers of tallies and recent incidents. Acts told in the plural
 * "in recent months" ("bomb attacks in the city have been rarer in recent months") are a trend over many.
 *
 * @example doneInThePast(frame) // true for "the group has attacked the town in the past"
 */
export function doneInThePast(frame: Frame): boolean {
  const { tokens } = frame.view;
  if (frame.triggers.every(pluralNoun) && heldWords(frame).some((words) => RECENT_STRETCH.test(words)))
    return true;
  const perfect = frame.triggers.some((t) =>
    tokens.slice(Math.max(0, t.start - PERFECT_REACH), t.start).some((w) => PRESENT_PERFECT.test(w.norm)),
  );
  if (!perfect) return false;
  return heldWords(frame, frame.triggers[0].end).some(
    (three, k) =>
      (three === 'in the past' && !SPAN_AFTER.test(tokens[frame.triggers[0].end + k + 3]?.norm ?? '')) ||
      AT_LARGE.some((words) => words.test(three)),
  );
}

/** Every run of three words of the frame from token `from` on, joined by spaces, in order. */
function heldWords(frame: Frame, from = frame.from): string[] {
  const norms = frame.view.tokens.slice(from, frame.to).map((w) => w.norm);
  return norms.slice(0, -2).map((_, k) => norms.slice(k, k + 3).join(' '));
}

/** A plural noun trigger, or the word right before one that names its kind ("bomb" of "bomb attacks"). */
function pluralNoun(trigger: Frame['triggers'][number], k: number, all: Frame['triggers']): boolean {
  const next = all[k + 1];
  return isPlural(trigger) || (next !== undefined && next.start === trigger.end && isPlural(next));
}
