/** Word clues the role assignment reads: agents, victims, speakers, rivals, targets and attempts. */
import { livesThere } from './inhabitants.js';
import { packedMap } from '../../core/packed-map.js';
import { civiliansAt } from '../../core/civilians.js';
import { spanContains } from '../../core/span.js';
import { CUE_REACH, type ActorCandidate } from './actor-finder.js';
import { inFrame, mainTrigger, type Frame } from './frame-builder.js';
import { hitSpan, markWithin, tokenAt, wordsBetween } from './sentence-view.js';
import { PAST_PASSIVE_AUXILIARY } from './passive-auxiliaries.js';
import { blamedSide } from './blame-clues.js';
import { HOSPITAL } from './hospital-words.js';
import { armedStruckInQuarter } from './armed-in-quarter.js';
import { wordSet } from '../../core/text/word-set.js';
import { PERSON_PRONOUN } from './word-sets.js';

/** Tokens between "by" and the side it names ("fired by terrorists of the so-called Jaish al-Fateh"). */
const AGENT_REACH = 6;
/** «من قبل», «من جانب» (by, from the side of): after «من», the words that make the side after them the agent. */
const BY_SIDE_OF = wordSet('قبل جانب');
/**
 * Arabic words that introduce the side whose act it was: its fire ("برصاص قناص", "بنيران قوات النظام") or
 * the side the incident is attributed to ("نسبته السلطات إلى التمرد الكردي", "نُسب لتنظيم داعش"). An
 * attribution names the perpetrator; it is not a claim.
 */
const ATTRIBUTING = 'نسب نسبت نسبته نسبها ينسب تنسب';
const AGENT_WORD = wordSet(`رصاص نيران برصاص بنيران ${ATTRIBUTING}`, 'و ف');
/**
 * Participles whose "by" names a backer, a holder or a judge, not the one who acted: "supported by the
 * Russian Aerospace Forces", "the blockade maintained by Daesh", "condemned by the government".
 */
const NOT_AN_ACT =
  /^(?:supported|backed|aided|assisted|held|controlled|maintained|occupied|run|heeded|ignored|condemned|denounced|criticised|criticized|welcomed|praised|reported|announced|confirmed|denied)$/;
/**
 * "نتيجة إطلاق ميليشيا الحوثي قذائف": the side right after a verbal noun of firing is who fired (a release,
 * "إطلاق سراح", or the fire itself, "إطلاق النار على", puts another word there).
 */
const FIRING = /^[وفب]?اطلاق$/;
/** "الاعتقالات التي قام بها الحوثيون": "carried it out" before the side that did. */
const CARRIED_OUT = wordSet('قام قامت قاموا يقوم تقوم يقومون');
const WITH_IT = wordSet('به بها بهم بهما');
/**
 * Verbs of carrying out that, bare, may come before the act they carried out: «الشرطة نفذت اعتقال قيادي
 * حوثي». Right before the act's noun, their subject stands before them and what follows the act is its
 * object; only after the act («هجوم نفذه مسلحون») does the doer follow.
 */
const CARRIED_OUT_FIRST = wordSet('نفذ نفذت نفذوا شن شنت شنوا', 'و ف');
/** Attribution verbs among AGENT_WORD: the side they name stands after "إلى", past the attributing subject. */
const ATTRIBUTION = wordSet(ATTRIBUTING, 'و ف');
/** Counted nouns that tell their people are civilians (a bare "people" does not). */
const CIVILIAN_NOUNS: ReadonlySet<string | undefined> = new Set(['civilians', 'children', 'women']);
/** Tokens after the trigger within which a house, a market or a wedding is the incident's target. */
const CIVILIAN_REACH = 40;

/** Words after a side that tell it was trying to ("لدى محاولتهم", "trying to"). */
const ATTEMPT = /^(?:محاولتهم|محاولته|محاولتها|محاولتهما|يحاولون|حاولوا|trying|attempting|tried|attempted)$/;
/** Words between a side and its attempt ("لدى محاولتهم", "fighters who tried"). */
const ATTEMPT_LEAD = /^(?:لدي|عند|اثناء|خلال|بعد|as|who|when|they|fighters|militants|troops|forces|rebels)$/;
/** What the side tried: to storm, infiltrate, attack or seize. */
export const ASSAULT =
  /^(?:اقتحام|التسلل|تسلل|الهجوم|مهاجمه|التقدم|السيطره|اقتحامها|storm|infiltrate|attack|advance|seize|overrun|enter)$/;

/**
 * The side is said to have tried to storm or attack: the initiator of the fighting.
 *
 * @example attempted(view, isFighters) // true for "اشتبكت مع مسلحي داعش لدى محاولتهم التسلل إلى القرى"
 */
export function attempted(view: Frame['view'], c: ActorCandidate): boolean {
  const after = tokenAt(view, c.ref.spans[0][1]);
  const words = wordsBetween(view, after, after + 5).filter((w) => w !== 'to' && w !== 'الي');
  let k = 0;
  while (k < 3 && ATTEMPT_LEAD.test(words[k] ?? '')) k++;
  return (ATTEMPT.test(words[k] ?? '') && ASSAULT.test(words[k + 1] ?? '')) || ownAttack(view, after);
}

/** An attack told as a noun ("خلال هجوم", "محاولة هجوم"). */
const ATTACK_NOUN = /^(?:هجوم|هجوما|الهجوم|هجمات|الهجمات|محاوله)$/;
/** A verb whose plural ending makes the side before it the doer of the attack noun ("شنوه", "قاموا بها"). */
const OWN_ACT = /^(?:شنوه|شنوها|شنوا|نفذوه|نفذوها|نفذوا|قاموا)$/;
/** Tokens after a side in which its own attack is told ("… على الأقل في هجوم فاشل نفذوه"). */
const OWN_ATTACK_REACH = 8;
/** Tokens from the attack noun to the verb that makes it the side's own. */
const OWN_VERB_REACH = 3;

/** "قتل 20 مقاتلا من المعارضة خلال هجوم فاشل شنوه": a side dead in an attack it launched started the fighting. */
function ownAttack(view: Frame['view'], after: number): boolean {
  const words = wordsBetween(view, after, after + OWN_ATTACK_REACH);
  const noun = words.findIndex((w) => ATTACK_NOUN.test(w));
  return noun >= 0 && words.slice(noun + 1, noun + 1 + OWN_VERB_REACH).some((w) => OWN_ACT.test(w));
}

/** English relative pronouns that open a clause telling what a side did ("gunmen who raided"). */
const RELATIVE_PRONOUN = /^(?:who|that|which)$/;
/** Head nouns a side's name may stand before, up to its relative pronoun ("Boko Haram gunmen who"). */
const HEAD_REACH = 2;

/**
 * "Soldiers fought Boko Haram gunmen who raided the village, killing 30 militants": a side a relative clause
 * tells of, named after another side, is the subject of that clause only. An act past the comma that closes
 * the clause is the main clause's, whose subject is the side named first.
 *
 * @example relativeAntecedent(frame, bokoHaram, killing, perpetrators) // true
 */
export function relativeAntecedent(
  frame: Frame,
  c: ActorCandidate,
  trigger: { start: number },
  perpetrators: ActorCandidate[],
): boolean {
  const tokens = frame.view.tokens;
  let at = tokenAt(frame.view, c.ref.spans[0][1]);
  const head = at + HEAD_REACH;
  while (at < head && /^[a-z]+$/.test(tokens[at]?.norm ?? '') && !RELATIVE_PRONOUN.test(tokens[at].norm))
    at++;
  if (!RELATIVE_PRONOUN.test(tokens[at]?.norm ?? '') || at >= trigger.start) return false;
  // A comma or a bracket closes the relative clause before the trigger.
  const closed = markWithin(frame.view, at + 2, trigger.start);
  return closed && perpetrators.some((p) => p.at < c.at && p.ref.name !== c.ref.name);
}

/** Nouns of breaking an agreement, whose genitive or "by" names the side that broke it. */
const VIOLATION = /^(?:[وفب]?(?:خروقات|خرق|انتهاكات|انتهاك)|violations|violation|breaches|breach)$/;
/** Words that may stand with a noun of breaking before the side ("violations by the", «بسبب خروقات»). */
const VIOLATION_LINK = /^(?:by|of|the|بسبب)$/;

/**
 * "هدنتين فاشلتين بسبب خروقات المتمردين", "a truce that collapsed over violations by the rebels": the side
 * named as breaking an agreement did not make it.
 *
 * @example brokeAgreement(frame.view, rebels) // true for "بسبب خروقات المتمردين"
 */
export function brokeAgreement(view: Frame['view'], c: ActorCandidate): boolean {
  const before = wordsBetween(view, Math.max(0, c.at - 2), c.at);
  return (
    before.every((w) => VIOLATION.test(w) || VIOLATION_LINK.test(w)) && before.some((w) => VIOLATION.test(w))
  );
}

/** Nouns of an agreement or of talks, whose «بين», "between" names its parties (folded). */
const ACCORD =
  /^(?:[وفبل]?(?:ال)?(?:هدنه|تهديه|اتفاق|اتفاقيه|مصالحه|مفاوضات|محادثات)|truce|ceasefire|agreement|talks)$/;
/** Tokens from «بين» to a party: «بين انقرة والمتمردين الاكراد», "between Ankara and Kurdish rebels". */
const PARTY_REACH = 4;

/**
 * «لتنتهي بذلك هدنة بين أنقرة والمتمردين الأكراد», "ended a truce between Ankara and Kurdish rebels": a side
 * named as a party to an agreement or to talks, told beside an act, is neither its doer nor its target.
 *
 * @example partyToAccord(frame.view, rebels) // true for «هدنة بين أنقرة والمتمردين»
 */
export function partyToAccord(view: Frame['view'], c: ActorCandidate): boolean {
  const word = (k: number) => view.tokens[k]?.norm ?? '';
  for (let b = c.at - 1; b >= Math.max(0, c.at - PARTY_REACH); b--)
    if (/^(?:بين|between)$/i.test(word(b))) return ACCORD.test(word(b - 1)) || ACCORD.test(word(b - 2));
  return false;
}

/** Words of time before an advance ("خلال", "أثناء", "لدى", "إثر"). */
const DURING = /^(?:خلال|اثناء|لدي|عند|اثر|ابان)$/;
/** Arabic verbal nouns of a force's advance, whose agent follows them ("تقدم القوات", "توغل الجيش"). */
const ADVANCE = /^(?:تقدم|زحف|توغل)$/;

/**
 * "قتل 15 من عناصر داعش خلال تقدم القوات الأمنية": the side whose advance the killing fell in, named right
 * after the advance, is the one that acted.
 *
 * @example advancing(frame, perpetrators)?.ref.name // 'Police Forces of Iraq'
 */
export function advancing(frame: Frame, perpetrators: ActorCandidate[]): ActorCandidate | undefined {
  const word = (i: number) => frame.view.tokens[i]?.norm ?? '';
  return perpetrators.find((c) => ADVANCE.test(word(c.at - 1)) && DURING.test(word(c.at - 2)));
}

/** "تعرضت دورية للقوات الأمريكية لهجوم": what "was exposed to" the incident is its target. */
const EXPOSED = wordSet('تعرض تعرضت يتعرض تتعرض', 'و ف');

/** Stones thrown at buses and trains in a riot hit property, not people the text marks as civilians. */
export const VEHICLE = /^(?:bus|buses|train|trains|حافله|حافلات|الحافلات)$/;

/** Words of a quarter: where a clash was fought, not whom it harmed ("fighting in the Jobar neighbourhood"). */
const QUARTER = /^(?:residential )?(?:neighbourhood|neighborhood|district|area|areas)$/;

/** «للمستشفى»: the hospital with «ل» joined, where one is taken to. */
const JOINED_TO = /^[وف]?لل/;

/** "to hospital", "to a hospital", "to the hospital": in English, where one is taken to. */
const TO_HOSPITAL = /^(?:to|to a|to the|to a nearby|to the nearest|to a local) hospitals?$/;

/**
 * «نقل إلى المستشفى», «أسعف للمستشفى», "the bodies were brought to the hospital": a hospital the wounded or
 * the dead were taken to, not a place struck.
 */
function takenTo(view: Frame['view'], at: number): boolean {
  const word = view.tokens[at].norm;
  if (HOSPITAL.test(word)) return JOINED_TO.test(word) || view.tokens[at - 1]?.norm === 'الي';
  const before = (n: number) => view.tokens.slice(Math.max(0, at - n), at + 1).map((t) => t.norm);
  return [1, 2, 3].some((n) => TO_HOSPITAL.test(before(n).join(' ')));
}

/**
 * Victims the clause marks as civilian by the target (a market, a house) or the counted (12 civilians);
 * targets whose words `skip` matches do not count, nor a hospital the wounded were taken to.
 *
 * @example civilianTarget(frame)?.ref.name // 'Civilians' for "shelled a market"
 */
export function civilianTarget(frame: Frame, skip?: RegExp): ActorCandidate | null {
  const view = frame.view;
  const trigger = mainTrigger(frame).start;
  // "six houses were set ablaze": a passive verb's target stands before it, as does what "was exposed to"
  // the incident ("تعرض مسجد … إلى تفجير").
  const passive = PAST_PASSIVE_AUXILIARY.has(view.tokens[trigger - 1]?.norm ?? '');
  const exposure = view.tokens.findIndex((t, i) => i >= frame.from && i < trigger && EXPOSED.has(t.norm));
  const from = passive ? frame.from : exposure >= 0 ? exposure + 1 : trigger;
  const clash = mainTrigger(frame).phrase.tag === 'Armed clash';
  const cue = view.cues.find(
    (c) =>
      c.phrase.tag === 'civilian' &&
      c.start >= from &&
      c.start < Math.min(frame.to, trigger + CIVILIAN_REACH) &&
      !skip?.test(c.phrase.words.join(' ')) &&
      !takenTo(view, c.start) &&
      !livesThere(view, c.start) &&
      !((clash || armedStruckInQuarter(frame, trigger, c.start)) && QUARTER.test(c.phrase.words.join(' '))) &&
      // "حزب العمال الكردستاني" (the Kurdistan Workers' Party): a word of a side's name names no workers.
      !view.mentions.some((m) => m.kind !== 'country' && spanContains(m.span, hitSpan(view, c))),
  );
  // Counted in the frame's own words: "…, meanwhile jets struck a camp" harms none of the civilians the
  // clause before counts.
  const counted = view.quantities.find((q) => CIVILIAN_NOUNS.has(q.noun) && inFrame(frame, q.span));
  // "a bomb at a market killed nine people": a place tells the victims were civilians, the people counted
  // dead or hurt are who they were; the place is the evidence only when no one is counted. A cue that names
  // people ("villagers", a side's noun) already tells who.
  const cueNamesPlace = cue && !view.actorNouns.some((n) => n.start <= cue.start && cue.start < n.end);
  const harmed = cueNamesPlace
    ? view.quantities.find(
        (q) =>
          (CIVILIAN_NOUNS.has(q.noun) || q.noun === 'people') &&
          (q.role === 'killed' || q.role === 'injured') &&
          inFrame(frame, q.span),
      )
    : undefined;
  const told = harmed ?? (cue ? undefined : counted);
  const span = told ? (told.nounSpan ?? told.span) : cue ? hitSpan(view, cue) : null;
  if (!span) return null;
  return {
    ref: civiliansAt([span]),
    side: 'civilian',
    at: cue?.start ?? 0,
    country: null,
    site: false,
  };
}

/**
 * The side a passive or a weapon's owner names: "carried out by an Islamist brigade", "على يد داعش",
 * "برصاص قوات الأمن": the first side within reach after the cue.
 *
 * @example agentOf(frame, perpetrators)?.ref.name // 'Islamic State' for "على يد داعش"
 */
export function agentOf(frame: Frame, perpetrators: ActorCandidate[]): ActorCandidate | undefined {
  // Every clue below names one of the perpetrators: with none, no cue is worth reading.
  if (perpetrators.length === 0) return undefined;
  const view = frame.view;
  const act = mainTrigger(frame).start;
  const cues = packedMap(
    view.cues.filter(
      (c) =>
        c.phrase.tag === 'agent' &&
        c.start >= frame.from &&
        c.end <= frame.to &&
        !NOT_AN_ACT.test(view.tokens[c.start - 1]?.norm ?? '') &&
        !(c.end === act && CARRIED_OUT_FIRST.has(view.tokens[c.start].norm)),
    ),
    (c) => c.end,
  );
  // Only the frame's own tokens: a walk over the whole sentence cost more than the rest of the search.
  const end = Math.min(frame.to, view.tokens.length);
  for (let i = Math.max(0, frame.from); i < end; i++) {
    const norm = view.tokens[i].norm;
    if (AGENT_WORD.has(norm)) cues.push(attributedFrom(view, i));
    if (CARRIED_OUT.has(norm) && WITH_IT.has(view.tokens[i + 1]?.norm ?? '')) cues.push(i + 2);
    // "الجنود قتلوا من قبل جماعة أنصار الدين", «قصف من جانب المتمردين»: «من قبل» or «من جانب» after the act
    // makes it a passive with its agent.
    if (norm === 'من' && BY_SIDE_OF.has(view.tokens[i + 1]?.norm ?? '') && i > act) cues.push(i + 2);
  }
  const blamed = blamedSide(frame, perpetrators);
  if (blamed) return blamed;
  const firer = perpetrators.find((c) => c.at > frame.from && FIRING.test(view.tokens[c.at - 1].norm));
  if (firer) return firer;
  // "شنت حملات استهدفت عناصر حزب العمال": a side past a word of targeting is that word's object.
  const targetAt = packedMap(
    view.cues.filter((q) => q.phrase.tag === 'target'),
    (q) => q.start,
  );
  for (const end of cues) {
    if (end > act && ownFateBetween(view, act, end)) continue;
    const found = perpetrators.find(
      (c) => c.at >= end && c.at - end <= AGENT_REACH && !targetAt.some((t) => t >= end && t < c.at),
    );
    if (found) return found;
  }
  return undefined;
}

/** Words that open a clause of what befell the doer after or before the act ("before he was killed"). */
const THEN = wordSet('before after until when');

/**
 * "A man stabbed eight shoppers … before he was shot by a constable": a "by" past a clause
 * that tells the doer's own fate ("before he", "until they") names who stopped the doer, not who did the act.
 */
function ownFateBetween(view: Frame['view'], act: number, cue: number): boolean {
  for (let at = act + 1; at < cue - 1; at++)
    if (THEN.has(view.tokens[at].norm) && PERSON_PRONOUN.has(view.tokens[at + 1].norm)) return true;
  return false;
}

/**
 * Where the agent of the word at `at` begins: right after it, or for an attribution after its "إلى" ("نسبت
 * الشرطة المسؤولية عنه إلى تنظيم الدولة": the police only attribute).
 */
function attributedFrom(view: Frame['view'], at: number): number {
  if (!ATTRIBUTION.has(view.tokens[at].norm)) return at + 1;
  const to = view.tokens.slice(at + 1, at + 1 + AGENT_REACH).findIndex((t) => t.norm === 'الي');
  return to >= 0 ? at + to + 2 : at + 1;
}

/**
 * The sides a verb of being exposed to the incident stands before.
 *
 * @example exposed(frame, candidates)[0]?.ref.name // 'Military Forces of the United States'
 */
export function exposed(frame: Frame, candidates: ActorCandidate[]): ActorCandidate[] {
  const tokens = frame.view.tokens;
  return candidates.filter((c) =>
    tokens.slice(Math.max(frame.from, c.at - CUE_REACH), c.at).some((t) => EXPOSED.has(t.norm)),
  );
}

/** Words that set two mobs against each other ("mobs of different communities", "الطائفتين"). */
const RIVALS = wordSet('communities rival الطايفتين طايفتين العشيرتين عشيرتين متناحرتين');

/**
 * The text sets two mobs against each other.
 *
 * @example rivalMobs(frame) // true for "mobs of different communities clashed"
 */
export function rivalMobs(frame: Frame): boolean {
  const { tokens } = frame.view;
  // "communal clashes": clashes between communities.
  const communal = (i: number) =>
    tokens[i].norm === 'communal' && /^clash(?:es)?$/.test(tokens[i + 1]?.norm ?? '');
  return tokens.some((t, i) => RIVALS.has(t.norm) || communal(i));
}

/**
 * "-linked", "affiliated": a side's ties to another named right after it; with no other side named there
 * ("Nusra-linked groups shelled") the linked groups are told as the side's own.
 */
export const LINKED = /^-?(?:linked|affiliated|aligned)$/;
