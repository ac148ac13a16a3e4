import { wordSet } from '../../core/text/word-set.js';
import { clauseOpening } from './clause-opening.js';
import type { PhraseHit } from './phrase-matcher.js';
import { RELATIVE_PRONOUNS } from './relative-pronouns.js';
import type { SentenceView } from './sentence-view.js';
import type { Span } from '../../core/span.js';

/**
 * "، كما شنت": a comma before "كما" (likewise) opens a second main clause, one more act of the same subject
 * told with its own place: its triggers start a frame of their own.
 */
export const ALSO = /،\s*كما(?:\s|$)/;
/**
 * "قصف المتمردون قرى في إب، في وقت قصفت فيه طائرات التحالف مواقع قرب لحج", "…, while jets struck …": a
 * clause set beside another "meanwhile" tells an act of its own, at its own place. Words folded as token
 * norms are: one word, or «في» and the word after it.
 */
const MEANWHILE = wordSet('بينما while whereas');
/** "في وقت سابق" (earlier): a time before or after is not "meanwhile". */
const OTHER_TIME = wordSet('سابق لاحق مبكر متاخر');

/** Words between two tokens that are a comma and spaces, nothing else. */
const COMMA_ALONE = /^\s*[،,]\s*$/;

/**
 * Whether `text[from, to)` is a comma and spaces, nothing else (`COMMA_ALONE`). Most words stand one space
 * apart: a gap of one character is answered without cutting it out.
 */
function commaAlone(text: string, from: number, to: number): boolean {
  if (to - from === 1) return text.charCodeAt(from) === COMMA || text.charCodeAt(from) === ARABIC_COMMA;
  return COMMA_ALONE.test(text.slice(from, to));
}
const COMMA = 0x2c;
const ARABIC_COMMA = 0x60c;

/**
 * "one person was stabbed in Surat even as police burst teargas shells at Prantij": "even as" opens a clause
 * set beside the one before it with or without a comma (not "even as many as", "even as late as": a degree).
 */
const EVEN_AS_DEGREE = wordSet('many much few little late early far long recently soon');
function evenAsAt(view: SentenceView, k: number): boolean {
  const norm = (i: number) => view.tokens[i]?.norm ?? '';
  return norm(k) === 'even' && norm(k + 1) === 'as' && !EVEN_AS_DEGREE.has(norm(k + 2));
}

/** A comma before token `k` opens a clause set beside the one before it "meanwhile" ("، بينما", ", while"). */
function meanwhileAt(view: SentenceView, text: string, k: number): boolean {
  if (evenAsAt(view, k)) return true;
  if (!commaAlone(text, view.tokens[k - 1].span[1], view.tokens[k].span[0])) return false;
  const norm = (i: number) => view.tokens[i]?.norm ?? '';
  if (MEANWHILE.has(norm(k))) return true;
  if (norm(k) !== 'في') return false;
  return norm(k + 1) === 'حين' || (norm(k + 1) === 'وقت' && !OTHER_TIME.has(norm(k + 2)));
}

/**
 * «هاجم المسلحون حاجزا في البلدة، في وقت قصفت الطائرات الجبل»: a clause set beside another "meanwhile" opens
 * among tokens `(end, start]`, so the trigger at `start` tells an act apart from the one before `end`.
 */
export function meanwhileBetween(view: SentenceView, text: string, end: number, start: number): boolean {
  for (let k = Math.max(end, 1); k <= start; k++) if (meanwhileAt(view, text, k)) return true;
  return false;
}

/**
 * «وبدأت», «وشنت», «ونفذوا»: "and began", "and launched", "and carried out", joined by «و», a verb whose object
 * is the act's noun told after its subject («وبدأت القوات الموالية لهادي … هجوما»), folded.
 */
const AND_LAUNCHING = /^و(?:بدا|شن|نفذ|واصل|خاض|باشر)(?:ت|وا)?$/;

/**
 * «… السيطرة عليها في منتصف يوليو، وبدأت القوات الموالية لهادي … هجوما»: after a comma, «و» and a verb of
 * launching open a second main clause, and its subject, between that verb and the act's noun, is that act's.
 */
function arabicLaunchAt(view: SentenceView, text: string, k: number, start: number): boolean {
  if (k >= start || !AND_LAUNCHING.test(view.tokens[k].norm)) return false;
  return commaAlone(text, view.tokens[k - 1].span[1], view.tokens[k].span[0]);
}

/**
 * Words that open a phrase telling only the time or the outcome of the act before them, and how many tokens
 * may stand between such a word and the trigger it governs: "after heavy fighting", "after killing dozens",
 * "leaving scores of fighters dead".
 */
const OPENER_REACH: ReadonlyMap<string, number> = new Map([
  ['after', 3],
  ['leaving', 5],
]);

/**
 * "regained two villages in the Hama countryside after heavy fighting", "… leaving dozens of them dead": an
 * "after" or "leaving" just before the second frame's trigger opens a phrase that only times the first act
 * or tells its outcome; the places told before it are the first's.
 */
function afterAt(view: SentenceView, k: number, start: number): boolean {
  return start - k <= (OPENER_REACH.get(view.tokens[k].norm) ?? -1);
}

/**
 * The token of an "after" that opens the phrase of the trigger at `start`, among tokens `(end, start]`:
 * "retook the villages of X and Y after killing dozens" leaves X and Y to the retaking, even to a bare
 * killing verb that would take every word before it.
 */
export function afterOpening(view: SentenceView, end: number, start: number): number | undefined {
  return clauseOpening(start, end, (k) => afterAt(view, k, start));
}

/** «فيها», «فيه», «خلالها»: "in it", "during it", a pronoun pointing back to the place or fight just named. */
const IN_IT = wordSet('فيه فيها فيهما فيهم خلاله خلالها');

/**
 * «سيطرت المقاومة على مواقع قتل فيها 10 حوثيين», «… على قبة مشرعة التي قتل فيها»: a killing verb whose "in it"
 * points back to the ground just named opens a relative clause (from its relative pronoun, if any); the words
 * before it, that ground and who took it, are the first act's, not the killing's.
 */
export function killedThereinOpening(
  view: SentenceView,
  end: number,
  killing: PhraseHit,
): number | undefined {
  if (!IN_IT.has(view.tokens[killing.end]?.norm ?? '')) return undefined;
  const opener = RELATIVE_PRONOUNS.has(view.tokens[killing.start - 1]?.norm ?? '')
    ? killing.start - 1
    : killing.start;
  return opener > end ? opener : undefined;
}

/**
 * "pushed the militants back from the town of X and took full control of its streets": a second act told
 * by its verb right after "and" shares the subject of the first, and the words before the "and" are the
 * first act's.
 */
function andRightBefore(view: SentenceView, k: number, start: number): boolean {
  return k === start && view.tokens[k - 1]?.norm === 'and';
}

/**
 * Where the words between two frames' triggers (tokens `[end, start)`) divide: at a "، كما" or a "، بينما"
 * between them, so "اعتقلت الشرطة 5 في مانيسا، كما شنت حملات … في أنقرة" keeps Manisa with the arrests,
 * at a "، وبدأت" that launches the second act, at an "after" right before the second trigger, or at an "and"
 * right before it; else half and half.
 * (Other clause breaks do not divide: "، فيما اعتقل" often leaves its place to the clause before.)
 *
 * @example cut(view, text, 3, 12) // 8: the token after "، بينما" opens the second frame's words
 */
export function cut(view: SentenceView, text: string, end: number, start: number): number {
  const opens = (k: number) =>
    ALSO.test(text.slice(view.tokens[k - 1].span[1], view.tokens[k].span[1])) ||
    meanwhileAt(view, text, k) ||
    arabicLaunchAt(view, text, k, start) ||
    afterAt(view, k, start) ||
    andRightBefore(view, k, start);
  return (
    clauseOpening(start, end, opens) ??
    pastName(view, text, Math.max(end, Math.ceil((end + start) / 2)), start)
  );
}

/** A token written with a capital letter first: a word of a name, in English. */
const CAPITALISED = /^\p{Lu}/u;

/**
 * Whether the word at `span` starts with a capital (`CAPITALISED`). An ASCII or Arabic first letter is told
 * by its code: it is most words, Arabic has no capitals, and the pattern's Unicode class, run on a piece cut
 * out of the text for every word of every cut, was some 0.6% of the extract stage's time.
 */
function capitalised(text: string, span: Span): boolean {
  const c = text.charCodeAt(span[0]);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c >= 0x600 && c <= 0x6ff) return false;
  return CAPITALISED.test(text.slice(span[0], span[1]));
}
/** A comma or semicolon between two tokens: the words after it up to the next act are that act's. */
const CLAUSE_MARK = /[,;]/;

/**
 * "Gunmen assassinated Colonel Ali Hassan Omar, a police officer, opening fire on him", "a bomb went off in
 * the Serb Republic village of Polje; the explosion …": a halfway point that falls inside a name moves past
 * it to the next comma or semicolon before the second act (or right past the name when there is none), so
 * the name and what the clause tells of it stay with the act before it.
 */
function pastName(view: SentenceView, text: string, at: number, start: number): number {
  const capital = (k: number) => capitalised(text, view.tokens[k].span);
  if (at <= 0 || at >= start || !capital(at - 1) || !capital(at)) return at;
  let past = at;
  while (past < start && capital(past)) past++;
  for (let k = past; k < start; k++)
    if (CLAUSE_MARK.test(text.slice(view.tokens[k - 1].span[1], view.tokens[k].span[0]))) return k;
  return past;
}
