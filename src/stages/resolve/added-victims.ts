// Victims a telling adds to the incident told before it, or a fuller count of the same victims: "His driver was
// also killed", "The captain along with six of his men died".
import type { EventRecord } from '../../core/records.js';
import type { Placed } from './placed.js';
import { ADDITION } from '../../core/text/addition-words.js';
import { wordSpans } from '../../core/text/word-scanner.js';
import { onlyCasualtyOrKnown } from './mention-traits.js';

/**
 * "A police officer was shot in Kirkuk. His driver was also killed.": a mention told only by a casualty
 * word and marked as more victims adds its toll to the incident before; "another bomb killed four"
 * names an incident of its own and does not.
 *
 * @example tellsMoreVictims(event, 'His driver was also killed.') // true
 */
export function tellsMoreVictims(event: EventRecord, text: string): boolean {
  const sentence = event.evidence[0];
  if (!sentence || (event.event_type?.spans ?? []).length === 0) return false;
  // The toll must be the sentence's own: "were also among those killed" adds nobody by itself, and a
  // toll carried to it from a later sentence ("It had initially given a toll of 22") is no addition.
  const own = (c: EventRecord['fatalities']) =>
    c?.spans.some(([a, b]) => a >= sentence[0] && b <= sentence[1]);
  if (!own(event.fatalities) && !own(event.injuries)) return false;
  if (repeatsVictim(event, text, sentence[0])) return false;
  // "His nephew was also killed in the attack", "قتل أيضا في الهجوم": the casualty word, and the incident
  // named as known.
  const told = text.slice(sentence[0], sentence[1]);
  const added = ADDITION.exec(told);
  if (!added || !onlyCasualtyOrKnown(event, text)) return false;
  if (partOfOwnList(event, told, added.index + sentence[0])) return false;
  // "56 were killed in the strikes, which also wounded dozens": the addition is of the fate right after it
  // alone, and a telling with no count of that fate of its own adds nobody (its dead are another's figure).
  const after = told.slice(added.index + added[0].length);
  return !(['fatalities', 'injuries'] as const).some((r) => ADDED_FATE[r].test(after) && !own(event[r]));
}

/** "another 9": an addition word right before a number. */
const ANOTHER_COUNT = /^another\s+\d/i;

/**
 * "the assault killed 12 civilians and 20 soldiers, with another 9 bodies unidentified": "another" with a
 * number after the sentence's own count goes on listing that count's parts (a breakdown of a total told
 * before), not victims added to the earlier telling. `at` is where the addition word stands in the text.
 */
function partOfOwnList(event: EventRecord, told: string, at: number): boolean {
  if (!ANOTHER_COUNT.test(told.slice(at - event.evidence[0][0]))) return false;
  return [event.fatalities, event.injuries].some((c) => c?.spans.some(([a]) => a < at));
}

/** The fate verb right after an addition word: "also wounded", "كما أصيب". */
const ADDED_FATE = {
  fatalities: /^\s+(?:killed|killing|died|[وف]?(?:قتل|قُتل|قتلت|قتلوا|استشهد|استشهدوا)(?=\s|$))/i,
  injuries:
    /^\s+(?:wounded|wounding|injured|injuring|hurt|[وف]?(?:أصيب|اصيب|أصيبت|أصيبوا|اصيبوا|جرح|جرحوا)(?=\s|$))/i,
};

/** "الطفل", "والطفل", "the child": one victim named by a definite noun; group 1 is the bare noun. */
const DEFINITE_ONE = /^(?:[وفب]?ال|the\s+)(\S+)$/i;

/**
 * "بمقتل طفل فلسطيني …" then "وقُتل الطفل، كما أصيب والداه": one dead named by a definite noun the text
 * gave before the sentence is the victim already counted, told again, not one more.
 */
function repeatsVictim(event: EventRecord, text: string, from: number): boolean {
  if (event.fatalities?.value !== 1) return false;
  const before = text.slice(0, from);
  return event.fatalities.spans.some(([a, b]) => {
    const noun = DEFINITE_ONE.exec(text.slice(a, b))?.[1];
    return noun !== undefined && wordIn(before, noun);
  });
}

/** How far, in characters, from a count's first span its one and the others joined to him are read. */
const OPENING_REACH = 40;
/**
 * "The captain along with six", "القائد و3", "Both Ruiz and his guard": a definite one or a name, then the
 * others joined to him (the noun or name: group 1 or 2).
 */
const DEFINITE_WITH_OTHERS =
  /^(?:[Bb]oth\s+)?(?:(?:[وفب]?ال|[Tt]he\s+)(\S+?)|([A-Z][\w'’-]+))[،,]?\s+(?:and|alongside|along with|together with|as well as|و|مع)(?:\s|(?=\d))/;

/**
 * "A captain was killed in the raid." then "The captain along with six of his men died": a
 * count that opens with a victim the text named before the sentence, and the others killed with him, is the
 * incident's fuller toll, told again with the first victim in it; it outweighs the first telling's count.
 *
 * @example retellsWithOthers(event, 'A guard was killed. The guard and two drivers were killed.') // true
 */
export function retellsWithOthers(event: EventRecord, text: string): boolean {
  const sentence = event.evidence[0];
  const toll = event.fatalities;
  if (!sentence || !toll || toll.value < 2) return false;
  const before = text.slice(0, sentence[0]);
  return toll.spans.some(([a]) => {
    const opening = DEFINITE_WITH_OTHERS.exec(text.slice(a, a + OPENING_REACH));
    const noun = opening?.[1] ?? opening?.[2];
    return a >= sentence[0] && noun !== undefined && wordIn(before, noun);
  });
}

/**
 * "Ali Hassan Brouq and at least ten of his fighters", "Omar al-Khatib along with six others": a victim named
 * in full, then the others joined to him.
 */
const NAMED_WITH_OTHERS =
  /^(?!(?:The|A|An|Both|One|Another)\s)(?:[A-Z][\w'’-]+|al-[\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|al-[\w'’-]+|bin|ibn)){1,4},?\s+(?:and|alongside|along with|together with|as well as)\s/;

/**
 * "Troops killed one of the group's commanders." then "Ali Brouq and ten of his men were killed": a count of
 * its sentence that opens with a victim named in full, and the others killed with him, names the one victim
 * the telling before counted alone (see `retoldFuller`).
 *
 * @example namesOneWithOthers(event, 'Ali Brouq and ten of his men were killed.') // true
 */
export function namesOneWithOthers(event: EventRecord, text: string): boolean {
  const sentence = event.evidence[0];
  const toll = event.fatalities;
  if (!sentence || !toll || toll.value < 2) return false;
  return toll.spans.some(
    ([a]) => a >= sentence[0] && NAMED_WITH_OTHERS.test(text.slice(a, a + OPENING_REACH)),
  );
}

/**
 * `item` tells the dead of `into` again, with the others killed beside its victim: its first victim is one
 * the text named before, or `into` counted one victim alone and `item` names him first.
 */
export function retoldFuller(into: Placed, item: Placed): boolean {
  return item.fullerToll === true || (item.namedWithOthers === true && into.event.fatalities?.value === 1);
}

/** `word` stands in `text` as a word of its own (Arabic letters have no \b). */
function wordIn(text: string, word: string): boolean {
  const wanted = word.toLowerCase();
  return wordSpans(text).some(
    ([a, b]) => b - a === wanted.length && text.slice(a, b).toLowerCase() === wanted,
  );
}
