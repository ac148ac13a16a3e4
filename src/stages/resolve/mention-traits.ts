import { packedMap } from '../../core/packed-map.js';
import type { Document, EventRecord } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { answeredSpan } from '../../core/text/answer-words.js';
import { guardedPattern } from '../../core/text/guarded-pattern.js';
import { WIDE_AREA } from '../../core/text/wide-area-words.js';
import { normalizeName } from '../../core/text/normalize.js';
import { WEAPONLESS } from './incident-kinds.js';

/** Trigger words that tell only a casualty, not an incident of its own ("was also killed"). */
const CASUALTY =
  /^(?:killed|killing|died|dead|slain|murdered|wounded|wounding|injured|injuring|hurt|shot dead|shot and killed|[وف]?(?:قتل|قُتل|قتلت|قتلوا|قتلا|مقتل|توفي|توفوا|استشهد|استشهدوا|أصيب|اصيب|أصيبوا|اصيبوا|إصابة|اصابة|جرح|جرحوا))$/i;

/**
 * "25 fighters were killed in the attack on Marea", "قتلوا في الهجوم على مارع": a mention told by casualty
 * words and a definite incident noun refers to an incident already told, like a bare "the attack".
 *
 * @example casualtyOfKnownIncident(event, 'Five guards were killed in the attack.') // true
 */
export function casualtyOfKnownIncident(event: EventRecord, text: string): boolean {
  const triggers = event.event_type?.spans ?? [];
  return triggers.some((s) => definite(text, s)) && onlyCasualtyOrKnown(event, text);
}

/**
 * Every trigger of the mention tells only a casualty, or names the incident as one already told.
 *
 * @example onlyCasualtyOrKnown(event, 'Two of the guards were also killed there.') // true
 */
export function onlyCasualtyOrKnown(event: EventRecord, text: string): boolean {
  return (event.event_type?.spans ?? []).every(
    (s) => CASUALTY.test(text.slice(s[0], s[1])) || definite(text, s),
  );
}

/**
 * "the first car bomb to hit X since …", "the deadliest attack in years": a definite noun ranked as the first
 * or the worst of its kind sums up the incident already told, as a bare "the attack" does.
 */
const RANKED_DEFINITE =
  /\b(?:the|this|that)\s+(?:(?:first|deadliest|bloodiest|worst|biggest|largest|most serious|most deadly)\s+)?$/i;

/**
 * «الحادث الإرهابي الذي استهدف», «العمل الذي طال»: a verb in the relative clause of a definite word for an
 * incident (the incident, the act, the assault, the operation) tells what that known incident did.
 */
const INCIDENT_RELATIVE =
  /(?:^|\s)[وفبل]?(?:ال|لل)(?:حادث|عمل|اعتداء|عملية)(?:\s+ال\S+)?\s+(?:الذي|التي)\s+$/;

/**
 * "the attack", "this blast", "الهجوم", "هذا التفجير": the trigger refers to something already told.
 *
 * @example definite('Five died in the attack.', [17, 23]) // true
 */
export function definite(text: string, span: Span | undefined): boolean {
  if (!span) return false;
  const word = text.slice(span[0], span[1]);
  const before = text.slice(Math.max(0, span[0] - 24), span[0]);
  const ranked = RANKED_DEFINITE.test(before) && !CONJUNCTION_THAT.test(before);
  return (
    /^[وفب]?(?:ال|لل)/.test(word) || ranked || /(?:هذا|هذه)\s+$/.test(before) || incidentRelative(text, span)
  );
}

/** "this attack", "these raids", «هذا التفجير», «وهذه الغارات»: a demonstrative right before the trigger. */
const DEMONSTRATIVE = /(?:\b(?:this|these)|(?:^|\s)[وف]?(?:مثل\s+)?(?:هذا|هذه))\s+$/i;

/**
 * "… the depot was bombed again. This attack …", «وهذا التفجير»: a trigger named with a demonstrative points to the
 * incident the text told last, even one first told before others.
 *
 * @example demonstrative('The police post was bombed. This attack was the third.', [33, 39]) // true
 */
export function demonstrative(text: string, span: Span | undefined): boolean {
  return span !== undefined && DEMONSTRATIVE.test(text.slice(Math.max(0, span[0] - 16), span[0]));
}

/** Whether the word at `span` opens the relative clause of a definite word for an incident. */
function incidentRelative(text: string, span: Span): boolean {
  return INCIDENT_RELATIVE.test(text.slice(Math.max(0, span[0] - 36), span[0]));
}

/**
 * "firefighters said that a fuel bottle was hurled": a "that" after a verb of saying or knowing opens what was
 * said, it points back at nothing; so does one after telling someone ("a caller told police that", "informing
 * it that").
 */
const CONJUNCTION_THAT =
  /\b(?:(?:said|says|say|report|reports|reported|claim|claims|claimed|stated|states|announced|confirmed|added|noted|believe|believes|believed|suspect|suspects|suspected|learned|learnt|revealed|warned|alleged|indicated|showed|shows|knew|know|thought)|(?:told|tell|tells|telling|inform|informs|informed|informing|notified|notifying)(?:\s+(?!of\b|about\b)[\w-]+){0,2})\s+that\s+$/i;

/**
 * "Seven Iraqis were killed": a toll the clause places only by a nationality word tells whose people
 * died, not where; such a place agrees with any other. An arrest of "five Kuwaitis" keeps its country.
 *
 * @example placedByNationality(event, doc) // true when its place's span is a demonym mention
 */
export function placedByNationality(event: EventRecord, doc: Document): boolean {
  const loc = event.location;
  const span = loc?.spans[0];
  if (!loc || loc.precision !== 'country' || !span || (!event.fatalities && !event.injuries)) return false;
  return (doc.mentions ?? []).some((m) => m.via === 'demonym' && m.span[0] === span[0]);
}

/**
 * Words a clause opens with to say it tells another incident than the one before: "In another incident",
 * and the turns a report takes to its next item ("In another development", "Elsewhere", "In Aleppo province
 * further east", «من ناحية ثانية», «ومن جهة أخرى», «على صعيد آخر»).
 */
const SEPARATE =
  /^[\s"“«]*(?:in (?:a |another )?separate (?:incident|attack|development)|(?:in [^,.]{1,30}?[\s,]+)?(?:further|farther) (?:east|west|north|south)|in another (?:incident|attack|development)|separately|elsewhere|[وف]?(?:في )?(?:حادث|حادثة|هجوم|قضية|واقعة) (?:منفصل|منفصلة|آخر|اخر|أخرى|اخرى)|[وف]?(?:في )?موازاة ذلك|[وف]?بشكل منفصل|[وف]?من (?:ناحية|جهة) (?:ثانية|أخرى|اخرى)|[وف]?على صعيد (?:آخر|اخر)|[وف]?في (?:سياق|تطور) (?:آخر|اخر))(?=[\s،,:]|$)/iu;

/**
 * "Meanwhile", «وفي غضون ذلك», «وإلى ذلك»: the turn a report takes to its next item, unless the act it tells is a
 * definite "the attack", another telling of the incident before ("Meanwhile the opposition said the attack
 * killed 100").
 */
const MEANWHILE =
  /^[\s"“«]*(?:meanwhile|in the meantime|[وف]?في غضون ذلك|[وف]?(?:الى|إلى) ذلك|[وف]?في (?:هذه )?(?:الأثناء|الاثناء))(?=[\s،,:]|$)/iu;

/**
 * "In a separate incident, …", "وفي حادث منفصل", "وفي موازاة ذلك": the clause that tells the mention says
 * it is another incident than the one told before it; so does one that opens on a whole country's tally
 * ("Across Iraq, …").
 *
 * @example toldAsSeparate(event, 'وفي حادث منفصل، قتل جندي في هجوم …') // true
 */
export function toldAsSeparate(event: EventRecord, text: string): boolean {
  const sentence = event.evidence[0];
  if (sentence === undefined) return false;
  const opening = text.slice(sentence[0], sentence[0] + 40);
  const turn = MEANWHILE.test(opening) && !definite(text, event.event_type?.spans[0]);
  return SEPARATE.test(opening) || WIDE_AREA.test(opening) || turn;
}

/**
 * "Meanwhile, police fired teargas at the mob in X": a clause told as separate only by the turn a report takes
 * to its next item. The turn leaves the item just told, not the same act at the same town told earlier.
 *
 * @example toldAsTurn(event, 'Meanwhile, police fired teargas at a mob in Prantij.') // true
 */
export function toldAsTurn(event: EventRecord, text: string): boolean {
  const sentence = event.evidence[0];
  return sentence !== undefined && MEANWHILE.test(text.slice(sentence[0], sentence[0] + 40));
}

/** «فيما», «بينما», "while", then up to two words: a clause set beside the one before it. */
const ALONGSIDE = /(?:^|[\s،,])(?:فيما|بينما|في حين|while|whereas)\s+(?:[^\s،,.]+\s+){0,2}$/i;

/**
 * "أعدم التنظيم إمام المسجد، فيما اعتقل 15 خياطا", "while shells fell on Najran": the mention's trigger opens
 * a clause set beside the one before (a second act, or the other side's loss in the same one).
 *
 * @example toldAlongside(event, 'قصفت الطائرات المواقع، فيما اعتقل الجيش 15 شخصا') // true when its trigger is اعتقل
 */
export function toldAlongside(event: EventRecord, text: string): boolean {
  const trigger = event.event_type?.spans[0];
  return trigger !== undefined && ALONGSIDE.test(text.slice(Math.max(0, trigger[0] - 30), trigger[0]));
}

/**
 * "during the same operation", «خلال العملية نفسها», «خلال هذه العملية»: the act is part of one told before.
 */
const SAME_OPERATION = guardedPattern(
  /\b(?:during|in) (?:the same|this|that) (?:operation|raid|offensive|campaign)\b|(?:خلال|في|[أا]ثناء) (?:(?:العملية|الحملة|المداهمة|الهجوم) (?:نفسها|نفسه|ذاتها|ذاته)|(?:نفس|ذات|هذه|تلك) (?:العملية|الحملة|المداهمة)|(?:هذا|ذلك) الهجوم)/i,
  'operation raid offensive campaign العملية الحملة المداهمة الهجوم',
);
/** Characters after its trigger within which a mention says it was part of the same operation. */
const OPERATION_REACH = 40;

/**
 * "… freed 178 hostages, and arrested a commander during the same operation", «واعتقل خلال العملية نفسها
 * أحد القادة», «خلال هذه العملية تم إنقاذ … وإلقاء القبض على …»: an act its clause places in the operation
 * told before, just after its trigger or anywhere before it in its sentence, is part of that incident.
 *
 * @example inSameOperation(event, 'وأكد أنه اعتقل خلال العملية نفسها أحد القادة.') // true when its trigger is اعتقل
 */
export function inSameOperation(event: EventRecord, text: string): boolean {
  const sentence = event.evidence[0];
  const trigger = event.event_type?.spans[0];
  if (!sentence || !trigger) return false;
  return SAME_OPERATION.test(text.slice(sentence[0], Math.min(sentence[1], trigger[1] + OPERATION_REACH)));
}

/**
 * Trigger words alone name no kind of incident ("مقتل 13 حوثيا", "Five soldiers were killed"): the type
 * such a telling gets is a guess from who died, so any violent incident told next to it may be its own.
 *
 * @example onlyCasualty(event, 'وأشارت المصادر إلى مقتل 13 حوثيا.') // true when its trigger is مقتل
 */
export function onlyCasualty(event: EventRecord, text: string): boolean {
  const triggers = event.event_type?.spans ?? [];
  return triggers.length > 0 && triggers.every((s) => CASUALTY.test(text.slice(s[0], s[1])));
}

/**
 * "Car bomb kills 8 in Baghdad" over a blank line: a sentence that ends with no full stop, question or
 * exclamation mark is a heading, the article's title when it comes first.
 *
 * @example headingLine('Car bomb kills 8\n\nA car bomb …', [0, 16]) // true
 */
export function headingLine(text: string, span: Span | undefined): boolean {
  if (span === undefined) return false;
  // Read back from the end, past closing quotes and brackets: a pattern anchored at the end (`…$`) was tried
  // at every character of the sentence.
  const line = text.slice(span[0], span[1]).trimEnd();
  let end = line.length;
  while (end > 0 && CLOSERS.includes(line[end - 1])) end--;
  return end === 0 || !STOPS.includes(line[end - 1]);
}

/** The marks that end a sentence, and the closing quotes and brackets that may stand after them. */
const STOPS = '.!?؟…';
const CLOSERS = `"'”»)`;

/** "led by", "backed by", "alongside": words after which a side is told as the ally of another. */
const ALLY_BEFORE = /\b(?:(?:led|backed|supported|joined)\s+by|alongside)\s+(?:the\s+)?$/i;
/** Characters before a side's name that `ALLY_BEFORE` may need: "supported by the ". */
const ALLY_REACH = 24;

/**
 * "troops fell back before a rebel assault led by the Nusra Front": its actor1 is named as leading or backing
 * another side, so it is that side's ally, not the foe of whoever fought that side.
 *
 * @example toldAsAlly(event, 'a rebel assault led by the Nusra Front') // true when its actor1 is the Nusra Front
 */
export function toldAsAlly(event: EventRecord, text: string): boolean {
  const at = event.actor1?.spans[0]?.[0];
  return at !== undefined && ALLY_BEFORE.test(text.slice(Math.max(0, at - ALLY_REACH), at));
}

/** Words of a fight both sides wage: "clashes", "fighting", "exchanged fire", «اشتباكات», «معارك», «تبادل إطلاق النار». */
const MUTUAL =
  /^(?:clash|clashes|clashed|clashing|fighting|fight|fights|fought|gunfight|gun battles?|firefights?|battles?|fierce battles|exchanges? of (?:gun)?fire|exchanged (?:gun)?fire|exchanging fire|traded (?:gun)?fire|[وف]?(?:ب|بال|ال|لل)?(?:[اإ]شتب|مواجه|معارك|معركة|قتال|تبادل)\S*(?:\s.*)?)$/i;

/**
 * "Clashes between the army and Al-Shabaab", «اشتباكات بين الجيش والحوثيين»: every trigger names a fight of
 * both sides, so the side named first is no more the attacker than the other.
 *
 * @example toldAsMutual(event, 'Clashes between the army and rebels.') // true when its trigger is Clashes
 */
export function toldAsMutual(event: EventRecord, text: string): boolean {
  const triggers = event.event_type?.spans ?? [];
  return triggers.length > 0 && triggers.every((s) => MUTUAL.test(text.slice(s[0], s[1])));
}

/** Marks that close a quotation, in the scripts we read. */
const CLOSING = /[»”"]/;

/**
 * «قتل 15 من الكفار», "we killed 15 infidels": the quotation the mention's trigger stands in, a party's own
 * telling of what happened; null when the trigger is not quoted.
 *
 * @example quotationOf(event, 'قال إن «المجاهدين قتلوا 15 من الكفار»') // the span from « to »
 */
export function quotationOf(event: EventRecord, text: string): Span | null {
  const sentence = event.evidence[0];
  const trigger = event.event_type?.spans[0];
  if (!sentence || !trigger) return null;
  const opened = openQuotation(text, sentence[0], trigger[0]);
  if (opened < 0) return null;
  const close = text.slice(trigger[1], sentence[1]).search(CLOSING);
  return close < 0 ? null : [opened, trigger[1] + close + 1];
}

const OPEN_GUILLEMET = '«'.charCodeAt(0);
const OPEN_CURLY = '“'.charCodeAt(0);
const CLOSE_GUILLEMET = '»'.charCodeAt(0);
const CLOSE_CURLY = '”'.charCodeAt(0);
const STRAIGHT = '"'.charCodeAt(0);

/**
 * Where the quotation still open at `to` begins, looking from `from` on, or -1. A straight quote opens and
 * closes alike, so one is open only when an odd number of them stand before: in '"We won," he said, and
 * killed' the trigger is outside the quotes. Read by code unit, in place: a slice of the sentence and a string
 * per letter cost more than the scan, each letter of an Arabic sentence a string of its own.
 */
function openQuotation(text: string, from: number, to: number): number {
  let curly = -1;
  let straight = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN_GUILLEMET || c === OPEN_CURLY) curly = i;
    else if (c === CLOSE_GUILLEMET || c === CLOSE_CURLY) curly = -1;
    else if (c === STRAIGHT) straight = straight < 0 ? i : -1;
  }
  return Math.max(curly, straight);
}

/** Where a mention stands against the act its sentence answers: the words of the act answered, and its side. */
export interface AnswerRole {
  /** The words that tell the act answered ("in retaliation for a rocket …", «رداً على الهجوم»). */
  span: Span;
  /** The mention is the answering act, told outside those words. */
  answering: boolean;
  /**
   * The sentence opens with a reference back and goes on to the act answered: "The assault came after rebels
   * fired …", whose reference is the incident told before, and whose act answered is another.
   */
  afterReference: boolean;
}

/**
 * "The assault", "These raids": a definite incident noun opening the sentence, the reference back the answer
 * words follow. "The group's statement came after reports of shelling" refers to no incident.
 */
const REFERENCE_BACK =
  /^\W*(?:the|this|these|that|those)\s+(?:\w+\s+){0,2}(?:assault|attacks?|raids?|strikes?|bombardment|bombings?|shelling|offensive|barrage|blasts?|explosions?|killings?|operation)\s*$/i;

/**
 * "Jets struck the camp in retaliation for a rocket fired on Sunday": the mention's place against the act
 * its sentence answers — the answering act or the act answered; null when its sentence answers nothing.
 *
 * @example answerRole(event, text)?.answering // true for the strike, false for the rocket
 */
export function answerRole(event: EventRecord, text: string): AnswerRole | null {
  const sentence = event.evidence[0];
  const trigger = event.event_type?.spans[0];
  if (!sentence || !trigger) return null;
  const own = answeredSpan(text.slice(sentence[0], sentence[1]));
  if (!own) return null;
  const span: Span = [sentence[0] + own[0], sentence[0] + own[1]];
  return {
    span,
    answering: trigger[0] < span[0] || trigger[0] >= span[1],
    afterReference: span[1] === sentence[1] && REFERENCE_BACK.test(text.slice(sentence[0], span[0])),
  };
}

/**
 * "attack", "attacked", «الهجوم», «هاجم», «هجمة» (folded): one act told by its name alone. Plural "attacks"
 * tell a series or a digest of several, no one incident another sentence gives the weapon of.
 */
const ATTACK_WORD =
  /^(?:attack|attacked|attacking|assault|assaulted|[وف]?(?:ب|ل|بال|ال|لل)?(?:هجوم|هجوما|هجمه)|[وف]?(?:هاجم|هاجمت|هاجموا|يهاجم|يهاجمون))$/;
/** "targeted", «استهدف» (folded): what the attack was aimed at, no act of its own. */
const TARGETED =
  /^(?:targets?|targeted|targeting|[وف]?(?:استهدف|استهدفت|استهدفوا|يستهدف|استهداف|لاستهداف|باستهداف|مستهدفا|مستهدفه))$/;
/**
 * Weapon words (folded): "gunfire", "rocket", «بالرصاص», «قذايف», «طايره». The typer leaves small arms in
 * a weaponless sub-type and may miss the weapon of a heading.
 */
const WEAPON_WORD =
  /\b(?:gun\w*|shots?|shooting|rifles?|fired?|knife|knives|stabb\w*|bomb\w*|blasts?|explosi\w*|ieds?|rockets?|missiles?|shell\w*|mortars?|grenades?|mines?|drones?|air\s*strikes?|airstrikes?|jets?|warplanes?|aircraft|gas|chemical|suicide)\b|(?:^|\s)[وفب]?(?:ال)?(?:رصاص|نار|بنادق|سكين|طعن|صاروخ|صواريخ|قذيف|قذايف|هاون|عبو|مفخخ|ناسف|متفجر|تفجير|انفجار|لغم|الغام|طايره|طايرات|غاره|غارات|قصف|كيماوي|كيميايي|غاز|انتحاري|حزام)/;

/**
 * "the attack on the checkpoint", «الهجوم الذي استهدف مسجد قوات الطوارئ»: an incident told only as an
 * attack, with no weapon in its sentence and no fight of two sides. Its type is a default from its target,
 * so it may be the bomb or strike another sentence tells.
 *
 * @example toldAsBareAttack(event, 'Gunmen attacked the checkpoint.') // false: "gun" names a weapon
 */
export function toldAsBareAttack(event: EventRecord, text: string): boolean {
  const triggers = event.event_type?.spans ?? [];
  if (triggers.length === 0 || !WEAPONLESS.has(event.sub_event_type?.value ?? '')) return false;
  const words = packedMap(triggers, ([a, b]) => text.slice(a, b));
  const folded = packedMap(words, normalizeName);
  // "قتل تسعة جنود في هجوم": the dead and the target told with it name no weapon either.
  const aside = (w: string, i: number) => TARGETED.test(folded[i]) || CASUALTY.test(w);
  // «الحادث الذي استهدف المسجد»: a word of targeting told of a known incident names it an attack too.
  const ofIncident = (w: string, i: number) => TARGETED.test(w) && incidentRelative(text, triggers[i]);
  if (!folded.some((w, i) => ATTACK_WORD.test(w) || ofIncident(w, i))) return false;
  if (!words.every((w, i) => ATTACK_WORD.test(folded[i]) || aside(w, i))) return false;
  // Folding the whole evidence costs more than the trigger tests: done only for a telling they let through.
  const told = event.evidence.map(([a, b]) => normalizeName(text.slice(a, b))).join(' ');
  return !WEAPON_WORD.test(told);
}
