import { ARMED_DEAD } from './armed-nouns.js';
import type { Frame } from './frame-builder.js';

/** "terrorist" of "a terrorist group", "terrorist cells": armed men named by an adjective before their group. */
const ARMED_ADJECTIVE = /^(?:terrorist|militant|armed|jihadist)$/;
/** "by", "from": words that make the armed men after them the act's doers, not whom it struck. */
const AGENT_MARK = /^(?:by|from)$/;
/** How far before an armed word its agent mark may stand ("fired by the terrorists"). */
const AGENT_REACH = 2;

/**
 * "killed all members of a terrorist group … in the Daraa al-Mahatta neighborhood", "targeted militants in
 * the Jobar district": armed men the act struck, told between the act and a quarter, make the quarter where
 * they were hit, not a mark of civilian victims. "shells fired by terrorists on a residential neighborhood"
 * names the doers, not whom the shells hit: the quarter still marks civilians.
 *
 * @example armedStruckInQuarter(frame, act, quarter) // true for "killed militants in the Jobar neighbourhood"
 */
export function armedStruckInQuarter(frame: Frame, act: number, quarter: number): boolean {
  const { tokens } = frame.view;
  for (let k = act + 1; k < quarter; k++) {
    const word = tokens[k].norm;
    if (!ARMED_DEAD.has(word) && !ARMED_ADJECTIVE.test(word)) continue;
    const agent = tokens.slice(Math.max(act + 1, k - AGENT_REACH), k).some((t) => AGENT_MARK.test(t.norm));
    if (!agent) return true;
  }
  return false;
}
