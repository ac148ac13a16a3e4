/**
 * "Police on Monday arrested a gunman who shot dead three fishermen": an act told only in a relative clause
 * on the one an arrest or a sentence caught happened before the catching, days or years before. The day of
 * the arrest, the lead's and the publication day tell when he was caught, not when he did it.
 */
import type { EventRecord } from '../../core/records.js';
import { guardedPattern } from '../../core/text/guarded-pattern.js';
import { normalizeForMatching } from '../../core/text/normalize.js';

/**
 * The verb of catching or punishing a doer, up to four words of its object (and a day told with it), then a
 * relative pronoun and the words of tense or hedging that may stand before the act's verb. Arabic words as
 * `normalizeForMatching` folds them (alef forms to ا, ى to ي, no harakat).
 */
const CAUGHT_BEFORE_ACT = guardedPattern(
  new RegExp(
    String.raw`(?:\b(?:arrested|arresting|detained|detaining|captured|capturing|caught|apprehended|nabbed|sentenced|convicted|charged|jailed|executed|hanged)|(?:^|\s)[وف]?(?:اعتقل|اعتقلت|اعتقلوا|اعتقال|اوقف|اوقفت|توقيف|احتجز|احتجزت|احتجاز|القبض\s+علي|اعدم|اعدمت|اعدام))` +
      String.raw`(?:\s+[^\s,،.;:!?؟]+){1,4}?\s+(?:who|that|الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان|اللواتي|اللاتي|اللائي)` +
      String.raw`(?:\s+(?:had|has|have|allegedly|reportedly|later|then))*\s+$`,
  ),
  'who that الذي التي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي اللائي',
);
/** Characters before the act's trigger read for the catching. */
const REACH = 96;

/**
 * Whether the incident is told only as what the one caught had done.
 *
 * @example doneBeforeCaught(shooting, 'Police arrested a gunman who shot dead three fishermen.') // true
 */
export function doneBeforeCaught(event: EventRecord, text: string): boolean {
  const trigger = event.event_type?.spans[0];
  if (!trigger || event.evidence.length !== 1) return false;
  const sentence = event.evidence[0];
  const before = text.slice(Math.max(sentence[0], trigger[0] - REACH), trigger[0]);
  return CAUGHT_BEFORE_ACT.test(normalizeForMatching(before).text);
}
