/** Reviews of a film or a novel: the killings they tell are the work's, not news. */
import type { EventRecord } from '../../core/records.js';
import type { SentenceView } from './sentence-view.js';
import { wordSet } from '../../core/text/word-set.js';

const WORKS_AR = 'فيلم افلام روايه مسلسل';
const WORKS_EN = 'film films movie movies novel novels documentary screenplay';
/** Words naming a work of fiction or a film: "الفيلم", "رواية", "the movie", "documentary". */
const WORK: ReadonlySet<string> = new Set([
  ...wordSet(WORKS_AR, 'و ب ل ال لل وال ولل بال بلل لال للل'),
  ...wordSet(WORKS_EN),
]);
/**
 * Every word of `WORK` holds one of these whole (its prefixes only stand before it): the listed words, less
 * those holding another ("films" holds "film").
 */
const WORK_ROOTS = `${WORKS_AR} ${WORKS_EN}`
  .split(' ')
  .filter((word, _, words) => !words.some((other) => other !== word && word.includes(other)));
/**
 * Words after a work's name that make it the trade, not a work: "a film maker", "the film industry", "a movie
 * star" name people and a business, as "filmmaker" does.
 */
const TRADE = new Set([
  'maker',
  'makers',
  'industry',
  'industries',
  'star',
  'stars',
  'director',
  'directors',
]);
/** Sentences naming the work an article needs to be a review. */
const REVIEW_MIN = 3;
/** Event types a review still reports as news: the protests and riots the work set off. */
const REACTIONS = new Set(['Protests', 'Riots']);

/**
 * An article about a film, a novel or a series: it names the work in sentence after sentence.
 * The killings it tells are the work's plot or subject, not news.
 *
 * `folded`, the document's normalised view (`doc.normalized.text`), lets an article that never names a work
 * be told without reading its tokens: a token's norm is a piece of that view, so a norm in `WORK` leaves one
 * of `WORK_ROOTS` in it. Reading every token's norm took some 1.8% of the extract stage's profile; with the
 * nine searches of the view first, 0.4%, as they settle 680 of the corpus's 700 articles.
 *
 * @example isReview(views) // true for a review of a war film
 */
export function isReview(views: readonly SentenceView[], folded?: string): boolean {
  if (folded !== undefined && !WORK_ROOTS.some((root) => folded.includes(root))) return false;
  const namesWork = (v: SentenceView) =>
    v.tokens.some((t, i) => WORK.has(t.norm) && !TRADE.has(v.tokens[i + 1]?.norm ?? ''));
  return views.filter(namesWork).length >= REVIEW_MIN;
}

/**
 * Whether an event of a review is still worth a record: a protest or a riot against the work is, and so
 * is an incident the review dates to a day; what the work tells, undated or dated to its year, is not.
 *
 * @example keepInReview(record) // false for an undated killing in a film's plot
 */
export function keepInReview(event: EventRecord): boolean {
  const type = event.event_type?.value;
  return (type !== undefined && REACTIONS.has(type)) || event.date?.precision === 'day';
}
