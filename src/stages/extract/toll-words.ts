// The casualty role of a count the quantities stage read, from the words around it, and the one victim
// named beside it; a toll told without a number is read by `tollFromWords` (worded-tolls.ts).
import { packedMap } from '../../core/packed-map.js';
import type { Quantity } from '../../core/records.js';
import { quantityWith } from '../../core/quantity-shape.js';
import { guardedPattern, type GuardedPattern } from '../../core/text/guarded-pattern.js';
import { perText } from '../../core/per-text.js';
import { normalizeForMatching } from '../../core/text/normalize.js';
import { runningTotal } from './running-totals.js';
import { EXCEPT } from './no-victim-words.js';
import { leftRole } from './left-toll-words.js';
import { gasHarmRole } from './gas-harm-words.js';
import { DEATHS_OF, roleOfListBefore } from './listed-singles.js';
import { ADVERBS, NOT_BOTH } from './fate-words.js';
import { AFTER_COUNT, SMALL_COUNT } from './fate-after-count.js';
import { oneBeforeMore, oneNamedBeforeOthers } from './one-victim-words.js';
import { KIN } from './two-victim-words.js';
import { AFTER_COUNT_AR, namedBeforeOthersAr } from './toll-words-ar.js';

/** The two casualty fates a toll counts. */
export type TollRole = 'killed' | 'injured';

/**
 * "opened fire on two porters, killing them", "seized four herders, then shot all of them to death": the count
 * is the object the casualty verb points back to.
 */
const KILLING_THEM: Record<TollRole, RegExp> = {
  killed:
    /^[^.;]{0,60}?\b(?:(?:killing|killed|murdering|murdered|executing|executed|beheading|beheaded)\s+(?:them|both of them|all of them)\b|(?:shot|shooting|stabbed|stabbing|hacked|hacking)\s+(?:them|both of them|all of them)\s+(?:to death|dead)\b)/i,
  injured: /^[^.;]{0,60}?\b(?:wounding|injuring|wounded|injured)\s+(?:them|both of them|all of them)\b/i,
};
/** "with", "among" right before a count, whose fate may then follow with no verb (`WITH_COUNT`). */
const WITH_OR_AMONG = /\b(?:with|among)\s+$/i;
/** "exploded … with five bystanders slightly injured": a count after "with" and its fate without a verb. */
const WITH_COUNT: Record<TollRole, RegExp> = {
  killed: new RegExp(String.raw`^\s*(?:[a-z][\w'-]*\s+){0,3}?${ADVERBS}(?:killed|dead)\b`, 'i'),
  injured: new RegExp(String.raw`^\s*(?:[a-z][\w'-]*\s+){0,3}?${ADVERBS}(?:injured|wounded|hurt)\b`, 'i'),
};
/** "Over 40 Red Hand Raiders Killed": a headline's fate, capitalised, after the count's name words. */
const HEADLINE_FATE: Record<TollRole, RegExp> = {
  killed: new RegExp(String.raw`^\s*(?:[A-Z][\w'’-]*\s+){0,5}(?:Killed|Dead|Die|Died)\b${NOT_BOTH}`),
  injured: new RegExp(String.raw`^\s*(?:[A-Z][\w'’-]*\s+){0,5}(?:Injured|Wounded|Hurt)\b${NOT_BOTH}`),
};
/** Counted nouns of armed men, whose side may be said to lose them. */
const FIGHTERS = new Set(['militants', 'soldiers', 'police', 'officers', 'guards']);
/**
 * "has lost over one hundred militants", «خسرنا أربعة جنود»: a side that lost a count of its fighters lost them
 * dead (a family that "lost four members" in a massacre long told is not a toll of the day). The Arabic verb may
 * have its subject between it and the count; of «فقد» only the forms a subject owns: «فُقد أربعة جنود» is four
 * soldiers missing.
 */
const LOST =
  /(?:\b(?:lost|loses|losing)\s+(?:over\s+|more than\s+|at least\s+|about\s+|nearly\s+|some\s+)?|(?:^|\s)[وف]?(?:خسر|خسرت|خسرنا|خسروا|يخسر|تخسر|نخسر|فقدنا|فقدوا)(?:\s+[^\s\d٠-٩.،,؛]+){0,3}?\s+(?:[أا]كثر\s+من\s+|نحو\s+|حوالي\s+)?)$/i;
/** "11 fatalities and 35 injuries": a count whose own noun is the toll says its role, whatever came before. */
const ROLE_NOUN: Record<TollRole, RegExp> = {
  killed: /^\s*(?:fatalities|deaths|dead)\b/i,
  injured: /^\s*(?:injuries|injured|wounded)\b/i,
};
/** A casualty verb before the one victim named ahead of a count, by the fate it tells. */
const NAMING_VERB: Record<TollRole, string> = {
  killed: String.raw`(?:killing|killed|murdering|murdered|assassinating|assassinated|executing|executed|beheading|beheaded|shot dead|gunned down)`,
  injured: String.raw`(?:wounding|wounded|injuring|injured)`,
};
/** The fate of the one victim told just before "along with" a count. */
const FATE_BEFORE: Record<TollRole, string> = {
  killed: String.raw`(?:killed|died|murdered|assassinated|executed|beheaded|slain|shot dead|gunned down)`,
  injured: String.raw`(?:wounded|injured|hurt)`,
};
/**
 * A word of the one victim named before "along with": no count nor "and" (those are counts of their own), and no
 * casualty verb (", wounding his aide, along with three guards": the count goes with the second fate); a
 * comma may close it ("the district chief, Ivo Marek, along with").
 */
const ONE_WORD = String.raw`(?!(?:and|${SMALL_COUNT}|several|many|some|dozens?|${NAMING_VERB.killed}|${NAMING_VERB.injured})\b)[\w'’.-]+,?`;
/**
 * "killing himself and twelve porters", "killing himself, two guards and a cook", "the attacker was killed
 * along with 3 cadets", "killed alongside nine of his comrades", "Ali was killed as well as two rangers", "was
 * murdered along with four of her aides", "shot and killed police general Ali Omar along with two of his
 * guards", "the mayor was wounded, along with two of his guards": one victim named before the count, who is
 * one more of the same fate.
 */
const ONE_BEFORE: Record<TollRole, GuardedPattern> = {
  killed: oneBefore('killed', 'killing|killed', 'kill'),
  injured: oneBefore('injured', 'wounding|injuring', 'wounding injuring'),
};
/** `ONE_BEFORE` of a fate, guarded by the stems of its verbs before "himself" (`selfWords`) and by "with" and the like. */
function oneBefore(role: TollRole, selfVerbs: string, selfWords: string): GuardedPattern {
  return guardedPattern(
    new RegExp(
      String.raw`\b(?:(?:${selfVerbs})\s+((?:himself|herself|him|her)(?:\s+and\s+|,\s*))|${FATE_BEFORE[role]},?\s+((?:(?:along|together)\s+with|alongside|as well as)\s+)|${NAMING_VERB[role]}\s+((?:${ONE_WORD}\s+){1,8}?(?:(?:along|together)\s+with|alongside)\s+))$`,
      'i',
    ),
    `${selfWords} with alongside well`,
  );
}
/**
 * "killing the two policemen inside", "killing all three", "killed a family of five", "slit the throats of
 * six farmers": the verb reaches the count across "the" or "all", or a family of that many people.
 */
const VERB_THE: Record<TollRole, RegExp> = {
  killed:
    /\b(?:(?:killing|killed|murdering|murdered|executing|executed)\s+(?:all\s+)?(?:the|all|(?:an?|the)\s+(?:[a-z]+\s+)?family\s+of)|(?:slit|slitting|cut|cutting)\s+the\s+throats\s+of(?:\s+(?:the|all))?)\s+$/i,
  injured:
    /\b(?:wounding|wounded|injuring|injured)\s+(?:all\s+)?(?:the|all|(?:an?|the)\s+(?:[a-z]+\s+)?family\s+of)\s+$/i,
};
/** "shot eleven of the hostages to death", "shot six of them to death": the count is who the verb killed. */
const TO_DEATH_VERB =
  /\b(?:shot|shooting|stabbed|stabbing|hacked|hacking|beat|beating|burned|burning|clubbed|clubbing|stoned|stoning|strangled|strangling|bludgeoned|bludgeoning)\s+$/i;
const TO_DEATH_AFTER = /^(?:\s+(?:of\s+)?[\w'’-]+){0,4}?\s+to\s+death\b/i;
/** "Two of the wounded later died": a death told right after the noun of a count of the hurt. */
const HURT_WHO_DIED = /^\s+(?:(?:later|subsequently|eventually|also)\s+)*(?:died|succumbed)\b/i;
/** "was killed and seventeen others …": a count right after a fate and "and", which may be of another fate. */
const AFTER_OTHER_FATE = /\b(?:killed|dead|died|wounded|injured|hurt)\s+and\s+$/i;
/** "including three guards": the count is a part of one told before it. */
const PART_OF = /\b(?:including|among them|among whom|of whom|of them)\s+$/i;
/**
 * "the bodies of three herders were found", "the deaths of two policemen", "the martyrdom of six
 * civilians": a count of the dead.
 */
const BODIES_OF = new RegExp(`${DEATHS_OF}$`, 'i');
/**
 * "The death toll from the rocket attacks on the neighbourhood rose to 8 civilians": a toll that rose to
 * the count, however far its clause tells where from.
 */
const TOLL_ROSE =
  /\b(?:death toll|toll|number of (?:the )?dead)\b[^.;]{0,160}?\b(?:rose|rises|risen|climbed|climbs|jumped|reached|reaches|increased|went up)\s+to\s+(?:at least\s+|more than\s+)?$/i;
/**
 * "riots which claimed 12 lives", "cost 12 lives": lives taken are the dead. Riots that "have claimed over
 * 700 lives" are counted over weeks: a running total.
 */
const TOOK_LIVES =
  /(?<!\b(?:have|has|had)\s+(?:so far\s+|already\s+)?)\b(?:claimed|claiming|claims|cost|costing|took|taking)\s+(?:at least\s+|over\s+|more than\s+|about\s+|nearly\s+)?$/i;
const LIVES = /^\s*(?:innocent\s+)?lives\b/i;
/**
 * "58 people have fallen victim to the gas attack", "dozens fell victims of the shelling": those who fell
 * victim to a violent act are its dead (victims of a fraud or of a smear campaign are no toll).
 */
const FELL_VICTIM =
  /^\s*(?:[\w'’-]+\s+){0,3}?(?:(?:have|has|had)\s+)?(?:fallen|fell)\s+victims?\s+(?:to|of)\s+(?:[\w'’-]+\s+){0,4}?(?:attacks?|bombings?|bombardment|shelling|strikes?|airstrikes?|raids?|massacres?|explosions?|blasts?|shooting|gunfire|assaults?|ambush)\b/i;
/** "the wounding of six others": a count of the hurt. */
const WOUNDING_OF = /\b(?:wounding|injuring|injury|injuries)\s+of\s+(?:the\s+)?$/i;

/**
 * The quantities with a casualty role read from the words after them where the quantities stage gave
 * none ("Four forest rangers were killed when …"); a running total, and a none with an exception ("no
 * casualties other than the bomber"), lose theirs.
 *
 * @example withTollRoles([{ span: [0, 4], value: 4, qualifier: 'exact' }], 'Four men were killed')[0].role // 'killed'
 */
export function withTollRoles(quantities: readonly Quantity[], text: string): Quantity[] {
  return packedMap(quantities, (q) => {
    // A running total, or the dead of an older incident ("members killed last month"), is not the toll.
    if (runningTotal(q, text)) return withoutToll(q);
    // "no casualties other than the bomber": the none has an exception, left to the words to count.
    if (q.value === 0 && q.role === 'killed' && EXCEPT.test(text.slice(q.span[1], q.span[1] + 60)))
      return withoutToll(q);
    if (q.role === 'killed' && killerOfTheNext(q, quantities, text)) return withoutToll(q);
    const read = readRole(q, text);
    return read.role === 'killed' || read.role === 'injured' ? withOneMore(read, quantities, text) : read;
  });
}

/**
 * «المسلح الذي قتل ثلاثة مدنيين»: a relative pronoun and a killing verb, then the next count: the verb took
 * that count as its object, so the one counted before it is the killer, no victim («المسلح الذي قتل في
 * الاشتباك», with no count after the verb, was killed). Read on the folded words, so «الذى» and «قتلَ» match.
 */
const KILLER_OF_AR = new RegExp(
  String.raw`^\s+(?:الذي|التي|الذين|اللذين|اللتين)\s+(?:قتل|قتلت|قتلوا|قتلا|اغتال|اغتالت|اغتالوا)\s+$`,
);
function killerOfTheNext(q: Quantity, quantities: readonly Quantity[], text: string): boolean {
  const next = quantities.find((o) => o.span[0] >= q.span[1]);
  if (next === undefined) return false;
  const between = text.slice(q.span[1], next.span[0]);
  // Folding a stretch with no Arabic letter (nor a presentation form, nor a mathematical letter, U+1EExx, which
  // fold to one) gives none: the words it lacks are told without folding it, as most English counts' are.
  return ARABIC_LETTERS.test(between) && KILLER_OF_AR.test(normalizeForMatching(between).text);
}
/** A character that is, or folds to, an Arabic letter. */
const ARABIC_LETTERS = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff\ud83b]/;

/**
 * The count without its toll role: left undefined, not deleted, so the copy keeps the one field layout of
 * every quantity (see quantity-shape.ts) instead of falling to a shape of its own.
 */
function withoutToll(q: Quantity): Quantity {
  if (q.role !== 'killed' && q.role !== 'injured') return q;
  return quantityWith(q, undefined);
}

/** The role read from a count's words, once per count and text: a reading runs a score of patterns. */
const readRole = perText(readRoleAfresh);

function readRoleAfresh(q: Quantity, text: string): Quantity {
  if (q.value === null) return q;
  const own = (['killed', 'injured'] as const).find((r) => ROLE_NOUN[r].test(text.slice(q.span[1])));
  const lead60 = text.slice(Math.max(0, q.span[0] - 60), q.span[0]);
  const lead100 = text.slice(Math.max(0, q.span[0] - 100), q.span[0]);
  for (const role of ['killed', 'injured'] as const) {
    const before = ONE_BEFORE[role].exec(lead60);
    if (!before || (q.role !== undefined && q.role !== role)) continue;
    const start = q.span[0] - before.slice(1).find((g) => g !== undefined)!.length;
    return quantityWith(q, role, q.value + 1, [start, q.span[1]]);
  }
  if (own) return quantityWith(q, own);
  const lead = text.slice(Math.max(0, q.span[0] - 20), q.span[0]);
  if (BODIES_OF.test(lead)) return quantityWith(q, 'killed');
  if (WOUNDING_OF.test(lead)) return quantityWith(q, 'injured');
  // "stabbed three soldiers to death": the verb before the count wounds, its "to death" after kills.
  if (TO_DEATH_VERB.test(lead) && TO_DEATH_AFTER.test(text.slice(q.span[1], q.span[1] + 60)))
    return quantityWith(q, 'killed');
  // "kidnapped four engineers and killed them", "were kidnapped and killed": those taken, then killed, are
  // dead (read from the number: the noun span may run on to the verb).
  const killedAfter = (from: number) => text.slice(from, from + 200);
  if (
    q.role === 'abducted' &&
    (KILLING_THEM.killed.test(killedAfter((q.nounSpan ?? q.span)[1])) ||
      AFTER_COUNT.killed.test(killedAfter(q.span[1])))
  )
    return quantityWith(q, 'killed');
  // "Two of the wounded later died": the hurt the count names who died after are dead, not hurt.
  if (q.role === 'injured' && q.nounSpan && HURT_WHO_DIED.test(text.slice(q.nounSpan[1], q.nounSpan[1] + 60)))
    return quantityWith(q, 'killed');
  // "One was killed and seventeen others (three of them children) were injured": the count's own verb after
  // it beats the fate told before its "and".
  if (q.role === 'killed' || q.role === 'injured') {
    const other = q.role === 'killed' ? 'injured' : 'killed';
    const end = (q.nounSpan ?? q.span)[1];
    if (AFTER_OTHER_FATE.test(lead) && AFTER_COUNT[other].test(text.slice(end, end + 200)))
      return quantityWith(q, other);
  }
  if (q.role !== undefined) return q;
  if (TOLL_ROSE.test(text.slice(Math.max(0, q.span[0] - 200), q.span[0]))) return quantityWith(q, 'killed');
  if (FIGHTERS.has(q.noun ?? '') && LOST.test(lead)) return quantityWith(q, 'killed');
  if (TOOK_LIVES.test(lead) && LIVES.test(text.slice(q.span[1], q.span[1] + 20)))
    return quantityWith(q, 'killed');
  const reached =
    (['killed', 'injured'] as const).find((r) => VERB_THE[r].test(lead60)) ??
    leftRole(text, q.span) ??
    gasHarmRole(text, q);
  if (reached) return quantityWith(q, reached);
  // "killed a priest and four men with him": the verb before the one victim reaches the count.
  const named = NAME_AND_BEFORE.exec(lead100) ?? oneBeforeMore(text, q.span);
  if (named) return quantityWith(q, roleOfVerb(named[1]));
  // "killed a ferryman, a cook and three porters": the verb before a list reaches its last count.
  const listed = roleOfListBefore(text, q.span[0]);
  if (listed) return quantityWith(q, listed);
  // "Five were killed, including three guards and eight others were hurt": a part of a count told before
  // takes no fate from the words after it.
  if (PART_OF.test(lead)) return q;
  const end = (q.nounSpan ?? q.span)[1];
  const after = text.slice(end, end + 200);
  // "with five bystanders slightly injured", "was among 4 people killed": the fate follows without a verb.
  const withCount = WITH_OR_AMONG.test(text.slice(Math.max(0, q.span[0] - 8), q.span[0]));
  const role = (['killed', 'injured'] as const).find(
    (r) =>
      AFTER_COUNT[r].test(after) ||
      (r === 'killed' && FELL_VICTIM.test(after)) ||
      KILLING_THEM[r].test(after) ||
      AFTER_COUNT_AR[r].test(after) ||
      namedBeforeOthersAr(r, text, q.span, end) !== null ||
      HEADLINE_FATE[r].test(after) ||
      (withCount && WITH_COUNT[r].test(text.slice(q.span[1], q.span[1] + 80))),
  );
  return role ? quantityWith(q, role) : q;
}

/** Where the one named after the count ends its phrase: its verb, or the clause ends. */
const CLAUSE_END = String.raw`\s+(?:were|was|sustained|suffered|received)\b|\s*[.,;]|\s*$`;
/**
 * "two soldiers and a civilian were hurt", "killing two guards and a passer-by", "four cadets and the
 * bomber were killed", "killing three surveyors and their driver", "wounding five pupils and a baker
 * from the next street": one more beside the count. A kin needs no verb: "killed a ferryman and his niece on
 * their boat".
 */
const AND_ONE_AFTER = guardedPattern(
  new RegExp(
    String.raw`^\s*(?:(?!(?:was|were|is|are|had|has|have|been)\b)(?![\w-]*ed\b)(?:[\w'-]+|\([^)]{0,40}\))\s+){0,7}?and (?:(?:a|an|one|the(?= (?:suicide |[A-Z][\w-]* )?(?:bomber|attacker|gunman|assailant)\b)) (?!(?:number|group|few|total|series|dozen|large|small|great|unknown|further)\b)(?:(?![\w-]*ed\b)[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?=${CLAUSE_END}|\s+from\b)|(?:their|his|her) (?:[a-z][\w-]* )?${KIN}(?=${CLAUSE_END}|\s+(?:in|inside|at|near|on|as|while|when)\b))`,
    'i',
  ),
  // Its up to seven words before "and" cost tens of microseconds to fail on a text without one.
  'and',
);
/**
 * "wounding Khayru and seven others", "injured another ranger and two porters", "killed al-Rawi and two
 * of his aides", "killed a priest and four men with him", "killed Ali Omar, a border commander and two other
 * rangers", "shot dead a teacher, Ram Giri, and his two guards": one victim before the count (the casualty verb
 * in group 1).
 */
const NAME_AND_BEFORE = guardedPattern(
  /\b(killing|killed|murdering|murdered|assassinating|assassinated|shot dead|gunned down|wounding|wounded|injuring|injured)\s+((?:(?:(?:al-)?[A-Z][\w'-]+\s+){1,3}and\s+|(?:(?:al-)?[A-Z][\w'’-]+\s+){0,3}(?:al-)?[A-Z][\w'’-]+,\s+[^,.;]{2,60}?,?\s+and\s+|(?:a|an|the)\s+(?:[\w'-]+\s+){0,4}?[\w'-]+,\s+(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+,\s+and\s+|(?:a|an|the|another)\s+(?:[\w'-]+\s+){1,4}and\s+)(?:(?:his|her|their|the)\s+)?)$/,
);
/** The fate of a casualty verb NAME_AND_BEFORE found. */
const roleOfVerb = (verb: string): TollRole => (/^(?:wound|injur)/i.test(verb) ? 'injured' : 'killed');

/**
 * "Four porters were killed as well as a ferryman", "… were killed along with the driver", "… were hurt as
 * well as their Ruritanian guide": one more victim after the fate words a count's verb ends with.
 */
const ONE_MORE_AFTER_FATE: Record<TollRole, GuardedPattern> = {
  killed: oneMoreAfter('killed|dead|died'),
  injured: oneMoreAfter('wounded|injured|hurt'),
};
function oneMoreAfter(fate: string): GuardedPattern {
  return guardedPattern(
    new RegExp(
      String.raw`^[^.;]{0,100}?\b(?:${fate})\b,?\s+(?:as well as|along with|together with) (?:a|an|one|the|his|her|their) (?!(?:number|group|few|total|series|dozen|rest|other|others)\b)(?:[A-Za-z][\w-]*\s+){0,2}?[a-z][\w-]*(?<!s|men)(?=${CLAUSE_END}|\s+(?:in|inside|at|near|on|who|when|as|from)\b)`,
    ),
    'with well',
  );
}
/**
 * "Two guards were killed instantly, and another died in hospital", "… and another man was killed": one more
 * dead right after the fate, with no number of its own (not "another was wounded": another fate).
 */
const ANOTHER_DIED_AFTER_FATE = guardedPattern(
  new RegExp(
    String.raw`^[^.;]{0,100}?\b(?:killed|dead|died)\b[^.;,]{0,30}?,?\s+(?:and\s+|while\s+|but\s+)?another\s+(?:(?!(?:was|were)\b)[a-z]+\s+)?(?:later\s+)?(?:died|succumbed|was\s+(?:also\s+)?killed)\b`,
  ),
  'another',
);
/** "Ali Hassan Omar", "Sa'id Mahmud al-Amiri": a personal name of two or more words. */
const NAME = String.raw`(?:[A-Z][\w'’.-]*|al-[\w'’-]+|bin|ibn|de|del)(?: (?:[A-Z][\w'’.-]*|al-[\w'’-]+|bin|ibn|de|del)){1,5}`;
/**
 * "A harbour clerk and four forest rangers were killed", "Another soldier and five others were hurt",
 * "Major Lena Varga, the harbour master, and one of her aides were killed", "Abu Omar alongside six of his
 * men were killed", "Abu Omar, his son and five others were killed": one person (and a kin listed after
 * him) opening the sentence beside the count, sharing its fate.
 */
const ONE_SUBJECT_BEFORE = new RegExp(
  String.raw`(?:^|[.!?;]\s*)((?:(?:A|An|One|The|Another) (?:(?!(?:killed|killing|wounded|wounding|injured|injuring|attacked|hit|left|shot|was|were|is|are|had|has|have|been)\b)[\w'’-]+ ){0,2}[\w'’-]+(?<!s|men|ed)(?: of [^,.;]{1,60}?)?|${NAME})(?:,? \([^)]{0,40}\))?(?:, [^,.;]{2,100},|, (?:his|her) (?:[\w-]+ )?${KIN})?(?: and |,? (?:alongside|along with|together with) ))$`,
);

/**
 * "Karim and four of his escorts were hurt": a surname alone opening the sentence, when the count names his
 * people (the words after the count, `OF_HIS`); a lone capitalised word is no one's name otherwise.
 */
const SURNAME_BEFORE = /(?:^|[.!?;]\s*)([A-Z][a-z][\w'’-]*(?<!s) and )$/;
const OF_HIS = /^\s+of\s+(?:his|her)\b/;

/**
 * "killed Abu Ali, his son and 20 others": a kin listed after the named victim is another person beside
 * him, not an aside on who he is ("Ali Omar, a police commander, and two guards").
 */
const KIN_LISTED = new RegExp(String.raw`,\s+(?:his|her)\s+(?:[\w-]+\s+)?${KIN},?\s+and\s+$`);

/** The count with the one victim named beside it, unless that one is a count of its own ("and one civilian"). */
function withOneMore(q: Quantity, quantities: readonly Quantity[], text: string): Quantity {
  const end = q.span[1];
  const inside = (from: number, to: number) =>
    quantities.some((o) => o !== q && o.span[0] >= from && o.span[0] < to);
  const { after, also, before } = oneMoreWords(q, text);
  // The span runs on to the one after, so a list read on from the count does not count that one again.
  if (after && !inside(end, end + after[0].length))
    return quantityWith(q, q.role, q.value! + 1, [q.span[0], end + after[0].length]);
  // The span runs on to the one more, so the count points at every victim it holds.
  if (also && !inside(end, end + also[0].length))
    return quantityWith(q, q.role, q.value! + 1, [q.span[0], end + also[0].length]);
  const start = q.span[0] - (before?.at(-1)?.length ?? 0);
  // "killing a policeman and two civilians": the one before may be a count of its own, added elsewhere.
  if (before && !inside(start, q.span[0])) {
    const more = KIN_LISTED.test(before.at(-1)!) ? 2 : 1;
    return quantityWith(q, q.role, q.value! + more, [start, q.span[1]]);
  }
  return q;
}

/**
 * The words that may tell one victim more beside a count: after it, after its fate, or before it. Read once
 * per count and text (see `perText`): every frame of a sentence asks again, and only whether another
 * count holds that one depends on the frame's counts.
 */
const oneMoreWords = perText((q: Quantity, text: string) => {
  // From the number itself: a noun span may run on to the verb ("A civilian was killed").
  const end = q.span[1];
  const role = q.role as TollRole;
  const nounEnd = (q.nounSpan ?? q.span)[1];
  return {
    after: AND_ONE_AFTER.exec(text.slice(end, end + 80)),
    also:
      ONE_MORE_AFTER_FATE[role].exec(text.slice(end, end + 180)) ??
      (role === 'killed' ? ANOTHER_DIED_AFTER_FATE.exec(text.slice(end, end + 180)) : null),
    before:
      NAME_AND_BEFORE.exec(text.slice(Math.max(0, q.span[0] - 100), q.span[0])) ??
      oneBeforeMore(text, q.span) ??
      namedBeforeOthersAr(role, text, q.span, nounEnd) ??
      // The verb may lie inside the noun span ("a bystander were wounded"): read on from the number.
      (AFTER_COUNT[role].test(text.slice(q.span[1], q.span[1] + 200))
        ? (ONE_SUBJECT_BEFORE.exec(text.slice(Math.max(0, q.span[0] - 200), q.span[0])) ??
          oneNamedBeforeOthers(text, q.span) ??
          (OF_HIS.test(text.slice(end, end + 12))
            ? SURNAME_BEFORE.exec(text.slice(Math.max(0, q.span[0] - 40), q.span[0]))
            : null))
        : null),
  };
});
