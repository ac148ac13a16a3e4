import {
  ADVERBS,
  FIRST_VERB,
  INJURED_WORDS,
  KILLED_WORDS,
  SUFFERED_INJURIES,
  CLAIMED_KILLING,
} from './fate-words.js';
import { guardedPattern, type GuardedPattern } from '../../core/text/guarded-pattern.js';
import type { TollRole } from './toll-words.js';

// Two or more victims told in words, not numbers: a pair as one subject ("the mayor and his driver were
// killed"), a couple, a list of singular people, two objects of one casualty verb. `tollFromWords` reads
// them.

/**
 * A bare singular noun, not a pronoun, quantifier, number or adverb: "child" in "a woman and child", not
 * "later" in "was shot in the stomach and later died".
 */
const SHARED_ARTICLE = String.raw`(?!(?:he|she|it|they|we|you|his|her|their|its|the|many|more|most|some|several|all|both|one|two|three|four|five|six|seven|eight|nine|ten|later|then|subsequently|eventually|soon|also|finally|instantly)\b)[a-z][\w-]*(?<!s|men)`;
/**
 * The one person next to a victim: "his driver", "her son", "its cook" ("his 7-year-old son" in
 * `ONE_OBJECT`).
 */
export const KIN = String.raw`(?:wife|husband|son|daughter|child|driver|bodyguard|guard|deputy|brother|sister|father|mother|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|companion|passenger|colleague|assistant|aide|secretary|translator|interpreter|friend|relative|escort|cook|gardener|servant|maid|housekeeper|watchman)`;
/**
 * "the general and his wife", "an Indonesian and a Bangladeshi", "a ferry owner, Ivo Marek, and his
 * bodyguard", "General Lopez, a former minister, and his wife", "A Danish hiker and a Ruritanian cook": two
 * people as one subject. Case matters:
 * only capitalised words are a name, and one word alone not a plural ("Several soldiers and a policeman",
 * "Soldiers and a policeman" are not two). "Ana Ruiz and Juan Gil, both traders, were killed". "A woman and
 * child", "the mayor's guard and driver", "Ali Omar's son and nephew": a bare singular noun after "and"
 * shares the article or the owner of the first ("his sister and nephew").
 */
const FIRST_OF_TWO = String.raw`(?:\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir) [\w'’-]+(?: (?!and\b)[\w-]+){0,4}(?<!s|men)|\b[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3}['’]s [a-z][\w-]*(?<!s|men)|\b[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,3}|\b(?:al-)?[A-Z][\w'-]+(?<!s|men|Police))(?:, [\w' .-]{2,100},)?`;
export const TWO_PEOPLE = String.raw`${FIRST_OF_TWO} and (?:(?:a|an) [\w-]+(?: [\w-]+)?|${SHARED_ARTICLE}|(?:his|her) (?:[\w-]+ ){0,2}${KIN}(?: [A-Z][\w'’-]+){0,3}|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})(?:,? [^,.;]{2,100},)?`;
/** "a woman working at the cafe", "a guard standing by the gate": what the second of two was doing there. */
const PEOPLE_TAIL = String.raw`(?: [a-z]+ing(?: (?!(?:and|were|was)\b)[\w'’-]+){0,5})?`;
/** "A young couple living in the town were …": a couple as the subject, not "a couple of". */
const COUPLE = String.raw`\b(?:[Aa]n?|[Tt]he) (?:[\w-]+ ){0,2}couple\b(?! of)[^.;]{0,80}?`;
/** "an elderly couple", "a young Ruritanian couple": two people as the object of a verb, not "a couple of". */
const A_COUPLE = String.raw`an? (?:[\w-]+ ){0,2}couple(?! of)`;
/** "The bodies of Karim and Samir Haddad were found": two named people found dead. */
const BODIES_OF_TWO = String.raw`\b(?:bodies|corpses) of (?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+ and (?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+,? (?:were|had been) (?:later |also )?(?:found|discovered|recovered)\b`;
/**
 * "Both the judge and his guard were killed", "killing both", "killing them both", "X and his wife were
 * killed", "Both the headman and his wife died", "Both men later died", "A French couple were shot and killed", "injured an elderly
 * couple", "A soldier and a woman selling bread at the gate were wounded", "X, a headman, and his clerk, Y, were both
 * shot and killed" (however the pair is told): two victims.
 */
export const BOTH: Record<TollRole, RegExp> = {
  killed: new RegExp(
    String.raw`${BODIES_OF_TWO}|(?:\b[Bb]oth\b[^.;]{0,60}?|${TWO_PEOPLE}${PEOPLE_TAIL},? |${COUPLE})\bwere\s+${ADVERBS}${FIRST_VERB}(?:${KILLED_WORDS})\b|\bwere both\s+${ADVERBS}${FIRST_VERB}(?:${KILLED_WORDS})\b|(?:\b[Bb]oth )?${TWO_PEOPLE} (?:both )?died\b|\b[Bb]oth (?:of them |(?!the\b)[a-z]+ )?${ADVERBS}died\b|\b(?:killing|killed|shot and killed|shot dead) (?:both|them both|${A_COUPLE})\b`,
  ),
  injured: new RegExp(
    String.raw`(?:\b[Bb]oth\b[^.;]{0,60}?|${TWO_PEOPLE}${PEOPLE_TAIL},? |${COUPLE})\bwere\s+${ADVERBS}${FIRST_VERB}(?:${INJURED_WORDS})\b|\bwere both\s+${ADVERBS}${FIRST_VERB}(?:${INJURED_WORDS})\b|\b(?:wounding|injuring|wounded|injured) (?:them both|both|${A_COUPLE})\b`,
  ),
};

const NOT_DETERMINER = String.raw`(?!(?:an?|another|the|his|her|their|and)\b)`;
/**
 * One person named by a determiner and a singular noun: "a father", "another son", "his elder brother",
 * "Karim's daughter".
 */
const ONE_LISTED = String.raw`\b(?:[Aa]n?|[Aa]nother|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]+['’]s)\s+(?:${NOT_DETERMINER}[a-z][\w-]*(?<!s|men)\s+)?${NOT_DETERMINER}[a-z][\w-]*(?<!s|men)`;
/** Each person of a list, counted. */
const EACH_LISTED = new RegExp(ONE_LISTED, 'g');
/** An entry of a list that names a person by a determiner. */
const ONE_LISTED_AT = new RegExp(ONE_LISTED);
/**
 * One person of a list after its first: by a determiner, or a bare kin sharing the first's owner ("his son,
 * cousin and driver").
 */
const NEXT_LISTED = String.raw`(?:${ONE_LISTED}|\b${KIN}\b)`;
/** "and his son was hurt": the person after it is the subject of a fate of its own. */
const NO_OWN_VERB = String.raw`(?!\s+(?:was|were|is|are)\b)`;
/** "his driver", "her young son": a kin or aide of the one named. */
const OWN_KIN = String.raw`(?:his|her) (?:[\w-]+ )?${KIN}`;
/** "a number of", "a group of": an amount, not one more person. */
const NOT_A_MEASURE = String.raw`(?!(?:number|group|few|total|series|dozen|couple)\b)`;
/**
 * "A mother, a daughter and a father were killed", "a daughter and a grandmother suffered injuries", "his
 * son, nephew and driver were killed": a list of three or more (two as one subject is `TWO_PEOPLE`'s).
 */
const LIST = String.raw`${ONE_LISTED}(?:,?\s+${NEXT_LISTED})*,?\s+and\s+${NEXT_LISTED}`;
/** What parts a list's people: a comma, "and", or both. */
const LIST_SEPARATOR = /,\s*(?:and\s+)?|\s+and\s+/g;
/** Every list is joined by "and": most clauses hold none, and these long patterns are slow to fail. */
const LISTED: Record<TollRole, GuardedPattern> = {
  killed: guardedPattern(new RegExp(String.raw`${LIST}\s+were\s+${ADVERBS}(?:${KILLED_WORDS})\b`), 'and'),
  injured: guardedPattern(
    new RegExp(String.raw`${LIST}\s+(?:were\s+${ADVERBS}(?:${INJURED_WORDS})|${SUFFERED_INJURIES})\b`),
    'and',
  ),
};
/**
 * "wounding her, her cook and a porter", "killing a guard, a cook and a nurse", "killing him, his wife and
 * son": three or more people as the objects of one casualty verb (the last no subject of a verb of its own),
 * the list in group 1.
 */
const ACTIVE_LIST = (verbs: string) =>
  new RegExp(
    String.raw`\b(?:${verbs}) ((?:him|her|${ONE_LISTED})(?:,\s+${NEXT_LISTED})+,?\s+and\s+${NEXT_LISTED})\b${NO_OWN_VERB}`,
  );
const ACTIVE_LISTED: Record<TollRole, GuardedPattern> = {
  killed: guardedPattern(ACTIVE_LIST('killing|killed|shot dead|murdered|murdering'), 'and'),
  injured: guardedPattern(ACTIVE_LIST('wounding|wounded|injuring|injured'), 'and'),
};

/**
 * The people a list in the clause names as killed or hurt, where it stands and how many they are.
 *
 * @example listedVictims('wounding her, her cook and a porter', 'injured')?.people // 3
 */
export function listedVictims(
  clause: string,
  role: TollRole,
): { index: number; length: number; people: number } | null {
  const passive = LISTED[role].exec(clause);
  if (passive) {
    // Each person with a determiner ("a mother a daughter and a son" are three), and each bare kin entry.
    const list = passive[0].slice(0, passive[0].search(/\s+(?:were|suffered|sustained|received)\b/));
    const bare = list.split(LIST_SEPARATOR).filter((entry) => !ONE_LISTED_AT.test(entry)).length;
    const people = [...list.matchAll(EACH_LISTED)].length + bare;
    return { index: passive.index, length: passive[0].length, people };
  }
  const m = ACTIVE_LISTED[role].exec(clause);
  if (!m) return null;
  // One person an entry: "him", "a guard", a bare kin.
  return { index: m.index, length: m[0].length, people: m[1].split(LIST_SEPARATOR).length };
}
/**
 * "killed a district officer and a surrendered rebel", "shot and killed Ali Omar and Juan Gil", "killing
 * Salman and his driver", "killing its cook and gardener", "killed the cook and the maid": two people as
 * the objects of one casualty verb (not "killed a guard and fled": the second must be a person by its
 * article, kin or name, and no subject of a verb of its own).
 */
/** Where a bare or "the" kin ends the objects: the clause ends or a place or time follows, not a verb. */
const PHRASE_END = String.raw`\s*[,.;]|\s*$|\s+(?:of|in|at|on|near|inside|outside|from|with|as|while|when|during|after|before|by)\b`;
export const ACTIVE_TWO: Record<TollRole, GuardedPattern> = {
  killed: guardedPattern(
    activeTwo(
      `killing|killed|shot and killed|shot dead|murdered|murdering|assassinated|assassinating|gunned down|${CLAIMED_KILLING}`,
    ),
    'and',
  ),
  injured: guardedPattern(activeTwo('wounding|wounded|injuring|injured'), 'and'),
};
function activeTwo(verbs: string): RegExp {
  return new RegExp(
    String.raw`\b(?:${verbs}) ${FIRST_OF_TWO} and (?:(?:a|an|another) (?!(?:number|group|few|total|series|dozen|couple|hour|day|week|wounded|injured|hurt|was|died)\b)[a-z][\w-]*|(?:his|her) (?:[\w-]+ ){0,2}${KIN}|(?:(?:its|their|the) (?:[\w-]+ ){0,2})?${KIN}(?=${PHRASE_END})|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})\b${NO_OWN_VERB}`,
  );
}

/**
 * A kin or guard named with the one killed: "… and his driver" (not "and his wife was injured": the subject of
 * a fate of its own).
 */
const AND_ONE_MORE = new RegExp(
  String.raw`^[^.;]{0,120}?\band ${OWN_KIN}\b${NO_OWN_VERB}|^[\w-]*(?:\s+[a-z][\w-]*){0,3}\s+and (?:a|an|one) [a-z]+\b${NO_OWN_VERB}`,
);
/**
 * "was killed along with his driver", "along with one bystander", "killed a village head along with a
 * volunteer", "was killed, along with one of her aides", "along with another passer-by", "as well as a
 * woman": one more victim of the same fate.
 */
const ALONG_WITH = new RegExp(
  String.raw`^[^.;,]{0,60}?(?:,[^.;,]{2,80},)?,?\s*(?:(?:along|together) with|as well as) (?:${OWN_KIN}|(?:a|an|one|another) ${NOT_A_MEASURE}[a-z]+)\b`,
);

/**
 * ", a police spokesman said": after the list, the source of the report, not one more victim.
 */
const SOURCE_SPEAKS = String.raw`(?:\s+[\w-]+){0,3}\s+(?:said|says|told|tells|reported|reports|added|adds|stated|confirmed)\b`;

/**
 * "… along with his grandson and a passer-by", "along with a young guard, his nephew": the next person listed
 * after the one "along with" names (the rest of its words, one at most, before the list's comma or "and"), no
 * subject of a verb of its own ("along with his grandson and a guard was hurt").
 */
const AND_NEXT_BESIDE = new RegExp(
  String.raw`^(?:\s+(?!and\b)[a-z][\w-]*)?(?:${LIST_SEPARATOR.source})(?:${OWN_KIN}|(?:a|an|one|another) ${NOT_A_MEASURE}[a-z][\w-]*)\b${NO_OWN_VERB}(?!${SOURCE_SPEAKS})`,
);

/**
 * How many more victims are told after the one a clause's words name: those "along with" it ("along with his
 * grandson and a passer-by" are two), or (after an active verb: "X was shot dead and his bodyguard hurt" may tell
 * another fate) a kin or one person after "and".
 *
 * @example moreBeside(' along with his driver', false) // 1
 */
export function moreBeside(rest: string, active: boolean): number {
  const along = ALONG_WITH.exec(rest);
  if (!along) return active && AND_ONE_MORE.test(rest) ? 1 : 0;
  let more = 1;
  let after = rest.slice(along[0].length);
  for (let next = AND_NEXT_BESIDE.exec(after); next; next = AND_NEXT_BESIDE.exec(after)) {
    more++;
    after = after.slice(next[0].length);
  }
  return more;
}
