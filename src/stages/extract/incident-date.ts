import type { DateRef } from '../../core/records.js';
import { RELATIVE_PRONOUNS } from './relative-pronouns.js';
import { DAY_MS, middleOfRun } from '../../core/day-ms.js';
import { ARABIC_SAYING_VERBS, REPORTING_VERBS, SAYING_NEXT } from '../../core/text/saying-words.js';
import { mainTrigger, type Frame } from './frame-builder.js';
import { tokenAt } from './sentence-view.js';
import { isWhiteSpace } from '../../core/text/unit-class.js';
import { CLAUSE_BREAK } from './cue-scope.js';
import { datesAnotherAct } from './other-act-day.js';
import { shootingClause } from './shooting-clause.js';
import { officeTerm } from './office-terms.js';
import { relativeHost } from './relative-host.js';
import { inPersonAside } from './aside-date.js';
import { datesAnOffensive } from './war-references.js';

/** Tokens of distance a coarser date weighs as. */
const PRECISION_COST = { day: 0, month: 6, year: 12 };
/** Tokens of distance a weekday weighs more than a written date. */
const WEEKDAY_COST = 4;
/**
 * "وقع يوم الأربعاء", "الذي وقع في", "which took place on": the words that tie a date to the incident. "during
 * the strike on 28 February" dates the acts done during it, in whichever clause of the sentence.
 */
const OCCURRED_ON =
  /(?:(?:^|\s)[وف]?(?:وقع|وقعت|جرى|جرت|حدث|حدثت|نفذ|نفذت)|\b(?:took place|occurred|happened|was carried out|during the [a-z-]+))\s+(?:(?:في|on|in)\s+)?$/i;
const OCCURRED_BONUS = 8;
/**
 * "قال في بيان السبت", "اعلن يوم الاثنين", "said on Tuesday": the words that tie a date to a statement about
 * the incident. The text is read as written, with or without hamza, so both spellings are listed. An Arabic
 * verb of saying comes before its subject ("كما أعلنت الحكومة المالية مساء الأحد"): up to three words may
 * stand between, but not "أن", which opens what was said, nor "في", which places it.
 */
const SAID_ON = new RegExp(
  String.raw`(?:(?:^|\s)[وف]?(?:${ARABIC_SAYING_VERBS}|صرح|بيان|بيانها|بيانه)(?:\s+(?![أاإ]ن(?:\s|ه|ها)|في\s)[\u0621-\u064a]+){0,3}|\b(?:said|says|announced|reported|stated|statement))\s+(?:(?:في|يوم|on)\s+)?$`,
  'i',
);
/** Tokens of distance the day of a statement weighs more: the incident it reports may be older. */
const SAID_COST = 8;
/** The times stage's reason for a weekday resolved against the reference date. */
const WEEKDAY = /weekday/i;
/**
 * "the envoy who on Tuesday blamed the rebels for the massacre", "اتهم يوم الاثنين": the day of a blame or a
 * denial, which come after the incident, often years after; it never dates the incident.
 */
const BLAMED_AFTER = /^\s*(?:blamed|accused|denied)\b/i;
const BLAMED_BEFORE = /(?:^|\s)[وف]?(?:اتهم|اتهمت|نفى|نفت)(?:\s+\S+){0,2}\s+(?:(?:في|يوم)\s+)?$/;

/** "Wednesday's violence", "last week's bombing": a date in the possessive names an incident of its own. */
const POSSESSIVE = /^['’]+s\b/i;
/** Characters after a possessive date within which the incident it names starts ("Wednesday's deadly raid"). */
const POSSESSED_REACH = 16;

/**
 * "five days after their start", "بعد أيام من انطلاقها": a span counted from the start of the act itself
 * recalls no earlier incident.
 */
const OWN_START =
  /^\s*(?:(?:their|its)\s+(?:start|beginning|launch)\b|(?:انطلاق|بد[ءئ]|بدايت)(?:ها|هم)(?![\u0621-\u064a]))/i;

/** Whether the frame recalls an earlier incident ("days after the bombing"), not the start of its own act. */
export function recalls(frame: Frame, text: string): boolean {
  return (
    frame.background && !OWN_START.test(text.slice(frame.backgroundSpan![1], frame.backgroundSpan![1] + 30))
  );
}

/** Tokens after the relative word within which a date still stands in its clause. */
const RELATIVE_REACH = 14;

/**
 * "التقى الوزير بأسر الحراس الذين قتلوا في الكمين في 3 مايو", "vowed on Monday to punish the group that
 * abducted the villagers in the spring of 2014": the token of the relative word that opens a clause telling
 * the frame's incident, on its noun or just before its verb, or -1. Such an incident is dated by the date
 * inside that clause, not by the day of the visit or vow the main clause tells (often months or years later).
 */
function relativeOpener(frame: Frame): number {
  const { tokens } = frame.view;
  const trigger = mainTrigger(frame);
  const at = (k: number) => RELATIVE_PRONOUNS.has(tokens[k]?.norm ?? '');
  const comma = tokens[trigger.end]?.norm === ',' || tokens[trigger.end]?.norm === '،' ? 1 : 0;
  if (at(trigger.end + comma)) return trigger.end + comma;
  return at(trigger.start - 1) ? trigger.start - 1 : -1;
}

/** Whether date `t` stands inside the relative clause opened at token `opener` (see `relativeOpener`). */
function inRelativeClause(
  t: { span: readonly [number, number] },
  frame: Frame,
  opener: number,
  text: string,
): boolean {
  if (opener < 0) return false;
  const k = tokenAt(frame.view, t.span[0]);
  if (k <= opener || k - opener > RELATIVE_REACH) return false;
  return !CLAUSE_BREAK.test(text.slice(frame.view.tokens[opener].span[1], t.span[0]));
}

/**
 * "Men shot two guards near a school that was bombed last year": the token where a shooting's own clause ends
 * when a clause of another act follows it in the frame (see `shootingClause`), else past the frame's end. A
 * date from there on dates that other act, not the shooting.
 */
function otherActsClause(frame: Frame): number {
  const own = shootingClause(frame).to;
  return own < frame.to ? own : Infinity;
}

/** A date the words before it tie to an incident of the sentence, even one outside this clause. */
export function occurredOn(t: { span: readonly [number, number] }, text: string): boolean {
  return OCCURRED_ON.test(text.slice(Math.max(0, t.span[0] - 36), t.span[0]));
}

/**
 * The clause's date: the nearest time expression, a day before a month before a year (a clause that gives
 * "on Tuesday" and "since March 2011" tells its incident's day; the month is background).
 */
export function nearestTime(frame: Frame, times: Frame['view']['times'], text: string): DateRef | null {
  // Most clauses hold no date: their trigger's relative clause, recalled act and named incident go unread.
  if (times.length === 0) return null;
  const at = mainTrigger(frame).start;
  const opener = relativeOpener(frame);
  const otherAct = otherActsClause(frame);
  // The reason is read once per time: both the cost and the filter below ask it.
  const weekdays = new Set(times.filter((t) => WEEKDAY.test(t.reason ?? '')));
  // A weekday is often a name ("صلاة الجمعة", Friday prayers) where a written date is not; a date the text
  // ties to the incident ("the attack, which took place on Wednesday") beats one nearer to the trigger.
  const cost = (t: Frame['view']['times'][number]) =>
    Math.abs(tokenAt(frame.view, t.span[0]) - at) +
    PRECISION_COST[t.precision] +
    (weekdays.has(t) ? WEEKDAY_COST : 0) +
    (saidOn(t, text) ? SAID_COST : 0) -
    (occurredOn(t, text) || inRelativeClause(t, frame, opener, text) ? OCCURRED_BONUS : 0);
  // A clause that recalls an earlier incident dates what happens now before the trigger, not the incident.
  // "Ten were killed in Aleppo, a monitor said Friday": a weekday of words said after the incident is told
  // tags the telling; the incident was often the day before ("killed Thursday"), so it takes its own day
  // or the article's. "A source said Monday that shells hit …" heads a wire report of that day's news.
  // "In August 2013, when the union made the same appeal after pilgrims were killed, activists torched shops":
  // when the act recalled is only a killing that the frame's own act follows, the days before it date that
  // act as any clause's do.
  const recalled = recalls(frame, text) && mainTrigger(frame) === frame.triggers[0];
  const named = namedIncident(frame, text);
  // "Police arrested a gunman on Monday who had shot dead three fishermen": an act told of the main act's
  // object happened before that act, whose clause's days are its own.
  const mainClauseEnd = relativeHost(frame.view, frame.triggers[0])?.pronoun ?? -1;
  const dated = times.filter((t) => {
    if (t.value === null) return false;
    // The token checks first: a search over the sentence's tokens, once, before the ones that read the text.
    const token = tokenAt(frame.view, t.span[0]);
    return (
      token >= mainClauseEnd &&
      token < otherAct &&
      (!recalled || token >= at) &&
      (!named || datesTheName(t, named, text)) &&
      !datesABlame(t, text) &&
      !boundsASpan(t, text) &&
      !datesADocument(t, text) &&
      !namesAnother(t, frame, text) &&
      !datesAnotherAct(t, frame, text) &&
      !namesAWar(t, text) &&
      !datesAnOffensive(t, text) &&
      !officeTerm(frame.view, text, t) &&
      !inPersonAside(t, frame, text) &&
      !(weekdays.has(t) && saidOn(t, text) && token > at)
    );
  });
  // The cheapest, the earliest among equals (each cost computed once: it reads the text before the date).
  let t: (typeof dated)[number] | undefined;
  let best = Infinity;
  for (const candidate of dated) {
    const c = cost(candidate);
    if (c < best) [t, best] = [candidate, c];
  }
  if (!t) return null;
  // "The minister said on Saturday that the army was behind the gas attack": the statement's day leaves
  // the incident's day unknown, told earlier in that month or before it.
  if (t.precision === 'day' && judgedAfter(t, frame, text))
    return { value: t.value!.slice(0, 7), precision: 'month', spans: [t.span] };
  return asIncidentDate(t);
}

/**
 * "victims of the Godhra carnage", "the anniversary of the 1984 riots", "survivors of the Charlie Hebdo
 * attack": a noun trigger after "of the" and a name (capitalised words or a year) names a known incident
 * that another act of the clause refers to. Returns the span from the name to the trigger's end, or null.
 * A clause that counts dead or wounded ("the toll of the Kunduz bombing rose to 30") tells it as news.
 */
export function namedIncident(frame: Frame, text: string): readonly [number, number] | null {
  const trigger = mainTrigger(frame);
  if (frame.triggers.some((t) => t.phrase.pos === 'verb')) return null;
  const start = frame.view.tokens[trigger.start].span[0];
  const from = nameMayEndBefore(text, start) ? capitalisedName(text, start) : townName(frame, text, start);
  if (from === null) return null;
  if (frame.view.quantities.some((q) => q.role === 'killed' || q.role === 'injured')) return null;
  return [from, frame.view.tokens[trigger.end - 1].span[1]];
}

/** Where the capitalised name or year `NAMED_BEFORE` finds before the trigger noun at `start` begins, or null. */
function capitalisedName(text: string, start: number): number | null {
  const name = NAMED_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  return name ? start - name[0].length + name[0].indexOf(name[1]) : null;
}

/**
 * "to protest the godhra killings", "condemned the rampur carnage": words that take a known incident as their
 * object, then "the" and a town right before the noun. Lower-case copy names its incidents by the town alone.
 */
const TOWN_NAMED_AFTER =
  /\b(?:of|for|since|about|commemorat\w*|anniversary|protest(?:s|ed|ing)?|against|condemn(?:s|ed|ing)?)\s+the\s+$/i;

/** Where a town mention naming the incident noun at `start` begins ("the godhra killings"), or null. */
function townName(frame: Frame, text: string, start: number): number | null {
  const town = frame.view.mentions.find(
    (m) => m.place && m.span[1] < start && /^\s+$/.test(text.slice(m.span[1], start)),
  );
  if (!town) return null;
  return TOWN_NAMED_AFTER.test(text.slice(Math.max(0, town.span[0] - 40), town.span[0]))
    ? town.span[0]
    : null;
}

/** "of the Godhra ", "for the 1984 ": a name between "of/for/since the" and a trigger noun. */
const NAMED_BEFORE =
  /\b(?:of|for|since|about|commemorat\w*|anniversary)\s+the\s+((?:(?:1[89]|20)\d\d|[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,3}\s+)$/;
/**
 * Whether the word before the spaces before `at` can end `NAMED_BEFORE`'s name: it starts with a capital or
 * with the first digit of a year. Most words before a trigger noun are "the", "a" or an Arabic word: read
 * from the characters, they turn the pattern away before it is tried at each of sixty positions (about 0.5%
 * of the extract stage's profile).
 */
function nameMayEndBefore(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end === at) return false;
  let from = end;
  while (from > 0 && !isWhiteSpace(text.charCodeAt(from - 1))) from--;
  const c = text.charCodeAt(from);
  return (c >= 0x41 && c <= 0x5a) || c === 0x31 || c === 0x32;
}

/** Characters after a named incident within which a date introduced by "on/of/in" dates it. */
const NAME_DATE_REACH = 4;

/**
 * "the 1984 carnage", "the Godhra carnage of 27 February 2002", "the carnage, which took place on …": a
 * date inside the name, right after it, or tied to it by words of happening dates the named incident.
 */
function datesTheName(
  t: { span: readonly [number, number] },
  named: readonly [number, number],
  text: string,
) {
  if (t.span[0] >= named[0] && t.span[1] <= named[1]) return true;
  const gap = text.slice(named[1], t.span[0]);
  if (
    t.span[0] >= named[1] &&
    /^\s*(?:,\s*)?(?:on|of|in)?\s*$/i.test(gap) &&
    gap.length <= NAME_DATE_REACH + 2
  )
    return true;
  return occurredOn(t, text);
}

/** A verb of saying between a fronted date and what was said ("On Monday state media reported that …"). */
const SAYING = new RegExp(
  String.raw`\b(?:${REPORTING_VERBS})\b|(?:^|\s)[وف]?(?:${ARABIC_SAYING_VERBS})(?![\u0621-\u064a])`,
  'i',
);
/** Characters before a statement's day within which its verb of saying stands. */
const SAYING_REACH = 40;
/**
 * "was behind", "responsible for", «يقف وراء», «المسؤولة عن»: words that lay the blame for an incident, told
 * before it in the statement ("said that the army was behind the gas attack"); said after the incident is
 * told ("…, holding the rebels responsible for it"), they may close a report of the day's news.
 */
const BLAMED =
  /\b(?:(?:was|were|is|are)\s+behind|responsible\s+for|to\s+blame\s+for)\b|(?:^|\s)(?:[يت]قف|وقف|وقفت)\s+وراء|(?:^|\s)(?:ال)?مس[ؤو]ول(?:ة|ين|ون)?\s+عن/i;
/** "war crimes", «جريمة حرب»: a judgement of an incident, wherever the statement makes it. */
const WAR_CRIME = /\bwar\s+crimes?\b|(?:جريم[ةه]|جرائم)\s+حرب/i;

/**
 * "The minister said on Saturday that the army was behind the gas attack", «قالت المنظمة اليوم الخميس إن
 * المتمردين قصفوا الأحياء فيما قد يرقى إلى جرائم حرب»: the day of a statement that blames or judges its
 * incident, which it does days or weeks after. The day a wire report's statement heads the news ("a monitor
 * said on Tuesday that an air strike killed nine") stays its day: such news is most often of that day or the
 * night before, and "had been killed" after "said" is only the tense of reported speech.
 */
function judgedAfter(t: Frame['view']['times'][number], frame: Frame, text: string): boolean {
  const trigger = frame.view.tokens[mainTrigger(frame).start].span[0];
  if (t.span[1] > trigger) return false;
  const said = SAYING.test(text.slice(t.span[1], trigger));
  // «قالت منظمة العفو الدولية اليوم الأربعاء إن …»: the verb may stand a few words before the day.
  const before = text
    .slice(Math.max(0, t.span[0] - SAYING_REACH), t.span[0])
    .split(/[.!?؟\n]/)
    .at(-1)!;
  if (!said && !SAYING.test(before)) return false;
  const stop = text.slice(trigger).search(/[.!?؟\n]/);
  const sentence = text.slice(t.span[1], stop < 0 ? text.length : trigger + stop);
  return BLAMED.test(text.slice(t.span[1], trigger)) || WAR_CRIME.test(sentence);
}

/** "said on Tuesday", «في بيانه الأحد»: the day of `t` is that of a statement about the incident. */
export function saidOn(t: { span: readonly [number, number] }, text: string): boolean {
  return (
    SAID_ON.test(text.slice(Math.max(0, t.span[0] - 24), t.span[0])) ||
    SAYING_NEXT.test(text.slice(t.span[1], t.span[1] + 16))
  );
}

/**
 * "40 were taken into custody following Wednesday's violence": a date in the possessive dates the incident
 * it names, not the clause's other acts.
 */
function namesAnother(t: { span: readonly [number, number] }, frame: Frame, text: string): boolean {
  if (!POSSESSIVE.test(text.slice(t.span[1], t.span[1] + 3))) return false;
  return !frame.triggers.some((tr) => {
    const from = frame.view.tokens[tr.start].span[0];
    return from >= t.span[1] && from - t.span[1] <= POSSESSED_REACH;
  });
}

/** "حرب العام الماضي", "حرب 2014", "the war of 1967": a war noun whose date follows it in its name. */
const WAR_BEFORE = /(?:(?:^|\s)[وبل]?(?:ال)?(?:حرب|حروب)|\bwars?\s+(?:of|in))\s+$/i;
/** "the 2006 war", "1967 war": a war noun right after its date. */
const WAR_AFTER = /^\s+wars?\b/i;

/**
 * "a shell left over from last year's war", «قذيفة تركتها حرب العام الماضي»: a date that names a war
 * dates the war, never the incident the clause tells (a war is no incident).
 */
function namesAWar(t: { span: readonly [number, number] }, text: string): boolean {
  return (
    WAR_BEFORE.test(text.slice(Math.max(0, t.span[0] - 12), t.span[0])) ||
    WAR_AFTER.test(text.slice(t.span[1], t.span[1] + 8))
  );
}

/**
 * «بيان حمل تاريخ», «رسالة بتاريخ», «المؤرخ في», "a statement dated": the words that date a document. A bare
 * «بتاريخ» is how Arabic dates anything («وقع الهجوم بتاريخ …»): only after a document's noun, a word between
 * at most («كتابي إليكم بتاريخ»), is it the document's.
 */
const DOCUMENT_DATED =
  /(?:(?:^|\s)(?:حمل|حملت|يحمل|تحمل)\s+تاريخ|(?:بيان|رسال[ةه]|وثيق[ةه]|كتاب|خطاب|مذكر[ةه])\S*\s+(?:\S+\s+)?(?:ب|و)?تاريخ|(?:^|\s)(?:ال)?مؤرخ[ةه]?(?:\s+(?:في|ب))?|\bdated)\s*$/i;

/**
 * «وذكر التنظيم في بيان يحمل تاريخ اليوم أن مقاتليه هاجموا …», "in a statement dated Monday": the day a
 * statement or a letter bears dates the document, not the incident it tells of.
 */
function datesADocument(t: { span: readonly [number, number] }, text: string): boolean {
  return DOCUMENT_DATED.test(text.slice(Math.max(0, t.span[0] - 32), t.span[0]));
}

function datesABlame(t: { span: readonly [number, number] }, text: string): boolean {
  return (
    BLAMED_AFTER.test(text.slice(t.span[1], t.span[1] + 16)) ||
    BLAMED_BEFORE.test(text.slice(Math.max(0, t.span[0] - 32), t.span[0]))
  );
}

/**
 * «منذ 26 مارس», «منذ العام 1492», «منذ مطلع الشهر»: a date after "since" is where a span of time starts —
 * a campaign waged or a state kept since then — and dates no incident of the clause. An incident the span
 * counts from is told by its own noun after «منذ» ("منذ سيطرته على البلدة في 5 مارس"), and keeps its date.
 */
const SINCE_BEFORE =
  /(?:^|\s)منذ\s+(?:(?:ال)?(?:عام|شهر|مطلع|بداية|نهاية|أواخر|اواخر|أوائل|اوائل|منتصف)\s+)?$/;

/**
 * «وتواصلت المعارك حتى فجر اليوم», "the fighting went on until Friday morning": a date after "until" is
 * where the incident's span ends, told after its start; it dates no incident of the clause either.
 */
const UNTIL_BEFORE =
  /(?:^|\s)(?:حتى|until|till)\s+(?:(?:صباح|مساء|ظهر|فجر|ليل|ليلة|late|early)\s+(?:on\s+)?)?$/i;

function boundsASpan(t: { span: readonly [number, number] }, text: string): boolean {
  const before = text.slice(Math.max(0, t.span[0] - 24), t.span[0]);
  return SINCE_BEFORE.test(before) || UNTIL_BEFORE.test(before);
}

/** Days a run of days may span and still date an incident by its first day. */
const DAY_RUN = 7;

/**
 * "خلال شهر رمضان", "between 3 and 28 June", "late December 2016", "in the summer of 2014": a stretch of
 * weeks or months names no day of the incident, so it is told by the month that holds the stretch, or by
 * the year that holds most of it when it crosses a month's end, as the guide tells every span. A record
 * holds no range, and an incident left undated would take the publication day. A short run of days keeps
 * its first day here (the resolve stage tells it by its month once the incident's tellings are merged); a
 * run of years ("in the 1990s") keeps its first year.
 */
export function asIncidentDate(t: Frame['view']['times'][number]): DateRef {
  const value = t.value!;
  const spans = [t.span];
  const run = t.end && t.end !== value && t.precision !== 'year';
  const short = t.precision === 'day' && Date.parse(t.end!) - Date.parse(value) <= DAY_RUN * DAY_MS;
  if (!run || short) return { value, precision: t.precision, spans };
  if (value.slice(0, 7) === t.end!.slice(0, 7))
    return { value: value.slice(0, 7), precision: 'month', spans };
  return { value: middleOfRun(value, t.end!).slice(0, 4), precision: 'year', spans };
}
