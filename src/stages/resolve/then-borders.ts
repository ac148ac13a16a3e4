// Which state held a town when an incident happened, for states that seceded since.
import type { EventRecord, Mention } from '../../core/records.js';
import { tsvRows } from '../../core/tsv-rows.js';
import { placeWith } from '../../core/place-ref.js';

/** A state that broke away from another: from the day it became independent on, its towns are its own. */
interface Secession {
  state: string;
  from: string;
  /** The state its towns lay in before. */
  before: string;
}

/** Secessions the base's towns may predate (Bangladesh, Eritrea, South Sudan): `data/secessions.tsv`. */
const SECESSIONS: readonly Secession[] = tsvRows('secessions.tsv', new URL('../../../data/', import.meta.url))
  .slice(1)
  .map(({ cells: [state, from, before] }) => ({ state, from, before }));

/**
 * "Eritrean rebels seized a trader at Asmara" in 1975: the base files its towns under today's
 * states, but an incident lies in whichever state held the town on its day, so a town of a state that
 * seceded since is placed in the one it broke away from. A date only as fine as the year of independence
 * leaves the place as it is; so does a text that names the new state by name ("ERITREA.  … near Asmara"): it
 * files the place under it.
 *
 * @example placeWithinThenBorders(event, mentions) // Asmara, 1975-03-02: country ET
 */
export function placeWithinThenBorders(event: EventRecord, mentions: readonly Mention[]): void {
  const loc = event.location;
  const day = event.date?.value;
  if (!loc?.country || loc.precision === 'country' || !day) return;
  const split = secessionAfter(loc.country, day);
  if (!split) return;
  const named = mentions.some(
    (m) => m.kind === 'country' && m.via !== 'demonym' && m.place?.country === split.state,
  );
  if (!named) event.location = placeWith(loc, split.before, loc.spans);
}

/** The secession of a state after `day` (a date as fine as its independence's), if any: then it lay in another. */
const secessionAfter = (state: string, day: string): Secession | undefined =>
  SECESSIONS.find((s) => s.state === state && day < s.from.slice(0, day.length));

/**
 * The state whose towns lay in `country` on `day` and have seceded since: "SUDAN.  Rebels raided Bentiu" in
 * 1988 tells a town of the Sudan of then.
 *
 * @example heldThen('SS', 'SD', '1988-04-02') === true
 */
export const heldThen = (state: string, country: string, day: string | undefined): boolean =>
  day !== undefined && secessionAfter(state, day)?.before === country;
