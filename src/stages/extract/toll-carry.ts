import { count, takesNoToll, type EventMention } from './event-builder.js';
import type { SentenceView } from './sentence-view.js';
import { ADDITION } from '../../core/text/addition-words.js';
import { tollFromWords, withTollRoles } from './toll-words.js';

/** A toll sentence belongs to an incident told at most this many sentences before it. */
const CARRY = 2;

/**
 * "A bomb exploded in a crowded square. Nine people died and fifteen were injured.": a sentence that
 * tells a toll and no incident of its own gives it to the incident just told, where that one has none.
 *
 * @example carryTolls(mentions, views, text) // mentions[0].record.fatalities?.value === 9
 */
export function carryTolls(
  mentions: readonly EventMention[],
  views: readonly SentenceView[],
  text: string,
): void {
  const sentenceOf = (m: EventMention) => {
    const at = m.record.evidence[0]?.[0] ?? -1;
    return views.findIndex((v) => v.span[0] <= at && at < v.span[1]);
  };
  const placed = mentions.map((m) => ({ m, at: sentenceOf(m) }));
  for (const [i, view] of views.entries()) {
    if (placed.some((p) => p.at === i)) continue;
    const target = placed.filter((p) => p.at < i && i - p.at <= CARRY).at(-1)?.m.record;
    if (!target || takesNoToll(target.sub_event_type?.value)) continue;
    const quantities = withTollRoles(view.quantities, text);
    for (const [role, field] of [
      ['killed', 'fatalities'],
      ['injured', 'injuries'],
    ] as const) {
      const told = count(quantities, role, false, text) ?? tollFromWords(text, view.span, role);
      const had = target[field];
      // "None were hurt" after a blast is the blast's toll; after police fire on a crowd it may speak of
      // only part of the incident, so it stays unknown (the convention the dev annotations follow).
      if (told?.value === 0 && target.event_type?.value !== 'Explosions/Remote violence') continue;
      if (!told) continue;
      if (had === null) target[field] = told;
      // "His driver was also killed.", "Another officer was injured.": more victims of the same incident.
      else if (told.value > 0 && ADDITION.test(text.slice(view.span[0], view.span[1])))
        target[field] = { ...had, value: had.value + told.value, spans: [...had.spans, ...told.spans] };
      else continue;
      // The sentence that gave the toll tells the incident too.
      if (!target.evidence.some((s) => s[0] === view.span[0]))
        target.evidence = [...target.evidence, view.span];
    }
  }
}
