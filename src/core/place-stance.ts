import { namesSpeakersPlace } from './speaker-title-place.js';
import { perText } from './per-text.js';
import type { Mention } from './records.js';
import { anyWordOf, guardedPattern } from './text/guarded-pattern.js';
import { REPORTING_VERBS } from './text/saying-words.js';

// Words before a place's name that say the incident did not happen there: people came from it or were
// heading to it, attackers are posted in it, or someone spoke from it. Both the extract stage (which place a
// clause is at) and the resolve stage (which town of the article an unplaced event may take) ask.

/**
 * Where a crowd, the displaced or fighters came from: "people from every corner of X", "من نازحي X",
 * "30 fighters from the North Caucasus".
 */
const CROWD_FROM = String.raw`\b(?:people|persons|youths?|men|villagers|residents|supporters|activists|pilgrims|displaced|refugees|militants|fighters|mercenaries|jihadists|volunteers|recruits)\s+from\s+(?:every\s+corner\s+of\s+|all\s+(?:over|parts\s+of)\s+|across\s+)?(?:the\s+)?|(?:^|\s)(?:نازحي|النازحين من|الفارين من|اللاجئين من)\s+(?:محافظة\s+|مدينة\s+)?`;
/** Where a shot came from, not where it hit: "fired a rocket from X at Y". */
const FIRED_FROM = String.raw`\b(?:fired|firing|launched|launching)\s+(?:[\w-]+\s+){0,4}?from\s+(?:the\s+)?(?:(?:north|south|east|west|centr)(?:ern|al)\s+(?:or\s+\w+\s+)?(?:part\s+of\s+the\s+)?)?`;
/**
 * The base warplanes flew from: "took off from an air base in X", "انطلقت الطائرات من قاعدة جوية في X", "من قاعدة X
 * الجوية" (the base named by its town).
 */
const FLOWN_FROM = String.raw`(?:^|\s)من\s+(?:ال)?قاعد[ةه](?:\s+(?:ال)?(?:جوية|عسكرية|بحرية))?\s+$|\btook\s+off\s+from\s+(?:\S+\s+){0,3}?(?:in\s+|at\s+)?|\bfrom\s+(?:the\s+|an?\s+)(?:[\w-]+\s+){0,2}?(?:air\s?)?base\s+(?:in|at|near)\s+|(?:^|\s)[وف]?(?:أقلع|اقلع)\S*\s+من\s+(?:\S+\s+){0,3}?(?:في\s+|ب)?|(?:^|\s)من\s+(?:ال)?قاعدة\s+(?:ال)?(?:جوية|عسكرية)(?:\s+\S+)?\s+(?:في\s+|ب)`;
/**
 * The base warplanes flew back to, as far from the scene as the one they left: "returned to their air base in
 * X", «ثم رجعت المقاتلات إلى قاعدة X», «عادت الطائرات إلى قواعدها في X».
 */
const FLOWN_BACK_TO = String.raw`\breturn(?:ed|ing|s)?\s+(?:safely\s+)?to\s+(?:their\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:air\s?)?bases?\s+(?:in\s+|at\s+|near\s+)?|(?:^|\s)[وف]?(?:تعود|يعود|عادت|عاد|العودة|عودة|عودتها|عودتهم|عائدة|رجعت|ترجع)\s+(?:\S+\s+){0,3}?(?:إلى|الى)\s+(?:ال)?(?:قاعد[ةه]|قواعد)\S*(?:\s+(?:ال)?(?:جوية|عسكرية|بحرية))?\s+(?:في\s+|ب)?`;
/**
 * Where supplies or reinforcements come from, not where the clause's act is: "cut the supply line … from X",
 * "reinforcements sent from X", «قطعت خطوط الإمداد الآتية من X», «تعزيزات قدمت من محافظة X».
 */
const SUPPLIED_FROM = String.raw`\b(?:supply|supplies|resupply|reinforcements?)\s+(?:[\w-]+\s+){0,6}?from\s+(?:the\s+)?|(?:^|\s)[وفبل]?(?:ال)?(?:امداد|إمداد|امدادات|إمدادات|تعزيزات|تموين)\s+(?:\S+\s+){0,8}?من\s+(?:محافظت?[يةه]\s+|مدينة\s+)?`;
/**
 * Where people or troops were heading: "on their way to X", "advanced to X", "a march to X", "a train to X",
 * "فروا الى X".
 */
const HEADED_TO = String.raw`\b(?:on\s+(?:their|its|his|her|the)\s+way|en\s+route|heading|advanc(?:e|ed|es|ing)|fled|flee(?:ing)?|(?:march|procession|yatra|pilgrimage|journey|train|bus|flight)(?:e?s)?)\s+(?:to|towards?|for)\s+(?:the\s+)?(?:neighbou?ring\s+)?|\bbound\s+for\s+(?:the\s+)?|(?:^|\s)(?:في طريق\S*|متوجه\S*|فروا|نزحوا|هربوا)\s+(?:الى|إلى|نحو)\s+(?:محافظة\s+|مدينة\s+)?`;
/**
 * Where travellers were coming back from, the other end of the same journey: "as they were travelling back
 * from X", "a train coming from X", "returning home from X", "on their way back from X", "returning from the
 * embassy in X" (an errand done there, before the journey that met the attack).
 */
const TRAVELLED_FROM = String.raw`\b(?:(?:travel(?:l)?(?:ing|ed)|return(?:ing|ed)|coming|came|driving)\s+(?:back\s+|home\s+)?|on\s+(?:their|its|his|her|the)\s+way\s+(?:back|home)\s+)from\s+(?:(?:the|his|her|their|its)\s+)?(?:(?:[\w-]+\s+){0,2}?(?:embassy|consulate)\s+in\s+)?`;
/**
 * Where oil, gas or goods are carried: "a pipeline carrying crude to the port of X", "a fuel line to X",
 * "transporting goods to X's refinery"; not through "in" ("carried a bomb to a school in X" is there).
 */
const CARRIED_TO = String.raw`\b(?:(?:pipe|fuel|gas|oil|power)\s?lines?|carr(?:y|ies|ied|ying)|transport(?:s|ed|ing)?|pump(?:s|ed|ing)?|export(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,3}?(?:to|into|towards?)\s+(?:the\s+)?(?:(?!(?:in|at|near)\s)[\w'’-]+\s+){0,2}?(?:of\s+)?`;
/**
 * Where a letter or parcel was posted, not where it was opened or found: "postmarked from X", "mailed from X,
 * Y" (a town and its country), "a parcel sent from X".
 */
const MAILED_FROM = String.raw`\b(?:postmarked|mailed|posted|sent)\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?(?:[A-Za-z-]+,\s+)?`;
/**
 * Words right before a place that make it where someone or something came from, not the scene: one pattern
 * for each way of telling it, each run only on words holding one of its own (see `DESTINATIONS`). Guarded as
 * one by "from" and «من», nearly every Arabic stretch ran the whole alternation, over a microsecond each.
 */
const ORIGINS = [
  guardedPattern(fromTheEnd(CROWD_FROM), 'from نازحي النازحين الفارين اللاجئين'),
  guardedPattern(fromTheEnd(FIRED_FROM), 'fired firing launched launching'),
  guardedPattern(fromTheEnd(FLOWN_FROM), 'قاعد took base أقلع اقلع'),
  guardedPattern(fromTheEnd(FLOWN_BACK_TO), 'return قاعد قواعد'),
  guardedPattern(fromTheEnd(SUPPLIED_FROM), 'suppl reinforcement امداد إمداد تعزيزات تموين'),
  guardedPattern(fromTheEnd(MAILED_FROM), 'postmarked mailed posted sent'),
];
/** Whether the words before a place hold a word of one of `ORIGINS`: few do, and then none of them is run. */
const ORIGIN_WORD = anyWordOf(ORIGINS);

/** `words` (a pattern's source) ending the text, in any case. */
function fromTheEnd(words: string): RegExp {
  return new RegExp(`(?:${words})$`, 'i');
}
/**
 * Where a cut supply was going, a consequence of the act rather than its scene: "disrupting water supplies to
 * X", "cut power to X", "electricity to the city of X".
 */
const SUPPLIED_TO = String.raw`\b(?:suppl(?:y|ies)|power|electricity|water|gas)\s+(?:suppl(?:y|ies)\s+)?to\s+(?:the\s+)?(?:(?:city|town|province)\s+of\s+)?`;
/**
 * The words before a destination, one pattern for each way of naming one, each run only on words holding one of
 * its own. As one unguarded alternation, anchored at the end, the engine tried all three at every position of
 * every stretch asked about (some 1.3 µs a stretch), though most stretches hold none of their words.
 */
const DESTINATIONS = [
  guardedPattern(
    fromTheEnd(HEADED_TO),
    'way route heading advanc fled flee bound march procession yatra pilgrimage journey train bus flight طريق متوجه فروا نزحوا هربوا',
  ),
  guardedPattern(fromTheEnd(CARRIED_TO), 'line carr transport pump export'),
  guardedPattern(fromTheEnd(SUPPLIED_TO), 'suppl power electricity water gas'),
];
const TRAVELLED = guardedPattern(fromTheEnd(TRAVELLED_FROM), 'from');
/** Whether the words before a place hold a word of `DESTINATIONS` or `TRAVELLED`, as `ORIGIN_WORD` tells. */
const DESTINATION_WORD = anyWordOf([...DESTINATIONS, TRAVELLED]);
/** "… travelling from X to Y": the journey's end is told too, and a route's reader weighs both ends. */
const JOURNEY_GOES_ON = /^(?:\s*,\s*\p{Lu}\p{L}+)?\s+(?:to|towards?)\s/u;

/**
 * A place named as where people, a shot, warplanes or supplies came from, looking back no further than `from` (the
 * sentence's start).
 *
 * @example namesOrigin(khedaMention, 'mobs of people from every corner of kheda', 0) // true
 */
export function namesOrigin(m: Pick<Mention, 'span'>, text: string, from: number): boolean {
  const before = text.slice(Math.max(from, m.span[0] - 80), m.span[0]);
  return ORIGIN_WORD(before) && ORIGINS.some((origin) => origin.test(before));
}

/**
 * "Y came under fire from the village of X", "a patrol shot at from the direction of X": the shooters'
 * ground, next to the target's, which is the scene when the text names it.
 */
const SHOT_FROM = guardedPattern(
  /\b(?:(?:gun)?fire|shots|(?:fired|shot)\s+(?:at|upon|on))\s+from\s+(?:the\s+)?(?:direction\s+of\s+(?:the\s+)?)?(?:(?:[\w-]+\s+)?(?:town|village|city|camp|area)\s+of\s+)?$/i,
  'from',
);

/**
 * A place named as where shots at the target came from: a last resort, near the scene but not it.
 *
 * @example namesShootersGround(xMention, 'Lakhpur came under fire from the village of X') // true
 */
export function namesShootersGround(m: Pick<Mention, 'span'>, text: string, from: number): boolean {
  return SHOT_FROM.test(text.slice(Math.max(from, m.span[0] - 60), m.span[0]));
}

/**
 * A place named as where people or troops were heading or travelling back from, or oil or goods carried: a
 * last resort, the nearest the text may come to the scene ("police stopped a lorry heading for Rampur").
 *
 * @example namesDestination(rampurMention, 'a convoy on its way to Rampur', 0) // true
 */
export function namesDestination(m: Mention, text: string, from: number): boolean {
  const before = text.slice(Math.max(from, m.span[0] - 60), m.span[0]);
  if (!DESTINATION_WORD(before)) return false;
  if (DESTINATIONS.some((destination) => destination.test(before))) return true;
  return TRAVELLED.test(before) && !JOURNEY_GOES_ON.test(text.slice(m.span[1], m.span[1] + 40));
}

/**
 * "terrorist groups positioned in X", "المسلحون المتمركزون في X": where attackers are posted, which is
 * not where their fire falls; the words may run through a list of places ("located in X and Y"). Troops
 * are left out: "troops stationed in X came under fire" is placed at their post.
 */
const POSTED = guardedPattern(
  /(?:\b(?:militants?|terrorists?|gunmen|rebels?|groups?|organi[sz]ations?|insurgents?|jihadists?|snipers?)\s+(?:who\s+(?:are|were)\s+|\w+\s+)?(?:positioned|located|based|stationed|deployed|entrenched|holed\s+up)\s+(?:in|at|inside)\s|(?:^|\s)(?:المتمركز|المتحصن)(?:ة|ين|ون)?\s+(?:في\s|ب))[^.;:!?؛]{0,60}$/i,
  // Every alternative holds one: run on every stretch before a place, the pattern cost over a microsecond each.
  'positioned located based stationed deployed entrenched holed المتمركز المتحصن',
);
/** "rounds launched by gunmen who are positioned in X": the attackers named after the shot. */
const BY_ATTACKER = /\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;

/**
 * A place named as where the attackers are posted: before the attack's trigger (`beforeTrigger`), or after
 * it when the attackers are named with "by"; looks back no further than `from` (the sentence's start).
 *
 * @example attackersPost(saraqib, 'Militants positioned in Saraqib fired shells on Kafr Nabl', 0, true) // true
 */
export function attackersPost(m: Mention, text: string, from: number, beforeTrigger: boolean): boolean {
  const before = text.slice(Math.max(from, m.span[0] - 120), m.span[0]);
  const posted = POSTED.exec(before);
  return !!posted && (beforeTrigger || BY_ATTACKER.test(before.slice(0, posted.index)));
}

/**
 * "said at a press conference in Ankara", "told a news agency in Bamako", "a letter delivered to the press in
 * Tehran": where words were said. An English agency speaks only as a news agency: "a travel agency in Rome" is
 * where the bomb went off.
 */
const SPOKEN_IN = String.raw`(?:مؤتمرا? صحا?فيا?|تصريحات?|بيان|مكالمة|وكالة|مراسل|صحا?في|لقائه|لقاء|اجتماع|زيارة|press conference|news conference|told reporters|the press|statement)\s+(?:\S+\s+){0,5}?(?:في|من|in|from)\s+`;
/**
 * "told a news agency in Bamako", "said at a meeting in Geneva": English places where people meet, report or
 * talk, which are where words were said only when the sentence says something was said there — "a grenade
 * was thrown at a party meeting in Skopje", "a bomb hit a news agency in Beirut" tell the scene.
 */
const GATHERED_IN = String.raw`\b(?:(?:news|press|wire) agency|correspondent|meeting|talks)\s+(?:\S+\s+){0,5}?(?:in|from)\s+`;
/** A verb of saying or reporting, which makes a meeting or an agency the place words were said. */
const SAYING = new RegExp(
  String.raw`\b(?:${REPORTING_VERBS}|say|tell|telling|declared|quoted|according\s+to|added|warned|urged|called\s+(?:on|for))\b`,
  'i',
);
/** "an army officer contacted in Bamako", "مسؤول تم الاتصال به في باماكو": where a source was reached. */
const CONTACTED_IN = String.raw`\b(?:contacted|reached)\s+(?:by\s+(?:tele)?phone\s+)?(?:in|at)\s+|(?:^|\s)(?:(?:تم|جرى)\s+الاتصال|اتصلت?)\s+(?:\S+\s+){0,3}?(?:في|من)\s+`;
/** "كما أعلنت كييف", "as Kiev announced": a capital that speaks for its government. */
const ANNOUNCER = String.raw`\bas\s+|(?:^|\s)[وف]?(?:كما\s+)?(?:أعلنت|اعلنت|أكدت|اكدت|ذكرت|أفادت|افادت)\s+`;
/**
 * The words before a place where words were said, a source reached or a capital spoke, one pattern for each
 * (see `DESTINATIONS`). "as" ends only an announcer's words, so no stretch ends as two of them do.
 */
const SPOKEN = guardedPattern(
  fromTheEnd(SPOKEN_IN),
  'مؤتمر تصريح بيان مكالمة وكالة مراسل صحفي صحافي لقائه لقاء اجتماع زيارة press conference reporters statement',
);
const CONTACTED = guardedPattern(fromTheEnd(CONTACTED_IN), 'contacted reached الاتصال اتصل');
const ANNOUNCING = guardedPattern(fromTheEnd(ANNOUNCER), 'as أعلنت اعلنت أكدت اكدت ذكرت أفادت افادت');
const GATHERING = guardedPattern(fromTheEnd(GATHERED_IN), 'agency correspondent meeting talks');
/** The verb after the capital in "as Kiev announced". */
const ANNOUNCED = /^\s+(?:announced|said|reported|claimed)\b/i;
/**
 * "the interior ministry in Ankara", "officials in Kabul", "police in Srinagar": a body that tells news, then
 * the town it sits in.
 */
const TELLER_IN = guardedPattern(
  /\b(?:ministry|officials?|police|spokes(?:man|woman|person)|authorities|command|headquarters|embassy|observatory)\s+(?:in|at)\s+$/i,
  'ministry official police spokes authorities command headquarters embassy observatory',
);
/** "… said", ", told reporters": the body's words follow its town at once. */
const TELLS_AFTER = new RegExp(String.raw`^\s*,?\s+(?:${REPORTING_VERBS}|claimed|confirmed)\b`, 'i');

/**
 * A place named as where words were said or a source was reached, where the body telling the news sits ("the
 * interior ministry in Ankara said"), or a capital speaking for its government, looking back no further than
 * `from` (the sentence's start).
 *
 * @example namesSpeechPlace(bamako, 'an officer contacted in Bamako confirmed the attack', 0) // true
 */
export function namesSpeechPlace(m: Mention, text: string, from: number): boolean {
  const before = text.slice(Math.max(from, m.span[0] - 60), m.span[0]);
  if (GATHERING.test(before)) return SAYING.test(sentenceAround(text, from, m.span[1]));
  if (TELLER_IN.test(before) && TELLS_AFTER.test(text.slice(m.span[1], m.span[1] + 16))) return true;
  if (namesSpeakersPlace(text, m.span, from)) return true;
  if (SPOKEN.test(before) || CONTACTED.test(before)) return true;
  const match = ANNOUNCING.exec(before);
  if (!match) return false;
  return !/^\s*as\s/i.test(match[0]) || ANNOUNCED.test(text.slice(m.span[1], m.span[1] + 16));
}

/** The words from `from` (a sentence's start) to the end of the sentence that holds `at`. */
function sentenceAround(text: string, from: number, at: number): string {
  const end = /[.!?؟](?:\s|$)/.exec(text.slice(at));
  return text.slice(from, end ? at + end.index : text.length);
}

/**
 * An armed side or a party a capital can stand against as its government: «حزب العمال», «تنظيم داعش»,
 * «المتمردين», "the PKK", "the rebels".
 */
const ARABIC_SIDE = String.raw`(?:ال)?(?:حزب|حركة|تنظيم|جماعة|جبهة|ميليشي|مليشي|متمرد|انفصالي|معارض|مسلح|عمال|حوثي|طالبان|داعش|حماس)\S*`;
const ENGLISH_SIDE = String.raw`(?:the\s+)?(?:PKK|rebels?|insurgents?|militants?|separatists?|Taliban|Hamas|Houthis?|(?:\p{Lu}\p{L}*\s+){0,3}(?:Party|Movement|Front))\b`;
/** «بين حزب العمال وأنقرة», "between the rebels and Kiev": the capital second in a pair of sides. */
const PAIRED_SECOND = guardedPattern(
  new RegExp(
    String.raw`(?:(?:^|\s)بين\s+${ARABIC_SIDE}(?:\s+\S+){0,2}\s+و|\bbetween\s+${ENGLISH_SIDE}(?:\s+\S+){0,2}\s+and\s+)$`,
    'iu',
  ),
  'بين between',
);
/** «بين أنقرة وحزب العمال», "between Kiev and the rebels": the capital first. */
const PAIRED_FIRST_BEFORE = /(?:(?:^|\s)بين|\bbetween)\s+$/i;
const PAIRED_FIRST_AFTER = new RegExp(String.raw`^(?:\s+و${ARABIC_SIDE}|\s+and\s+${ENGLISH_SIDE})`, 'iu');

/**
 * «المفاوضات بين الفصائل ودمشق», "talks between Kiev and the rebels": a town paired with an armed side or a
 * party as the other side of a conflict is a capital standing for its government — an actor, not a scene.
 *
 * @example namesSideInPair(rampur, 'the truce between the rebels and Rampur') // true
 */
export function namesSideInPair(m: Mention, text: string): boolean {
  const before = text.slice(Math.max(0, m.span[0] - 60), m.span[0]);
  if (PAIRED_SECOND.test(before)) return true;
  return PAIRED_FIRST_BEFORE.test(before) && PAIRED_FIRST_AFTER.test(text.slice(m.span[1], m.span[1] + 60));
}

/**
 * «سمات رامبور خطف داعش», "Tags: Rampur, kidnapping": a page's list of tag words, run into the last sentence
 * when the page is flattened to text. A town listed there names the story's topic, not where any act of the
 * sentence before happened.
 */
const TAG_LIST = guardedPattern(
  /(?:(?:^|\s)(?:سمات|وسوم|الوسوم|(?:ال)?كلمات\s+(?:ال)?(?:مفتاحية|دالة))|\btags?\s*:)(?:\s*[^\s.!?؟]+){0,6}\s*$/i,
  'سمات وسوم كلمات tag',
);

/**
 * A place named in a tag list that follows the text.
 *
 * @example inTagList(rampur, 'خطفوهم سمات رامبور') // true
 */
export function inTagList(m: Mention, text: string): boolean {
  return TAG_LIST.test(text.slice(Math.max(0, m.span[0] - 60), m.span[0]));
}

/**
 * "a ceasefire brokered by Ruritania", "mediated by Ostmark and Ruritania", «هدنة بوساطة رامبور», «برعاية
 * لاكبور وأدرو»: the country or town that brokered a truce or talks, not a side nor where anything happened.
 */
const BROKER_BEFORE = guardedPattern(
  /(?:\b(?:brokered|mediated|sponsored|guaranteed|negotiated)\s+by\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*\s+(?:and|&)\s+(?:the\s+)?)?|(?:^|\s)(?:ب)?(?:وساط[ةه]|رعاي[ةه]|ضمان[ةه]?)\s+(?:من\s+)?(?:[\u0621-\u064a]+\s+و)?)$/iu,
  'brokered mediated sponsored guaranteed negotiated وساط رعاي ضمان',
);

/**
 * A place named as the broker of a truce or of talks. Answered once per mention and text (`perText`): the
 * article's facts ask it of every place, and each frame's asides of the same places again.
 *
 * @example namesBroker(ruritania, 'despite a ceasefire brokered by Ruritania') // true
 */
export const namesBroker = perText((m: Pick<Mention, 'span'>, text: string): boolean =>
  BROKER_BEFORE.test(text.slice(Math.max(0, m.span[0] - 48), m.span[0])),
);

/**
 * "in protest at a summit being held in Zenda", "a conference to be held in Ruritania", "the talks planned for
 * May in Adrow, Ruritania": where a summit, conference or talks meet — the occasion of an incident, which
 * happened wherever the text tells it did, often elsewhere. The gathering may carry a name ("the Summit of
 * the Andes") and the town its country after a comma.
 */
const VENUE_BEFORE = guardedPattern(
  /\b(?:[Ss]ummit|[Cc]onference|[Cc]ongress|[Cc]onvention|[Ff]orum|talks)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})?\s+(?:(?:being|to\s+be|that\s+was|which\s+was|was|is)\s+)?(?:held|hosted|staged|planned|scheduled)\s+(?:[\w-]+\s+){0,3}?in\s+(?:the\s+city\s+of\s+)?(?:\p{Lu}[\p{L}-]*(?:\s+(?:de|del|la|\p{Lu}[\p{L}-]*)){0,3},\s+)?$/u,
  'held hosted staged planned scheduled',
);

/**
 * A place named as where a summit, conference or talks meet. Answered once per mention and text, as
 * `namesBroker` is.
 *
 * @example namesVenue(zenda, 'riots against a summit being held in Zenda') // true
 */
export const namesVenue = perText((m: Pick<Mention, 'span'>, text: string): boolean =>
  VENUE_BEFORE.test(text.slice(Math.max(0, m.span[0] - 120), m.span[0])),
);

/**
 * A place the text names as anything but the scene: where people or shots came from or went, where
 * attackers are posted, where words were said. For a place taken from outside the incident's own clause.
 *
 * @example offScene(hasakeh, 'troops on their way to Hasakeh', 0) // true
 */
export function offScene(m: Mention, text: string, from: number): boolean {
  return (
    namesOrigin(m, text, from) ||
    namesDestination(m, text, from) ||
    attackersPost(m, text, from, true) ||
    namesSpeechPlace(m, text, from) ||
    namesPartyBrokerOrVenue(m, text)
  );
}

/**
 * The checks of `offScene` that read only the words around the name, not where its clause starts: a side in
 * a pair, a truce's broker, a gathering's venue, a list of tags. The extract stage's asides ask them too.
 *
 * @example namesPartyBrokerOrVenue(ruritania, 'despite a ceasefire brokered by Ruritania') // true
 */
export function namesPartyBrokerOrVenue(m: Mention, text: string): boolean {
  return namesSideInPair(m, text) || namesBroker(m, text) || namesVenue(m, text) || inTagList(m, text);
}

/**
 * "areas adjacent to Latakia province", "villages bordering Turkey", "near the border with Iraq", «المحاذية
 * لمحافظة اللاذقية», «قرب الحدود مع تركيا»: words that name a place the scene lies next to, across a line.
 */
const BORDERING = guardedPattern(
  /(?:\b(?:adjacent\s+to|bordering|abutting|(?:near|on|along|at|close\s+to)\s+(?:the\s+)?(?:border|frontier)\s+with)\s+(?:the\s+)?|(?:^|\s)[وف]?(?:ال)?(?:ملاصق|محاذي|متاخم|مجاور)[ةه]?\s+ل|(?:^|\s)[وف]?(?:ال)?حدود\s+مع\s+)(?:(?:محافظة|مدينة|منطقة|province\s+of|city\s+of)\s+)?$/i,
  'adjacent abutting border frontier ملاصق محاذي متاخم مجاور حدود',
);
/**
 * "the Afghan border", "the Afghanistan/Pakistan border": a country named as the line the scene lies by, on
 * either side of it — not a crossing or a post on it, which are places of their own, nor the forces that guard
 * it ("Kyrgyz border guards" serve their own side).
 */
const BORDER_AFTER =
  /^(?:[-/][\p{L}.]+)?\s+(?:border|frontier)s?\b(?!\s+(?:crossing|post|checkpoint|gate|terminal|town|village|city|guard|police|patrol|troop|force)s?\b)/iu;

/**
 * A place the text names only as the neighbour of the scene ("the plain adjacent to Latakia province"), or
 * a country named only as a border ("near the Lebanese border"): never the incident's place, though it may
 * tell the incident's country.
 *
 * @example bordersOn(latakia, 'clashes in the plain adjacent to Latakia') // true
 */
export function bordersOn(m: Mention, text: string): boolean {
  if (BORDERING.test(text.slice(Math.max(0, m.span[0] - 40), m.span[0]))) return true;
  return namesBorderLine(m, text);
}

/**
 * "near the Syrian border", "the Afghanistan/Pakistan border": a country whose name or nationality words the
 * line itself, the scene lying on the near side of it.
 *
 * @example namesBorderLine(syria, 'a village near the Syrian border') // true
 */
export function namesBorderLine(m: Mention, text: string): boolean {
  return m.place?.precision === 'country' && BORDER_AFTER.test(text.slice(m.span[1], m.span[1] + 40));
}

/** A bank's name ending right before a place: "the Bank of …". */
const BANK_OF = /\bBank\s+of\s+(?:the\s+)?$/;

/**
 * "an ATM of the Bank of Ruritania", "a Bank of Zenda branch": a place that ends a bank's name says whose the
 * bank is, not where its branch stands, as banks keep branches far from the place they are named after.
 *
 * @example namesBank(mentionOf('Zenda'), 'a bomb hit a Bank of Zenda branch') === true
 */
export function namesBank(m: Pick<Mention, 'span'>, text: string): boolean {
  return BANK_OF.test(text.slice(Math.max(0, m.span[0] - 16), m.span[0]));
}
