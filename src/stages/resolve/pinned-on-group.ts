import type { Document } from '../../core/records.js';
import type { Placed } from './placed.js';

/** Words that lay an act at a side's door: "attributed … to", "blamed on", "claimed", "suspect", "accused". */
const PINNED =
  /\b(?:attribut(?:e|ed|es|ing)|blam(?:e|ed|es|ing)|claim(?:ed|s|ing)?|suspect(?:s|ed|ing)?|accus(?:e|ed|es|ing))\b/i;

/**
 * "Officials attributed the burning of a ferry to the Ruritanian Front.": a brief's one telling, a reference
 * ("the burning of") that one of its sentences lays at the door of a named armed group, tells that group's
 * incident, though the brief tells it no other way; a reference no armed group is blamed for ("the bombing
 * of the mosque was condemned") still points at an incident told elsewhere. For English briefs only (the
 * caller decides what a brief is): the words of blame are English.
 *
 * @example pinnedOnGroup(onlyItem, doc) // true for the brief above
 */
export function pinnedOnGroup(item: Placed, doc: Document): boolean {
  if (!item.anaphoric) return false;
  const text = doc.text ?? '';
  const groups = (doc.mentions ?? []).filter((m) => m.kind === 'armed-group');
  return (doc.sentences ?? []).some(
    ({ span: [start, end] }) =>
      PINNED.test(text.slice(start, end)) && groups.some((m) => m.span[0] >= start && m.span[1] <= end),
  );
}
