import type { NameMatch } from './mention-matcher.js';

/**
 * «قوات», «جيش», «نظام», «ميليشيا» (folded, with a clitic in front: «لقوات», «وجيش») right before a name:
 * forces, an army, a regime or a militia named after whom they serve.
 */
const FORCE_BEFORE = /(?:^|\s)[وفب]?ل?(?:قوات|جيش|نظام|ميليشيا|ميليشيات|مليشيا|مليشيات)\s+$/;

/**
 * True when a name without the article follows a word for forces in the construct state: «قوات بشار»
 * (Bashar's forces), «قوات حفتر» name the leader, not a town of that name. A name with the article
 * («قوات الخبر») may still be a place's.
 *
 * @example leadsForce('هاجمت قوات بشار البلده', matchOf('بشار')) === true
 */
export function leadsForce(viewText: string, match: NameMatch): boolean {
  if (match.key.startsWith('ال')) return false;
  return FORCE_BEFORE.test(viewText.slice(Math.max(0, match.view[0] - 16), match.view[0]));
}
