import type { Quantity } from '../../core/records.js';
import { perText } from '../../core/per-text.js';
import { guardedPattern } from '../../core/text/guarded-pattern.js';
import { CASE_COUNT_WORDS, CASE_NOUNS } from './counted-cases.js';

// Counts summed over time or over several incidents, or the dead of an older incident: never the toll of the
// incident told.

/**
 * "Over seventy journalists have been killed since 2003", "قتل أكثر من 4000 منذ بداية الحرب": a count
 * summed over months or years, not the toll of the incident told (nor, with LONG_AGO, the dead of an older one).
 */
const SINCE = String.raw`\bsince\s+(?:(?:early|mid|late|the (?:start|beginning|outbreak|fall) of)\s+)?(?:the (?:start|beginning|outbreak|fall|war|conflict|uprising|revolution|crisis|insurgency|fighting)\b|then\b|last (?:year|month)\b|\d{4}\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|\bso far this (?:year|month)\b|\bto date\b|(?:^|\s)منذ\s+(?:بداية|بدء|مطلع|اندلاع|انطلاق|عام|العام|سنوات|[أا]شهر|شهور)`;
/** "killed by gunmen several months ago", "who were killed last month": a death told as an older incident's. */
const LONG_AGO = String.raw`\b(?:(?:a few|several|some|a couple of|two|three|four|five|six|\d+) (?:months|years) ago|a (?:month|year) ago|last (?:month|year)|earlier this year)\b`;
/**
 * "وشهدت نفس الفترة … مقتل 11", "في الفترة من 7 يوليو وحتى …", "during the same period", "over the past three
 * months": a count summed over a span of days told before it, however long the sentence runs on to it.
 */
const OVER_A_SPAN = String.raw`\b(?:during|in|over|within) (?:the same period|the period (?:from|between)|the (?:past|last) (?:(?:few|several|two|three|four|five|six|\d+) )?(?:weeks|months|years))\b|(?:^|\s)[وف]?(?:(?:خلال|في|شهدت)\s+)?(?:نفس|ذات)\s+الفترة|(?:^|\s)[وف]?(?:خلال|في)\s+الفترة\s+(?:من|بين|الماضية|الاخيرة|الأخيرة)|(?:^|\s)[وف]?(?:خلال|في)\s+(?:الاشهر|الأشهر|الشهور|السنوات)\s+(?:الماضية|الاخيرة|الأخيرة)`;
/**
 * "three cases of riots in the area, which claimed 12 lives", "two incidents of arson that killed 5": the
 * count a relative clause gives the incidents it hangs on is their sum, no one incident's toll.
 */
const SEVERAL_INCIDENTS = String.raw`\b(?:${CASE_COUNT_WORDS.replaceAll(' ', '|')}|\d+)\s+(?:separate\s+)?(?:${CASE_NOUNS.replaceAll(' ', '|')})\s+of\b[^.;]{0,120}?\b(?:which|that)\s+(?:have\s+|has\s+|had\s+)?(?:claimed|killed|left|cost)\s+(?:at least\s+|over\s+|more than\s+|about\s+|nearly\s+)?$`;
/** "in Syria's 30-month war", "in the four-year conflict": a war told by its length, whose dead are its sum. */
const WAR_BY_LENGTH = String.raw`\b(?:\d+|[a-z]+)[- ](?:month|year)[- ](?:(?:old|long)\s+)?(?:civil\s+)?(?:war|conflict|uprising|insurgency|crisis|revolt|rebellion)\b(?!-)`;
/**
 * "eight fighters were killed in the past week", "died over the last two months": the fate told over a span
 * of weeks or more, right after its verb (not "the third attack in the past week": a count of attacks).
 */
const FATE_OVER_A_SPAN = String.raw`\b(?:killed|died|dead|wounded|injured|hurt)\s+(?:in|over|during|within) the (?:past|last) (?:(?:few|several|two|three|four|five|six|\d+) )?(?:weeks?|months?|years?)\b`;
/**
 * "killed in two days of air and ground operations across the country": a count summed over days of acts
 * told in the plural (a campaign of raids or strikes). Not "two days of fighting": one battle's toll.
 */
const DAYS_OF_ACTS = String.raw`(?:in|over|during|within) (?:two|three|four|five|six|seven|ten|several|a few|\d+) days of (?:[a-z-]+ ){0,3}(?:operations|raids|strikes|airstrikes|attacks|bombings)`;
/**
 * "72 were killed in the bombing of the province over the past few days", "have died since Saturday in the
 * fighting": a count summed over several days, told after it in the same sentence (not "a bomb killed 14,
 * the third such blast since Friday": there the days count the blasts, told by an ordinal before them).
 */
const OVER_DAYS_AFTER = guardedPattern(
  new RegExp(
    String.raw`^(?:(?!\b(?:second|third|fourth|fifth|sixth|such|latest)\b)[^.;؛]){0,120}?\b(?:(?:in|over|during|within) the (?:past|last) (?:few|several|three|four|five|six|seven|ten|\d+) days|in recent days|since (?:last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|${DAYS_OF_ACTS})\b`,
    'i',
  ),
  'days since',
);
/**
 * "one civilian was killed and 17 injured in several attacks across the country", "killed in army operations
 * across the province": the fate told, right after it, over a whole land, a sum over the incidents told in its
 * towns (not "killed in the market as protests spread across the country": the land is another clause's).
 */
const ACROSS_A_LAND_AFTER = guardedPattern(
  /^\s*(?:[\w'’-]+\s+){0,4}?in\s(?:[\w'’-]+\s+){0,3}?across (?:the )?(?:[a-z-]+ )?(?:country|nation|province|region)\b/i,
  'across',
);
/**
 * "287 fighters had been killed in the fight for Hasakeh", "died in the battle for the town of Tabqa", "killed
 * since the offensive began": the dead of a whole campaign for a place, summed over its weeks (not "killed
 * on Monday in the battle for Tabqa": the day names one day's toll).
 */
const CAMPAIGN_AFTER = guardedPattern(
  /^(?:(?!\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|overnight)\b)[^.;]){0,80}?\b(?:(?:[Ii]n|[Dd]uring) the (?:fight|battle|struggle|war) (?:for|over) (?:control of )?(?:the (?:city|town|village|district|province) of )?[A-Z]|since the (?:battle|offensive|assault|siege|campaign|fighting) (?:for [\w'’-]+(?: [A-Z][\w'’-]*)? )?(?:began|started|erupted|broke out|was launched)\b)/,
  'fight battle struggle war since',
);
// The words that guard the patterns of running totals: tried at every position of a lead or tail of up to
// 260 characters, each of them cost microseconds to fail on the counts of nearly every article.
const RUNNING_AFTER = guardedPattern(
  new RegExp(String.raw`^[^.;؛]{0,80}?(?:${SINCE}|${LONG_AGO}|${WAR_BY_LENGTH}|${FATE_OVER_A_SPAN})`, 'i'),
  'since date منذ month year week',
);
export const LONG_AGO_AFTER = new RegExp(String.raw`^[^.;]{0,60}?${LONG_AGO}`, 'i');
const RUNNING_BEFORE = guardedPattern(
  new RegExp(
    String.raw`(?:${SINCE}|${WAR_BY_LENGTH})[^.;؛]{0,60}$|(?:${OVER_A_SPAN})[^.;؛]{0,200}$|${SEVERAL_INCIDENTS}`,
    'i',
  ),
  `since date منذ month year week period الفترة شهر الشهور السنوات ${CASE_NOUNS}`,
);
/** "the deadliest attack since 2003", "أعنف هجوم منذ بداية الحرب": a record, not a running total. */
const RECORD =
  /\b(?:worst|deadliest|bloodiest|biggest|largest|heaviest|highest|first|most)\b|[أا]سو[أا]|[أا]عنف|[أا]كبر|ال[أا]ول/i;

/** "A total of 6 people were killed", "In all, 19 died", "Together, the blasts killed 30": a count told as a sum. */
const SUMMED = /\b(?:a total of|in total\b|in all,|altogether\b|(?:overall|together),)[^.;]{0,80}$/i;
/**
 * "a series of five bombs", "one of more than 90 attacks", "four simultaneous bombings", "coordinated
 * attacks": the text tells several incidents.
 */
const SEVERAL_TOLD =
  /\b(?:series|string|wave|spate) of\b|\b(?:coordinated|simultaneous|synchroni[sz]ed|separate)\b|\bone of (?:more than |at least |about )?(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+) (?:[a-z-]+ ){0,2}(?:attacks|blasts|bombs|bombings|explosions|incidents)\b/i;
/** How far before a summed count the text may tell its several incidents. */
const SEVERAL_REACH = 600;

/**
 * "In total, the attack killed 58 and wounded 200", "Altogether the assault left 30 dead": the sum's own
 * subject is one incident, told in the singular, that the several blasts or bombs before it made up.
 */
const ONE_INCIDENT_SUMMED =
  /\bthe\s+(?:[a-z-]+\s+){0,2}?(?:attack|assault|operation|offensive|raid|onslaught)\s+(?:killed|left|claimed|cost|wounded|injured)\b[^.;]{0,80}$/i;

/**
 * A sum told over several incidents ("Seven bombs exploded across the province. A total of 6 people were
 * killed."): no one incident's toll, unless the sum is told as one attack's.
 */
function summedOverSeveral(q: Quantity, text: string): boolean {
  const before = text.slice(Math.max(0, q.span[0] - 100), q.span[0]);
  if (!SUMMED.test(before) || ONE_INCIDENT_SUMMED.test(before)) return false;
  return SEVERAL_TOLD.test(text.slice(Math.max(0, q.span[0] - SEVERAL_REACH), q.span[0]));
}

/**
 * A count summed since a time or over incidents, or told as an older incident's dead, and not a record;
 * answered once per count and text.
 */
export const runningTotal = perText(readAsRunning);

function readAsRunning(q: Quantity, text: string): boolean {
  const end = (q.nounSpan ?? q.span)[1];
  const after =
    RUNNING_AFTER.exec(text.slice(end, end + 120)) ??
    OVER_DAYS_AFTER.exec(text.slice(end, end + 160)) ??
    ACROSS_A_LAND_AFTER.exec(text.slice(end, end + 120)) ??
    CAMPAIGN_AFTER.exec(text.slice(end, end + 160));
  const before = RUNNING_BEFORE.exec(leadSinceStop(text, q.span[0] - 260, q.span[0]));
  return (
    [after, before].some((m) => m !== null && !RECORD.test(m[0])) ||
    ofAnOlderIncident(text, q.span[0]) ||
    summedOverSeveral(q, text) ||
    moreOfARunningTotal(q, text)
  );
}

/** "Another", "A further" opening the sentence of a count: more of the sum the sentence before told. */
const MORE_OPENING = /(?:^|[.!?]\s+)(?:Another|A further)\s+$/;
/** A count in digits. */
const DIGITS = /\b\d[\d,]*\b/g;

/**
 * "287 fighters had been killed in the fight for Hasakeh. Another 120 soldiers were also killed.": a count
 * told as more of a running total in the sentence before is summed over the same span.
 */
function moreOfARunningTotal(q: Quantity, text: string): boolean {
  if (!MORE_OPENING.test(text.slice(Math.max(0, q.span[0] - 12), q.span[0]))) return false;
  const stop = text.lastIndexOf('.', q.span[0]);
  const sentence = text.slice(text.lastIndexOf('.', stop - 1) + 1, stop);
  const from = stop - sentence.length;
  return [...sentence.matchAll(DIGITS)].some((m) => {
    const span: Quantity['span'] = [from + m.index, from + m.index + m[0].length];
    return readAsRunning({ span, value: Number(m[0].replaceAll(',', '')), qualifier: 'exact' }, text);
  });
}

const DEATHS = String.raw`(?:killings?|deaths?|murders?|assassinations?|shooting deaths?)`;
const SPAN_OF_TIME = String.raw`(?:(?:a|an|one|two|three|four|five|six|seven|a few|a couple of|several|\d+)\s+)?(?:hours?|days?|weeks?|months?)`;
/**
 * "The attack came four days after …", "comes after the killing of …", "two weeks prior to this incident",
 * "in retaliation for the deaths of …", "said it was revenge for the killings of …", "to protest the death
 * of …", "sentenced to death for killing …": words that tell, before the count, the incident the one told
 * came after (the rest of the sentence) or answers by its dead (up to a comma: "fired in response to
 * stone-throwing, killing two" counts the firing's dead, and "strikes in response to an attack that killed
 * 1400" the attack's).
 */
const OLDER_INCIDENT = guardedPattern(
  new RegExp(
    String.raw`\b(?:(?:comes?|came|occurred|happened|took place)\s+(?:just\s+|only\s+|also\s+)?(?:${SPAN_OF_TIME}\s+after|(?:after|following)\s+(?:the\s+)?${DEATHS}\b)|${SPAN_OF_TIME}\s+(?:prior to|before)\s+(?:this|the)\s+(?:incident|attack))\b[^.;؛]{0,100}$|\b(?:(?:in\s+(?:retaliation|revenge|response|reprisal)\s+(?:for|to)|(?:retaliation|revenge|reprisal)\s+for|to\s+(?:avenge|protest)|protesting)\s+(?:the\s+)?${DEATHS}|(?:sentenced|convicted|charged|accused|jailed)\b[^.;,]{0,80}\bfor)\b[^.;,؛،]{0,100}$`,
    'i',
  ),
  'after following prior before retaliation revenge response reprisal avenge protest sentenced convicted charged accused jailed',
);

/** The count at `at` is the dead of an older incident the sentence names as the cause or the one before. */
export function ofAnOlderIncident(text: string, at: number): boolean {
  return OLDER_INCIDENT.test(leadSinceStop(text, at - 220, at));
}

/** The stops no pattern read by `leadSinceStop` holds: ".", ";". */
const FULL_STOP = 0x2e;
const SEMICOLON = 0x3b;

/**
 * `text[from, to)` (from clamped at 0) for a pattern that must end at `to` ("…$") and holds no "." or ";":
 * only from the last such stop in it on, the stop kept so that `\b` and `^` see the same character before
 * a match as in the whole. Such a pattern is tried at every position of its lead, and a lead most often
 * holds the end of the sentence before.
 *
 * @example leadSinceStop('Two died. Since 2003, ', 0, 22) // '. Since 2003, '
 */
function leadSinceStop(text: string, from: number, to: number): string {
  const first = Math.max(0, from);
  let start = to - 1;
  while (start > first && text.charCodeAt(start) !== FULL_STOP && text.charCodeAt(start) !== SEMICOLON)
    start--;
  return text.slice(Math.max(first, start), to);
}
