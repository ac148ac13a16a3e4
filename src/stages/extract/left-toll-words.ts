import type { TollRole } from './toll-words.js';

// "The strike left 35 people dead": a count that the verb "leave" takes, its fate told after it.

/** "leaving", "left at least": the verb "leave" right before the count. */
const LEFT_BEFORE =
  /\b(?:leaving|left|leaves|leave)\s+(?:at least\s+|more than\s+|over\s+|about\s+|around\s+|nearly\s+|some\s+)?$/i;
/**
 * The fate after the count's noun, past a part of the count told with "including" ("28 people including 9
 * children dead"): the fate is the whole count's, not only the part's.
 */
const LEFT_FATE =
  /^(?:\s+[a-z][\w-]*){0,3}?(?:,?\s+(?:including|among them|mostly|mainly)\b[^.;]{0,60}?)?,?\s+(dead|killed|wounded|injured|hurt)\b/i;

/**
 * The fate of a count the verb "leave" takes: "leaving 28 people including 9 children dead" is 28 dead;
 * "left three families homeless" is none.
 *
 * @example leftRole('leaving 35 people dead', [8, 10]) // 'killed'
 */
export function leftRole(text: string, span: readonly [number, number]): TollRole | undefined {
  if (!LEFT_BEFORE.test(text.slice(Math.max(0, span[0] - 30), span[0]))) return undefined;
  const fate = LEFT_FATE.exec(text.slice(span[1], span[1] + 120))?.[1].toLowerCase();
  if (fate === undefined) return undefined;
  return fate === 'dead' || fate === 'killed' ? 'killed' : 'injured';
}
