import { SUFFERED_INJURIES } from './fate-words.js';
import { KIN } from './two-victim-words.js';

// Wordings that tell one person dead or hurt without a casualty verb on a count: a body found, "died",
// a death named by a noun, injuries suffered; and the words that name one person as a casualty verb's
// object. `tollFromWords` reads them.

/**
 * "The body of a night watchman was found", "the ferryman's dead body was later found", "the body of a
 * man was also found": one dead.
 */
export const ONE_BODY =
  /\b(?:(?:body of (?:a|an|the|[A-Z])[^.]{0,100}?\bwas|(?:[Hh](?:is|er)|[\w-]+['’]s)(?: dead)? body was|(?:[Aa]n?|[Oo]ne) (?:[a-z-]+ )?(?:body|corpse) was) (?:later |also )?(?:found|discovered|recovered)|(?:found|recovered|discovered|retrieved) (?:the|his|her) (?:[a-z-]+ )?(?:body|corpse)(?! (?:armou?r|parts))|(?:discovery|recovery) of the\s+(?:dead )?body of (?:a|an|the|[A-Z]))\b/;
/** Capitalised words that open a sentence but name no one person: numbers, quantifiers, pronouns. */
const NOT_A_NAME = String.raw`(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Hundred|Thousand|Both|None|No|Nobody|Everyone|Everybody|Many|Some|Several|All|Most|Few|Police|They|We|You|It)\b`;
/**
 * "An off-duty policeman died", "One of her servants died", "He later died", "Ali Hassan Omar, a
 * journalist, died", "Ali Hassan Omar, the head of the town's school died" (the aside left open), "Prison
 * officer Juan Gil died", "Another soldier died" (one more), "Ruiz later succumbed" (one named before):
 * one person's death.
 */
export const ONE_DIED = new RegExp(
  String.raw`\b(?!${NOT_A_NAME})[A-Z][\w'’-]+(?<!s|teen|ty)\s+(?:later|subsequently)\s+(?:died|succumbed)\b|` +
    /\b(?:(?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+(?:, [^,.;]{2,100},|, (?:the|a|an) (?:(?!\b(?:where|when|who|whose|which|that|nobody|none)\b)[^,.;]){2,100}?(?= died\b)|(?<!s)(?= died\b))|(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]he)\s+(?:[\w-]+\s+){0,3}?[\w-]+(?<!s|men|people)|[Oo]ne of (?:the|his|her|their)\s+[\w-]+|[Hh]e|[Ss]he)\s+(?:later\s+|subsequently\s+|also\s+)?(?:died|succumbed)\b/
      .source,
);
/** "his assassination on Monday", "her murder", "resulting in his death": one person's death named by a noun. */
export const HIS_DEATH =
  /\b(?:[Hh]is|[Hh]er)\s+(?:assassination|murder|killing|execution|beheading)\b|\b(?:resulting in|causing|leading to) (?:his|her) death\b|(?<!(?:response to|revenge for|retaliation for|avenge) )\bthe death of (?:a|an|the|one) [a-z]+/;
/**
 * "The party leader suffered minor injuries", "One guard sustained burns", "Another officer sustained
 * serious gunshot wounds", "Rosa Perez, 48, of Alto Verde suffered burns", "She suffered burns": one person
 * hurt ("another" is one more).
 */
export const ONE_SUFFERED = new RegExp(
  String.raw`\b(?:(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Hh]is|[Hh]er) (?:[a-z][\w-]* ){0,2}[a-z][\w-]*(?<!s|men)|(?!${NOT_A_NAME})(?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+(?<!s)(?:, [^,.;]{2,60},| of [A-Z][\w'’-]+)*|[Hh]e|[Ss]he) (?:only |also )?${SUFFERED_INJURIES}\b`,
);

/** "and an unknown number wounded", "and a large number hurt": people not counted, not one person. */
export const UNTOLD = String.raw`(?:unknown|unspecified|undetermined|undisclosed|number|large|small|few|dozen|couple|total)`;
/**
 * "seriously injured Ndou, who …", "killed Barzani.", "wounding al-Omari and killing his son", "wounded Marek and
 * killed his guard": one name word alone (maybe after "al-") as the object, at the end of its clause or before
 * the next casualty verb (not "killed Monday", "killed Shiites", "wounded Kabul residents": a weekday, a plural
 * or a word before a noun).
 */
export const ONE_NAME = String.raw`(?:al-)?[A-Z][a-z]{2,}(?<!day|s)(?=\s*[,.;]|\s+(?:who|as|when|while|outside|near|at|in)\b|\s+and\s+(?:killing|wounding|injuring|killed|wounded|injured)\b)`;

/**
 * A lower-case title before a name: "killed police Colonel Basim Ali", "killed patient Juan Perez", "killed
 * police Lieutenant colonel Ali Omar" (a capitalised rank may stand before each), or a member's letters
 * ("killed Ruritania MP Ali Omar").
 */
export const TITLE = String.raw`(?:police|army|militia|tribal|village|district|provincial|municipal|local|former|retired|senior|deputy|assistant|patient|citizen|resident|villager|journalist|activist|lawyer|judge|doctor|teacher|businessman|trader|farmer|student|doorman|guard|colonel|general|major|captain|lieutenant|sergeant|commander|chief|headman|elder|officer|brigadier|sheikh|imam|cleric|professor|mayor|councilor|councillor|governor|ambassador|diplomat|consul|minister|official|leader|editor|engineer|priest|MP|MLA|MNA|lawmaker|legislator|senator|councilman|councilwoman|parliamentarian|politician|prosecutor|magistrate|inspector|constable)`;
/**
 * "Lt.", "U.S.", "Abdul-Karim", "Abd-al-Amir", "Ma'mun": a capitalised word of a name or rank, abbreviations,
 * hyphens and an apostrophe inside it included (not a possessive "'s").
 */
const NAME_WORD = String.raw`(?:[A-Z][a-z]+(?:['’](?!s\b)[a-z]+)?(?:-[A-Za-z][a-z]+){0,2}\.?|(?:[A-Z]\.){2,})`;
/** "the Shiite owner", "the District Intelligence Chief", "the police chief": one person named by a role. */
const THE_ROLE = String.raw`the\s+(?:(?:[A-Z][\w-]*\s+){1,4}[a-z]+(?<!s)\b|(?:[A-Z][\w-]*\s+){0,4}(?:Chief|Commander|Secretary|Director|Governor|Mayor|Head|Minister|President|Leader)\b|police\s+(?:chief|commander|officer|colonel|captain|general|major|lieutenant|sergeant|inspector|constable)\b)`;
/**
 * "a policeman", "him", "himself" (the bomber), "Juan Perez": one person as the object of a casualty verb.
 * Not the act itself: "executed a drive-by shooting".
 */
export const ONE_OBJECT = String.raw`(?:(?:him|her|himself|herself|another|the other)\b|(?:his|her|their|[A-Z][\w-]+['’]s) (?:[A-Z][\w-]+ |\d+-year-old |[a-z]+-year-old )?${KIN}\b|(?:a|an|one)\s+(?!(?:(?:big|large|great|huge|significant|considerable|growing|high|small|unknown)\s+)?(?:number|group|few|series|total|couple|dozen|family|crowd|bus|car|reported|further)\b)(?![\w-]+(?: [\w-]+)? (?:shooting|attack|bombing|raid|operation|ambush|assault|strike|plot)\b)(?:[A-Za-z]|\d+-year-old\b)|the\s+(?!(?:two|three|four|five|six|seven|eight|nine|ten|\d+|number|group|people|police|family|crowd|residents|passengers|other|others)\b)[a-z]+(?<!s)\b|${THE_ROLE}|(?:(?:[A-Z][a-z]+\s+|[a-z]+\s+)?${TITLE}\s+){0,2}${NAME_WORD}\s+(?:(?:[A-Z][a-z.]*|(?:[A-Z]\.)+)\s+)*(?:(?!(?:in|on|at|of|to|by|for|and|or|near)\b)[a-z]{1,3}[- ])?[A-Z][a-z]+)`;
/**
 * "killing Ali Omar a smuggling boss of the gang and ": an active casualty verb (not "was killed on
 * Monday and"), its object, then "and".
 */
const OBJECT_THEN_AND =
  /(?<!\b(?:was|were|been|be|being)\s+)\b(killing|killed|wounding|wounded|injuring|injured)\s+((?!(?:on|in|at|by|during|after|before|near|when|while|as|and)\b)(?:(?!(?:and|who|which|when|after|while|but)\b)[^\s.;]+\s+){1,12}and\s+)$/i;
/**
 * "eight more militants", "seven other people", "five others": a count told as added to someone before,
 * and no subject of a verb of its own ("and 17 others were injured").
 */
const MORE_AFTER =
  /^\s+(?:more|other|others)\b(?!(?:\s+[a-z][\w-]*){0,2}\s+(?:were|was|are|is|had|have|died)\b)/i;

/**
 * "killing Ali Omar a smuggling boss of the gang and eight more smugglers": a count of "more" or "others"
 * after the verb's first object adds to one victim told before it, however the object is worded (the
 * casualty verb in group 1, the object and "and" in group 2).
 *
 * @example oneBeforeMore('killing the mayor and two more guards', [23, 26])?.[1] // 'killing'
 */
export function oneBeforeMore(text: string, span: readonly [number, number]): RegExpExecArray | null {
  if (!MORE_AFTER.test(text.slice(span[1], span[1] + 40))) return null;
  return OBJECT_THEN_AND.exec(text.slice(Math.max(0, span[0] - 100), span[0]));
}

/** "two other guards", "three others": a count of people of the same kind as one told before it. */
const OTHERS_AFTER = /^\s+(?:other|others)\b/i;
/**
 * "Saleh and ", "Al-Bawi and ": one name word opening the sentence and "and" (not a plural, a side's name in
 * capitals, nor a word that names no one person).
 */
const ONE_NAME_OPENING = new RegExp(
  String.raw`(?:^|[.!?;]\s+)((?!${NOT_A_NAME})(?:al-|Al-)?[A-Z][a-z][\w'’-]*(?<!s|men) and )$`,
);

/**
 * "Saleh and two other guards were killed": the one name before a count of "others" is one of them, however
 * short the name (a longer subject is `ONE_SUBJECT_BEFORE`'s in toll-words.ts). The caller tells the count's
 * own casualty verb.
 *
 * @example oneNamedBeforeOthers('Saleh and two other guards were killed', [10, 13])?.[1] // 'Saleh and '
 */
export function oneNamedBeforeOthers(text: string, span: readonly [number, number]): RegExpExecArray | null {
  if (!OTHERS_AFTER.test(text.slice(span[1], span[1] + 12))) return null;
  return ONE_NAME_OPENING.exec(text.slice(Math.max(0, span[0] - 60), span[0]));
}
