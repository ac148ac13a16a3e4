import type { Span } from '../../core/span.js';
import type { CountRef, Quantity } from '../../core/records.js';
import { ADDITION } from '../../core/text/addition-words.js';
import { SAYING_NEXT } from '../../core/text/saying-words.js';
import { KIN } from './two-victim-words.js';
import { listedSingles } from './listed-singles.js';

/**
 * The first toll of a role in the clause; vague amounts ("dozens") give no number, and a harmless
 * incident's zero none either.
 */
export function count(
  quantities: Quantity[],
  role: 'killed' | 'injured',
  harmless: boolean,
  text: string,
): CountRef | null {
  // "killed a policeman along with two of his brothers": a count whose words a later count of the same fate
  // took in (its span holds them) is told in that count.
  const held = (x: Quantity) =>
    quantities.some((o) => o !== x && o.role === x.role && o.span[0] <= x.span[0] && x.span[1] <= o.span[1]);
  const at = quantities.findIndex(
    (x) =>
      x.role === role &&
      x.value !== null &&
      !(harmless && x.value === 0) &&
      !held(x) &&
      !SOME_OF_THE_FALLEN[role].test(ofWhom(x, text)) &&
      !(
        role === 'injured' && CARRIED_AWAY.test(text.slice(Math.max(0, x.span[0] - CARRIER_REACH), x.span[0]))
      ),
  );
  if (at < 0) return null;
  const q = quantities[at];
  const ref: CountRef = { value: q.value!, qualifier: q.qualifier, spans: spansOf(q) };
  // "Three policemen, five civilians and a bystander were killed": the verb after the list reached only
  // its last figures; counted nouns listed before them by commas ("…, and four civilians") share their fate.
  let first = at;
  for (; first > 0 && listedBefore(quantities[first - 1], quantities[first], text); first--) {
    ref.value += quantities[first - 1].value!;
    ref.spans.unshift(...spansOf(quantities[first - 1]));
  }
  // "two men from X and three men from Y": figures given per side add up to the incident's toll.
  let prev = q;
  for (const next of quantities.slice(at + 1)) {
    if (!perSide(prev, next, role, text)) break;
    ref.value += next.value!;
    ref.spans.push(...spansOf(next));
    prev = next;
  }
  // "A policeman, a guard and two passers-by were killed": single people listed beside the figures.
  const singles = listedSingles(quantities, first, quantities.indexOf(prev), role, text);
  if (singles) {
    ref.value += singles.value;
    ref.spans.push(...singles.spans);
  }
  const other = otherSideAfter(quantities, quantities.indexOf(prev), role, text);
  if (other) {
    ref.value += other.value!;
    ref.spans.push(...spansOf(other));
  }
  return ref;
}

/**
 * "nine of the wounded were said to be in a grave state", "three of the dead were children": some of those who met the
 * same fate, told for what else is true of them; their number is not the toll ("two of the wounded later died"
 * is a toll of the dead, of another fate).
 */
const SOME_OF_THE_FALLEN = {
  injured: /^\s+of the (?:wounded|injured)\b/i,
  killed: /^\s+of the (?:dead|killed)\b/i,
};
/**
 * «نقل 8 مصابين إلى العاصمة», "airlifted 6 injured to the capital": the wounded a verb of carrying takes
 * somewhere are those moved for care, some of the wounded; their number is not the toll.
 */
const CARRIED_AWAY =
  /(?:^|\s)(?:[وف]?(?:نقل|ينقل|تنقل|نقلت|اجلي|أجلي|يجلي|اجلاء|إجلاء|اخلاء|إخلاء)|airlifted|evacuated|transferred|flew|flown)\s+$/i;
/** Characters before a figure in which its verb of carrying stands. */
const CARRIER_REACH = 12;
/** Characters after a figure in which "of the wounded", "من عناصر" says whose share it counts. */
const OF_WHOM_REACH = 24;
/** The text right after a figure that may say whose share it counts ("ten of the guards", "nine of the dead"). */
const ofWhom = (q: Quantity, text: string): string => text.slice(q.span[1], q.span[1] + OF_WHOM_REACH);

/** "فيما", "بينما", "في حين", "while", "whereas": a clause that sets the other side's loss beside the first. */
const WHILE = /(?:^|[\s،,])(?:فيما|بينما|في حين|while|whereas)\s/i;
/**
 * «مقابل» right before a count of a side named («مقابل 19 من الفصائل», «في صفوف»): the other side's loss of
 * the same fight; before a bare count («مقابل 8 قتلى في الأسبوع الماضي») it is a figure only compared.
 */
const AGAINST = /(?:^|\s)(?:ب|في )?(?:ال)?مقابل\s+$/;
/** At most this many characters between the first side's figure and the other's. */
const WHILE_GAP = 120;

/**
 * "قتل فيها 7 حوثيين وجرح آخرون، فيما قتل اثنان من الجيش": the other side's dead of the same
 * fight, told in a "while" clause of the same sentence, add to the toll; a part of it ("بينهم") or a
 * count of the same noun (another incident's, most often) does not.
 */
function otherSideAfter(quantities: Quantity[], from: number, role: string, text: string): Quantity | null {
  const last = quantities[from];
  const against = (q: Quantity) =>
    q === quantities[from + 1] &&
    q.role === undefined &&
    partitive(q, text) &&
    AGAINST.test(text.slice(endOf(last), q.span[0]));
  const next = quantities.slice(from + 1).find((q) => (q.role === role || against(q)) && q.value !== null);
  if (!next || (next.noun !== undefined && next.noun === last.noun && !partitive(next, text))) return null;
  const gap = text.slice(endOf(last), next.span[0]);
  const setAgainst = AGAINST.test(gap) && partitive(next, text);
  const told =
    (WHILE.test(gap) || setAgainst) && gap.length <= WHILE_GAP && !/[.;؛]/.test(gap) && !SUBSET.test(gap);
  return told ? next : null;
}

const spansOf = (q: Quantity): Span[] => (q.nounSpan ? [q.span, q.nounSpan] : [q.span]);
/** Where a figure's words end: its noun span may lie before the number ("مصرع سبعة"). */
const endOf = (q: Quantity): number => Math.max(q.span[1], q.nounSpan?.[1] ?? 0);
/** Words that make the next figure a part of the first, not another side ("including 3 children"). */
const SUBSET = /\b(?:including|among|of them|of whom|out of)\b|بينهم|منهم|بينها/i;
/** "ثلاثة من العاملين": Arabic counts some of a group of people whose noun the lexicon may not know. */
const SOME_OF_AR = /^\s*من\s/;
/** "two of his sons", "three of their bodyguards": some of someone's kin or guards, people all. */
const SOME_KIN = new RegExp(String.raw`^\s+of\s+(?:his|her|their)\s+(?:${KIN}s|children|wives|men)\b`, 'i');
/**
 * "عشرة من الجنود إضافة إلى ثلاثة من العمال", "five soldiers in addition to two drivers": people added to
 * the figure before, not a part of it.
 */
const ADDED_TO = /(?:^|\s)(?:بال|ب)?[اإ]ضافة\s+(?:إلى|الى|ل)\s*$|\bin addition to\s*$/i;
/** At most this many characters between two figures of one toll. */
const SIDE_GAP = 60;

/** A comma and nothing else: the figures on either side are items of one list. */
const LIST_COMMA = /^\s*[,،]\s*$/;
/** "two porters, three soldiers, and six civilians": a comma before the list's last item, "and" with it. */
const LIST_LAST = /^\s*[,،]\s*(?:and|و)\s*$/;
/**
 * "Four cadets were injured as well as two passers-by", "killed one elder, Ali Omar, along with two of his
 * sons": people added to a count already told, after an aside naming those counted.
 */
const AS_WELL_AS =
  /^\s*(?:[a-z][\w-]*\s+){0,3}?(?:[a-z][\w-]*\s*)?(?:[,،]\s*[^,.;،]{2,60}[,،])?\s*[,،]?\s*(?:as well as|along with|together with)\s*$/i;
/**
 * "two police commandos and five civilians": a plural noun the lexicon does not know ends the first count's
 * phrase before "and", so the counted noun after it is the next item of the list.
 */
const NOUN_AND = /^\s*[a-z][\w-]*[a-z]s\s+and\s*$/;

/**
 * The next figure is another side's share of the same toll: same role or none, same noun (or both counts
 * of some of a side), "and" or a list comma between; or "others" of the same fate told as an addition.
 */
function perSide(prev: Quantity, next: Quantity, role: string, text: string): boolean {
  if (next.value === null || (next.role !== undefined && next.role !== role)) return false;
  const shares = partitive(prev, text) && partitive(next, text);
  const gap = text.slice(endOf(prev), next.span[0]);
  // "killing four doctors and one driver": a counted noun after "and" shares the fate of a figure whose
  // noun the language stage did not know.
  const named =
    next.noun !== undefined && (prev.noun === undefined || AS_WELL_AS.test(gap) || NOUN_AND.test(gap));
  // "in addition to", "along with" say outright that the people after them share the fate of those before.
  const added =
    (ADDED_TO.test(gap) || AS_WELL_AS.test(gap)) &&
    (next.noun !== undefined ||
      SOME_OF_AR.test(text.slice(next.span[1])) ||
      SOME_KIN.test(text.slice(next.span[1])));
  // "Shelling kills 7 children 4 women": a headline lists counted nouns with no commas between (not
  // "6 persons killed 41 others injured", "killing four civilians two residents said": a count with a
  // fate or a verb of its own opens the next clause).
  const bare =
    prev.noun !== undefined &&
    next.noun !== undefined &&
    next.role === undefined &&
    /^\s+$/.test(gap) &&
    !SAYING_NEXT.test(text.slice(endOf(next)));
  if (
    next.role === undefined &&
    !shares &&
    !named &&
    !added &&
    !bare &&
    (next.noun === undefined || next.noun !== prev.noun)
  )
    return false;
  const joined =
    /\band\b/i.test(gap) ||
    /(?:^|\s)و\s*$/.test(gap) ||
    text[next.span[0]] === 'و' ||
    LIST_COMMA.test(gap) ||
    (named && AS_WELL_AS.test(gap)) ||
    added ||
    bare ||
    (next.noun === 'others' && next.role === role && ADDITION.test(gap) && !/[.;؛]/.test(gap));
  return joined && gap.length <= SIDE_GAP && !SUBSET.test(gap) && !COUNTER_CLAIM.test(gap);
}

/**
 * "30 people were burnt alive, and officials claimed that only 9 were killed": a figure someone contests the
 * first with is another telling of the same dead, not another side's share ("and the army said 6 militants
 * were killed" may well be one).
 */
const COUNTER_CLAIM = /\b(?:claimed|claims|insisted|maintained|denied)\b|\bonly\s*$/i;

/**
 * "18 من مسلحي الحوثي وأربعة من عناصر المقاومة", "23 مسلحا من داعش و9 من البيشمركة", "ten of the guards",
 * «19 قتيلا في صفوف الفصائل»: a count of some of a named side, its noun between or not.
 */
const PARTITIVE = /^\s*(?:\S+\s+)?(?:من|في صفوف|of)\s/;
const partitive = (q: Quantity, text: string): boolean => PARTITIVE.test(ofWhom(q, text));

/** `before` is a counted noun with no fate of its own, listed by a comma (and "and") right before `first`. */
function listedBefore(before: Quantity, first: Quantity, text: string): boolean {
  if (before.role !== undefined || before.value === null || before.noun === undefined) return false;
  const gap = text.slice(endOf(before), first.span[0]);
  return LIST_COMMA.test(gap) || LIST_LAST.test(gap);
}
