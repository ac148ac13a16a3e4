/**
 * Frames whose trigger is real but tells many incidents as one: a tally ("dozens of air strikes"), a practice
 * ("عمليات خطف"), conduct kept up over time ("the continued shelling"), a wave named by its region ("the
 * Gujarat riots") or alluded to ("during the riots"), a campaign of arrests. Split from the non-event filter,
 * which asks these questions of a frame without a day of its own among its other reasons to drop it.
 */
import type { Token } from '../../core/records.js';
import { wordSet } from '../../core/text/word-set.js';
import { familyOf } from './act-families.js';
import { toldAsWaves } from './generic-waves.js';
import { inFrame, type Frame } from './frame-builder.js';
import { tokenAt, type SentenceView } from './sentence-view.js';

/** People held that no single round-up takes in without a day of its own. */
const TALLY_ARRESTS = 100;
/** "held over a string of raids": the raids that make hundreds held one operation. */
const RAIDS = /^(?:raids?|swoops?)$/;
/** "have been detained", "the 800 arrested": a passive or a count right before the act leaves out who held them. */
const NO_HOLDER = /^(?:been|\d[\d,]*|hundreds|thousands)$/;

/**
 * "over 400 people have been held since the curfew began", "the nearly 900 detained after the unrest":
 * hundreds told held, by no one named and with no day of their own, are the tally of a campaign of arrests,
 * not one round-up. "Police arrested 300 protesters" is one, and so are hundreds held in raids.
 */
export function massArrests(frame: Frame): boolean {
  if (frame.family !== 'arrest') return false;
  const { view } = frame;
  const act = frame.triggers[0];
  if (act.phrase.lang !== 'en' || !NO_HOLDER.test(view.tokens[act.start - 1]?.norm ?? '')) return false;
  const many = view.quantities.some(
    (q) => q.role === 'arrested' && inFrame(frame, q.span) && (q.value ?? 0) >= TALLY_ARRESTS,
  );
  // The raids may open a frame of their own: they are looked for in the whole sentence.
  return many && !view.tokens.some((t) => RAIDS.test(t.norm));
}

/** «مئات», «المئات», «آلاف», «الآلاف» (folded): people counted by the hundred or the thousand. */
const HUNDREDS_AR = /^[وب]?(?:ال)?(?:ميات|الاف)$/;

/**
 * «وتعرض المئات من الأكاديميين للخطف والإخفاء», «اختطفت الجماعة آلاف الناشطين»: people taken by the hundred,
 * with no day and no town of their own, are the tally of a campaign of abductions, not one kidnapping; a
 * town keeps one mass abduction («خطف مسلحون مئات التلميذات من مدرستهن في بلدة …»).
 */
export function massAbductions(frame: Frame): boolean {
  if (frame.family !== 'abduction' || frame.triggers[0].phrase.lang !== 'ar') return false;
  const { view } = frame;
  const many = view.tokens.slice(frame.from, frame.to).some((t) => HUNDREDS_AR.test(t.norm));
  return many && !placedFinely(frame);
}

/**
 * "الجماعات التي تستهدف القرى", "شركة تستهدف الشباب": a frame told only by Arabic verbs in the imperfect, with
 * no day and no toll of its own, is a habit, an aim or a description of a side, not one incident. A crowd
 * is told in the imperfect as it gathers ("يتظاهر المئات أمام البرلمان"): a protest stays.
 */
export function presentOnly(frame: Frame): boolean {
  return frame.family !== 'protest' && frame.triggers.every((t) => t.phrase.imperfect === true);
}

/**
 * "عمليات خطف وقتل", "جرائم اغتيال", «حملات الاعتقال», «حالات اغتصاب», «أعمال قتل ونهب», «حوادث اغتصاب»: Arabic
 * words that make the incident after them a practice of many. A series ("سلسلة تفجيرات", "a series of bombs")
 * is left alone: it is as often one coordinated incident; so is one campaign («حملة اعتقالات» in a town).
 */
const BULK = /^[وبل]?(?:ال)?(?:عمليات|جرايم|حملات|حالات|تكرار|اعمال|حوادث|ممارسات)$/;

/** "phase of", "phases of": a stage of a campaign, named by the acts after it. */
const PHASE = /^phases?$/;
/** How far before its plural noun "phase of" may stand ("the first phase of us air strikes"). */
const PHASE_REACH = 4;

/**
 * Incidents told in bulk with no date or toll of their own: plural triggers of a background clause
 * ("previous attacks on Midan"), a practice ("عمليات خطف وقتل طالت مزارعين"), an act told as repeated
 * («تكرار خطف التجار»), or a stage of a campaign ("pushed out in the first phase of us strikes").
 */
export function inBulk(frame: Frame): boolean {
  if (frame.background && frame.triggers.every(isPlural)) return true;
  const { tokens } = frame.view;
  const phaseOf = (start: number) =>
    tokens
      .slice(Math.max(0, start - PHASE_REACH), start)
      .some((t, k, before) => PHASE.test(t.norm) && before[k + 1]?.norm === 'of');
  if (frame.triggers.every((t) => isPlural(t) && phaseOf(t.start))) return true;
  return BULK.test(tokens[frame.triggers[0].start - 1]?.norm ?? '');
}

/** Words that count acts by the dozen or the hundred: a tally, not one incident. */
const TALLY = /^(?:عشرات|ميات|الاف|dozens|hundreds|scores|thousands)$/;
/** How far before its plural noun the tally word may stand ("dozens of air strikes"). */
const TALLY_REACH = 2;

/** Words of a trend: «العدد المتزايد من الهجمات», «تصاعد الهجمات», "the growing number of suicide attacks". */
const TREND = /^(?:المتزايد|المتصاعد|تزايد|تصاعد|ازدياد|growing|increasing|rising|mounting)$/;
/** How far before its plural noun a trend word may stand ("a growing number of suicide attacks"). */
const TREND_REACH = 4;

/**
 * A count of ten acts or more right before the act's noun: «160 هجوما», «نحو مئتي غارة», «ألف قذيفة», «ثلاثين
 * تفجيرا», "some 120 bombings". Arabic counts a noun past ten in the singular, so the noun's number tells
 * nothing here. Four digits are left out: "the 2005 bombings" names the year of one wave, not a count.
 */
const MANY_ACTS =
  /^(?:[1-9]\d{1,2}|[1-9]\d{0,2},\d{3}|(?:ثلاث|اربع|خمس|ست|سبع|ثمان|ثماني|تسع)?(?:مايه|ميه)|(?:ما|م)يت(?:ا|ي|ان|ين)|الفا?|الفي|الفين|(?:عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)(?:ون|ين))$/;

/**
 * Nouns of whole incidents, which a count past ten makes a tally: attacks, bombings, strikes (folded). Rounds
 * are left out: «أطلقوا 20 صاروخا على البلدة», "fired 20 rockets at the base" is one shelling.
 */
const INCIDENT_NOUN =
  /^(?:هجوم|هجوما|هجمات|تفجير|تفجيرا|تفجيرات|انفجار|انفجارا|انفجارات|غاره|غارات|ضربه|ضربات|اعتداء|اعتداءات|attacks|bombings|strikes|raids|blasts|explosions|assaults|ambushes)$/;

/**
 * "استهدفته عشرات الغارات", "hundreds of air strikes on IS positions": acts in the plural counted by the dozen,
 * with no day and no town of their own, are a campaign's tally; so are acts counted one by one past ten
 * («سجلت الشرطة نحو 160 هجوما بالقنابل») and acts told as a trend ("the growing number of suicide attacks in
 * both countries").
 */
export function tallied(frame: Frame): boolean {
  const view = frame.view;
  const before = (t: { start: number }, reach: number, words: RegExp) =>
    view.tokens.slice(Math.max(0, t.start - reach), t.start).some((w) => words.test(w.norm));
  const counted = frame.triggers.some(
    (t) =>
      (isPlural(t) && (before(t, TALLY_REACH, TALLY) || before(t, TREND_REACH, TREND))) ||
      (t.phrase.pos !== 'verb' && INCIDENT_NOUN.test(headWord(t)) && before(t, 1, MANY_ACTS)),
  );
  return counted && !placedFinely(frame);
}

/**
 * Adjectives of an act kept up over time: "القصف العشوائي", «اشتباكات دائمة», "the continued shelling", "daily
 * raids"; and of acts answering each other in turn, "tit-for-tat attacks" (its last word, as the hyphens split it).
 */
const ONGOING_AFTER = /^(?:ال)?(?:متواصل|مستمر|يومي|متكرر|عشوايي|دايم)ه?$/;
const ONGOING_BEFORE =
  /^(?:continued|continuing|ongoing|daily|repeated|relentless|incessant|constant|indiscriminate|tat|tit-for-tat)$/;

/**
 * "بسبب القصف المتواصل على الأحياء", "the continued shelling of the city": an act qualified as kept up
 * over time, with no day or toll of its own, is the conduct of a war, not one incident.
 */
export function ongoing(frame: Frame): boolean {
  const tokens = frame.view.tokens;
  // "a daily four-hour lull in fighting" is one truce declared, kept.
  if (frame.family !== 'violence') return false;
  return frame.triggers.some(
    (t) =>
      ONGOING_AFTER.test(tokens[t.end]?.norm ?? '') || ONGOING_BEFORE.test(tokens[t.start - 1]?.norm ?? ''),
  );
}

/** "has", "have": the present perfect that sums up conduct up to now (a past perfect tells one earlier act). */
export const PRESENT_PERFECT = /^(?:has|have)$/;
/** Adverbs of how often or how hard a side has acted, over time: "has repeatedly shelled", "have heavily bombed". */
const HABIT_ADVERB =
  /^(?:repeatedly|regularly|frequently|often|routinely|constantly|continuously|persistently|systematically|heavily|intensively|indiscriminately)$/;

/**
 * "the regime has heavily bombarded areas in Aleppo province", "they have regularly launched rockets into the
 * city": an act in the present perfect with an adverb of habit, with no day and no town of its own, sums up a
 * side's conduct, not one incident. "Warplanes had heavily bombarded the towns of A and B" keeps its towns.
 */
export function conductSoFar(frame: Frame): boolean {
  const tokens = frame.view.tokens;
  const summed = frame.triggers.some(
    (t) =>
      HABIT_ADVERB.test(tokens[t.start - 1]?.norm ?? '') &&
      PRESENT_PERFECT.test(tokens[t.start - 2]?.norm ?? ''),
  );
  return summed && !placedFinely(frame);
}

/** «خلال», «طوال», «طيلة» (folded), and «مدى» of «على مدى»: the words that open a span of time. */
const SPAN_OPENER = wordSet('خلال طوال طيله مدي', 'و ف');
/** The span's unit, months or longer (folded): «الأشهر», «الشهور», «السنوات», «الأعوام». */
const LONG_UNIT = /^(?:ال)?(?:اشهر|شهور|سنوات|اعوام|سنين)$/;
/** What makes the span the one just past: «الماضية», «الأخيرة», «المنصرمة», maybe after «القليلة». */
const JUST_PAST = /^(?:الماضيه|الاخيره|المنصرمه)$/;

/** «الرابعة», «الأحدث» (folded): a rank right before the span makes the act one of those, not their tally. */
const RANK_IN_SPAN = /^(?:ال)?(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|احدث|اعنف|اكبر|اخطر)ه?$/;
/** How far before the span its rank may stand («هي الرابعة من نوعها خلال»). */
const RANK_REACH = 3;

/**
 * «وتعرض المئات للخطف خلال الأشهر الماضية», «على مدى السنوات الأخيرة»: acts told over the months or years just
 * past, with no day of their own, are the tally of a campaign, not one incident. «الحادثة الرابعة خلال الأشهر
 * الماضية» ranks one incident among them, kept.
 */
export function overPastMonths(frame: Frame): boolean {
  const tokens = frame.view.tokens;
  for (let k = frame.from; k < frame.to - 2; k++) {
    if (!SPAN_OPENER.has(tokens[k].norm) || !LONG_UNIT.test(tokens[k + 1].norm)) continue;
    if (tokens.slice(Math.max(0, k - RANK_REACH), k).some((t) => RANK_IN_SPAN.test(t.norm))) continue;
    const next = tokens[k + 2].norm === 'القليله' ? tokens[k + 3]?.norm : tokens[k + 2].norm;
    if (JUST_PAST.test(next ?? '')) return true;
  }
  return false;
}

/** "In a string of three grenade blasts in", "In one of a spate of arson attacks in": an opening naming the wave. */
const SERIES_OPENING = /^in (?:one (?:in|of) )?a (?:series|string|spate|wave) of (?:[\w-]+ ){0,3}$/;

/**
 * "In a series of blasts in Rivland, a depot was damaged": a wave named in an opening phrase that a comma closes
 * frames the one incident its main clause tells, which the wave's words place.
 */
function oneOfSeries(frame: Frame, text: string): boolean {
  const { tokens, span } = frame.view;
  const start = frame.triggers[0].start;
  // Most openings do not start with "in": their words are not joined only to be turned away.
  if (start === 0 || !tokens[0].norm.startsWith('in')) return false;
  const opening = tokens
    .slice(0, start)
    .map((t) => `${t.norm} `)
    .join('');
  return SERIES_OPENING.test(opening) && text.slice(tokens[start].span[1], span[1]).includes(',');
}

/**
 * "five arson attacks in Yala province": a few acts counted one by one are that many incidents in the region,
 * not a wave named after it (a tally of dozens is `tallied`'s).
 */
const FEW = /^(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)$/;

/** Region and country mentions: "the Gujarat riots" names months of rioting over a state, not one riot. */
const WIDE_PRECISION = new Set(['region', 'country']);

/** Whether the frame names a place finer than a region or a country: a town singles one incident out. */
export function placedFinely(frame: Frame): boolean {
  return frame.view.mentions.some(
    (m) => m.place && !WIDE_PRECISION.has(m.place.precision) && inFrame(frame, m.span),
  );
}

/**
 * "the Gujarat riots", "the riots in Gujarat": a plural trigger noun named by the region right before it,
 * or by "in" and the region right after it; not the series an opening names to frame one of its incidents.
 */
export function namedWave(frame: Frame, text: string): boolean {
  const view = frame.view;
  if (oneOfSeries(frame, text)) return false;
  return frame.triggers.every(
    (t) =>
      isPlural(t) &&
      !FEW.test(view.tokens[t.start - 1]?.norm ?? '') &&
      (wideAt(view, view.tokens[t.start - 1], 1) ||
        (view.tokens[t.end]?.norm === 'in' && wideAt(view, view.tokens[t.end + 1], 0))),
  );
}

/** "violence broke out", "trouble erupted": the outbreak of unrest, told by its start. */
const OUTBREAK = /^(?:violence|trouble) (?:broke out|erupted)$/;
/** "in", "across", "throughout": the words that spread an outbreak over the place after them. */
const OVER = /^(?:in|across|throughout)$/;
/** "the state", "the country": a whole region the sentence points back to by its noun. */
const WIDE_NOUN = /^(?:state|country|region|province)$/;

/**
 * "nearly four days after violence broke out in the state", "since trouble erupted in Gujarat": the outbreak of
 * unrest over a whole state or country, with no one told killed or hurt, is the start of a wave, not one riot,
 * whatever day it is given.
 */
export function outbreakOverRegion(frame: Frame): boolean {
  const { tokens } = frame.view;
  const overRegion = (end: number) =>
    OVER.test(tokens[end]?.norm ?? '') &&
    (wideAt(frame.view, tokens[end + 1], 0) ||
      (tokens[end + 1]?.norm === 'the' && WIDE_NOUN.test(tokens[end + 2]?.norm ?? '')));
  const harmed = frame.view.quantities.some(
    (q) => (q.role === 'killed' || q.role === 'injured') && inFrame(frame, q.span),
  );
  return !harmed && frame.triggers.every((t) => OUTBREAK.test(t.phrase.words.join(' ')) && overRegion(t.end));
}

/** A region or country mention that starts (edge 0) or ends (edge 1) where the token does. */
function wideAt(view: SentenceView, token: Token | undefined, edge: 0 | 1): boolean {
  return (
    token !== undefined &&
    view.mentions.some(
      (m) =>
        m.via !== 'demonym' &&
        WIDE_PRECISION.has(m.place?.precision ?? '') &&
        m.span[edge] === token.span[edge],
    )
  );
}

/** Words that make the wave noun after them one told before: "the riots", "these riots". */
const DEFINITE = /^(?:the|these|those)$/;
/** How many words (adjectives: "the last sectarian riots") may stand between the determiner and the noun. */
const ALLUSION_REACH = 3;
/**
 * How close to the noun a place or a side must stand to be its own ("the riots in Ahmedabad"); one further
 * off belongs to the rest of the sentence ("figures say the province grew richer in spite of the riots").
 */
const OWN_REACH = 4;

/**
 * "shops looted in the riots", "the toll of the last sectarian riots": a definite riot noun that no
 * place, actor, day or toll of its own stands by alludes to a wave told elsewhere; so do "those killed in the
 * riots", and "the post-godhra riots", whose town names the incident the wave followed, not its place. A killing joined to it
 * ("the burning of a bus in Karwar and the riots that followed") is an incident of its own, kept.
 */
export function allusion(frame: Frame): boolean {
  const view = frame.view;
  if (frame.family !== 'riot') return false;
  const near = (start: number, end: number) =>
    frame.triggers.some((t) => start < t.end + OWN_REACH && end > t.start - OWN_REACH);
  // "the government contained the riots": who handled a wave is no side of it.
  const handled = frame.triggers.every((t) => handledWave(view, t.start));
  const own =
    view.mentions.some(
      (m) =>
        near(tokenAt(view, m.span[0]), tokenAt(view, m.span[1] - 1) + 1) &&
        !(handled && !m.place) &&
        !namesWhatCameBefore(view, m.span[0]),
    ) ||
    (!handled && view.actorNouns.some((a) => near(a.start, a.end)));
  const waveNoun = (t: Frame['triggers'][number]) =>
    t.phrase.pos !== 'verb' &&
    familyOf(t.phrase.tag) === 'riot' &&
    view.tokens.slice(Math.max(0, t.start - ALLUSION_REACH), t.start).some((w) => DEFINITE.test(w.norm));
  const nouns = frame.triggers.filter(waveNoun);
  // "those killed in the riots", "trade hit by the riots": what the wave did, told by it, is no incident either.
  return !own && toldAsWaves(frame, nouns, IN_WAVE, ALLUSION_REACH + 1);
}

/** "killed in the riots", "died during the riots", "hit by the riots": words that tell an act as the wave's. */
const IN_WAVE = /^(?:in|during|by)$/;

/** "post", "pre": a town after them names the incident a wave followed or preceded ("the post-godhra riots"). */
const AROUND_INCIDENT = /^(?:post|pre)$/;

/** Whether the mention starting at `from` is told as what came before (or after) the wave, not its place. */
function namesWhatCameBefore(view: SentenceView, from: number): boolean {
  const k = tokenAt(view, from);
  const before = view.tokens[k - 1]?.norm === '-' ? view.tokens[k - 2] : view.tokens[k - 1];
  return AROUND_INCIDENT.test(before?.norm ?? '');
}

/** "days", "weeks", "months": units of a stretch of time that holds a wave, not one incident. */
const STRETCH = /^(?:days|weeks|months|nights)$/;

/**
 * "for the four days of riots", "after weeks of clashes": acts counted by the days they went on are a wave
 * of many incidents, not one (the undated only: a day or a toll of its own makes the wave's one day news).
 */
export function stretchOf(frame: Frame): boolean {
  const tokens = frame.view.tokens;
  return frame.triggers.every(
    (t) =>
      t.phrase.pos !== 'verb' &&
      tokens[t.start - 1]?.norm === 'of' &&
      STRETCH.test(tokens[t.start - 2]?.norm ?? ''),
  );
}

/**
 * Verbs of dealing with a wave as a matter in hand: "controlled the riots", "the handling of the riots", "troops
 * called out to control the riots", "failed to quell the riots".
 */
const HANDLED =
  /^(?:control|controlled|controlling|contain|contained|containing|curb|curbed|curbing|quell|quelled|quelling|handle|handled|handling|condemned|probing|probed|investigating)$/;

/**
 * "the state government contained the riots", "defended the handling of the riots": a determiner right
 * before the noun at `start`, and a verb of dealing with it (or its "of") right before that.
 */
function handledWave(view: SentenceView, start: number): boolean {
  const before = (k: number) => view.tokens[start - k]?.norm ?? '';
  if (!DEFINITE.test(before(1))) return false;
  return HANDLED.test(before(2)) || (before(2) === 'of' && HANDLED.test(before(3)));
}

/** The word a trigger's noun is told by: an Arabic phrase opens with it, an English one ends with it. */
function headWord(trigger: Frame['triggers'][number]): string {
  const { words } = trigger.phrase;
  return /^[\u0600-\u06ff]/.test(words[0]) ? words[0] : words.at(-1)!;
}

/**
 * A plural noun trigger ("attacks", "car bombs", "هجمات", «الهجمات الانتحارية»): many incidents, unless a count
 * or date makes it one. An English phrase ends with its noun, an Arabic one opens with it.
 */
export function isPlural(trigger: Frame['triggers'][number]): boolean {
  if (trigger.phrase.pos === 'verb') return false;
  // An Arabic head in «ات», an English one in a single "s".
  return /ات$|[^s]s$/.test(headWord(trigger));
}
