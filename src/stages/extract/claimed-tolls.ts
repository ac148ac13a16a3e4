/** Tolls an armed group tells of its own act: its claim, not the count of the dead. */
import type { Quantity } from '../../core/records.js';
import { tokenAt, type SentenceView } from './sentence-view.js';

/** Arabic verbs of telling (folded forms): «قال», «وقال», «أعلن», «زعم», «ادعى», «أكد». */
const SAID = /^[وف]?(?:قال|قالت|اعلن|اعلنت|زعم|زعمت|ادعي|ادعت|اكد|اكدت)$/;
/** «إن», «إنه», «أن», «بأن»: the words after it are what was said. */
const THAT = /^(?:ان|انه|انها|انهم|بان|بانه|بانها)$/;
/** Tokens before the verb of telling within which its speaker may be named («وكان تنظيم داعش أعلن …»). */
const SPEAKER_BEFORE = 16;
/** Words of another speaker (folded): «قال مصدر أمني إنه …» after a group is the source's telling. */
const OTHER_SPEAKER = /^[وف]?(?:ال)?(?:مصدر|مصادر|مسوول|مسوولون|متحدث|ناطق|شهود|وكاله)$/;
/** Tokens from the verb of telling to its «إن». */
const THAT_REACH = 6;

/**
 * Whether the count at token `at` is told in an armed group's own words: a verb of telling whose speaker,
 * before its «إن», is a group («قال التنظيم إن مقاتليه قتلوا 50 عنصرا», «وكان التنظيم أعلن المسؤولية
 * وقال إنه أوقع 180 قتيلا»). A group named after the «إن» is what the speaker tells of («قال مصدر أمني إن
 * التنظيم قتل خمسة»), and a state's forces telling their toll are not a party's boast.
 */
function inGroupClaim(view: SentenceView, at: number): boolean {
  const { tokens } = view;
  for (let that = at - 1; that > 0; that--) {
    if (!THAT.test(tokens[that].norm)) continue;
    for (let said = that - 1; said >= Math.max(0, that - THAT_REACH); said--) {
      if (!SAID.test(tokens[said].norm)) continue;
      const from = Math.max(0, said - SPEAKER_BEFORE);
      const group = view.mentions.find(
        (m) =>
          m.kind === 'armed-group' && m.span[0] >= tokens[from].span[0] && m.span[1] <= tokens[that].span[0],
      );
      if (!group) return false;
      return !tokens.slice(tokenAt(view, group.span[1]), that).some((t) => OTHER_SPEAKER.test(t.norm));
    }
    return false;
  }
  return false;
}

/**
 * The counts of dead and hurt not told as an armed group's own claim: ACLED takes the toll others report,
 * not the one a party boasts of («أعلن التنظيم مسؤوليته وقال إنه أوقع أكثر من 180 قتيلا»).
 *
 * @example unclaimedTolls(view, quantities) // without the 180 of «… وقال إنه أوقع أكثر من 180 قتيلا»
 */
export function unclaimedTolls(view: SentenceView, quantities: Quantity[]): Quantity[] {
  return quantities.filter(
    (q) => (q.role !== 'killed' && q.role !== 'injured') || !inGroupClaim(view, tokenAt(view, q.span[0])),
  );
}
