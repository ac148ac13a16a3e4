/** The group that arrested, when no force is named: it seized the people (an abduction, as typed). */
import type { ActorCandidate } from './actor-finder.js';
import { mainTrigger, type Frame } from './frame-builder.js';
import type { PhraseHit } from './phrase-matcher.js';
import { tokenAt, type SentenceView } from './sentence-view.js';

/**
 * "ألقى المسلحون القبض على خمسة جنود", "Hamas arrested two men", "اعتقل تنظيم داعش 20 شابا": with no force
 * named, a group standing right before the arrest word, or right after an Arabic arrest verb (its subject),
 * made it, unless it is the counted arrested ("72 Houthis arrested").
 */
export function arrestingGroup(frame: Frame, candidates: ActorCandidate[]): ActorCandidate | null {
  const trigger = mainTrigger(frame);
  const view = frame.view;
  const verb = view.tokens[trigger.start].norm;
  const subjectAfter =
    trigger.phrase.pos === 'verb' && /^[\u0600-\u06ff]/.test(verb) && !/^[وفب]?ال/.test(verb);
  const counted = (c: ActorCandidate) =>
    view.quantities.some(
      (q) => c.ref.spans[0][0] >= q.span[0] && c.ref.spans[0][0] <= (q.nounSpan ?? q.span)[1] + 1,
    );
  return (
    candidates.find(
      (c) =>
        c.side === 'group' &&
        (tokenAt(view, c.ref.spans[0][1]) === trigger.start ||
          (subjectAfter && c.at === trigger.end) ||
          announcedOwn(view, trigger, c) ||
          placedBefore(view, trigger, c) ||
          splitVerbSubject(view, trigger, c)) &&
        !counted(c),
    ) ?? null
  );
}

/** Arabic verbs of announcing or confirming, and the noun "تأكيد" (folded forms). */
const ANNOUNCE = /^[وف]?(?:اعلن|اعلنت|اكد|اكدت|تاكيد)$/;
/** Tokens from the end of the group's name to the arrest noun ("… في اليمن اعتقال", "… يوم الأحد اعتقال"). */
const ANNOUNCED_REACH = 3;

/**
 * "أعلنت قوات الحشد الشعبي اعتقال القيادي في داعش": a group that announces or confirms an arrest told as
 * the verbal noun right after it, with no force named, made it. `trigger` is the frame's main trigger.
 */
function announcedOwn(view: SentenceView, trigger: PhraseHit, c: ActorCandidate): boolean {
  const end = tokenAt(view, c.ref.spans[0][1]);
  return (
    ANNOUNCE.test(view.tokens[c.at - 1]?.norm ?? '') &&
    !/^ال/.test(view.tokens[trigger.start].norm) &&
    trigger.start >= end &&
    trigger.start - end <= ANNOUNCED_REACH
  );
}

/** Words that open the place of the arrest between its doer and the arrest word ("في لحج", "بمدينة"). */
const IN_PLACE = /^(?:في|ب|بمدينه|بمحافظه|بمنطقه|قرب|شمال|جنوب|شرق|غرب|وسط)$/;
/** Tokens of such a place phrase: «في مدينة عدن». */
const PLACE_REACH = 4;

/**
 * «حاجز تابع للثوار في مأرب اعتقل», «الثوار في مأرب اعتقلوا»: a group told right
 * before the arrest but for the place it stands in.
 */
function placedBefore(view: SentenceView, trigger: PhraseHit, c: ActorCandidate): boolean {
  const end = tokenAt(view, c.ref.spans[0][1]);
  const gap = trigger.start - end;
  if (gap < 2 || gap > PLACE_REACH || !IN_PLACE.test(view.tokens[end].norm)) return false;
  const from = view.tokens[end + 1].span[0];
  const to = view.tokens[trigger.start - 1].span[1];
  return view.mentions.some((m) => m.place !== undefined && m.span[0] <= from && m.span[1] >= to);
}

/** "ألقى", "ألقت": the verb «القبض» belongs to when a subject stands between them (folded forms). */
const THREW = /^[وف]?(?:القي|القت|القوا)$/;

/**
 * «وألقت المقاومة الشعبية في لحج القبض على»: a group right after «ألقت» is the subject of the arrest told
 * further on as «القبض», whatever stands between them.
 */
/** Tokens from the group to «القبض» after «ألقت»: the group's own words, then its place («في لحج»). */
const SPLIT_VERB_REACH = PLACE_REACH + 3;

function splitVerbSubject(view: SentenceView, trigger: PhraseHit, c: ActorCandidate): boolean {
  return (
    /^ال/.test(view.tokens[trigger.start].norm) &&
    THREW.test(view.tokens[c.at - 1]?.norm ?? '') &&
    c.at < trigger.start &&
    trigger.start - c.at <= SPLIT_VERB_REACH
  );
}
