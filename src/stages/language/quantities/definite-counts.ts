import type { Quantity } from '../../../core/records.js';
import { COUNTED_NOUNS, ROLE_AFTER, ROLE_BEFORE, type Role } from './casualty-lexicon.js';
import { PhraseTable } from './phrase-table.js';
import { quantityOf } from '../../../core/quantity-shape.js';
import { foldedLexicon, type Lexeme } from './word-lexer.js';

// Arabic counts a definite noun carries: a number agreeing with it as its adjective ("الجنود الثلاثة"), or
// one person a relative clause tells the fate of ("الجندي … الذي استشهد"). Folded forms throughout.

/**
 * Definite cardinals that follow their noun as adjectives: "الثلاثة", "الأربع". From three up: "الاثنين"
 * is Monday far more often than "the two".
 */
const DEFINITE_UNITS = foldedLexicon<number>(
  (
    [
      [['الثلاثة', 'الثلاث'], 3],
      [['الأربعة', 'الأربع'], 4],
      [['الخمسة', 'الخمس'], 5],
      [['الستة', 'الست'], 6],
      [['السبعة', 'السبع'], 7],
      [['الثمانية', 'الثماني'], 8],
      [['التسعة', 'التسع'], 9],
      [['العشرة', 'العشر'], 10],
    ] as const
  ).flatMap(([forms, value]) => forms.map((f) => [f, value] as const)),
);

/** Relative pronouns whose clause tells the fate of the noun before them. */
const PLURAL_RELATIVES = new Set(['الذين', 'اللذين', 'اللذان', 'اللواتي', 'اللاتي', 'اللتين', 'اللتان']);

/**
 * "الذي استشهد", "التي قتلت", "الذي لقي حتفه": a singular relative clause of being killed or hurt. Only
 * passives or intransitives read the same either way; "الذي قتل" (who was killed / who killed) is kept
 * only when no count or counted noun follows as its object (`relativeSingleAt`).
 */
const SINGLE_FATE = new PhraseTable<Role>([
  ...['الذي', 'التي'].flatMap((who) =>
    [
      ['استشهد', 'killed'],
      ['استشهدت', 'killed'],
      ['قتل', 'killed'],
      ['قتلت', 'killed'],
      ['اغتيل', 'killed'],
      ['اغتيلت', 'killed'],
      ['لقي حتفه', 'killed'],
      ['لقيت حتفها', 'killed'],
      ['لقي مصرعه', 'killed'],
      ['لقيت مصرعها', 'killed'],
      ['أصيب', 'injured'],
      ['أصيبت', 'injured'],
      ['جرح', 'injured'],
    ].map(([verb, role]) => [`${who} ${verb}`, role as Role] as const),
  ),
]);

/** Plain words a victim's name and titles may run over between the noun and its relative clause. */
const NAME_REACH = 6;

const definite = (l: Lexeme) => l.forms.some((f) => f.startsWith('ال'));
const sameSentence = (lex: readonly Lexeme[], a: number, b: number) =>
  b < lex.length && lex[b].sentence === lex[a].sentence;

/**
 * "مقتل الجنود الثلاثة", "شهداء الكتيبة الأربعة الذين سقطوا": a plural counted noun (definite, or
 * construct before one definite word) whose definite cardinal follows it as an adjective. The fate comes
 * from the noun ("القتلى", "الشهداء"), a casualty word before it, or a verb after the number (behind a
 * relative pronoun); with none the number counts no victims and is left alone ("الدول الثلاث").
 */
function definiteCountAt(lex: readonly Lexeme[], i: number): { quantity: Quantity; next: number } | null {
  if (lex[i].kind !== 'word' || !COUNTED_NOUNS.mayStartAt(lex, i)) return null;
  const noun = COUNTED_NOUNS.matchAt(lex, i);
  if (!noun || noun.value.one) return null;
  let at = i + noun.length;
  // "شهداء الكتيبة الأربعة": one definite word in the genitive may stand between the noun and its number.
  if (!definite(lex[i]) && sameSentence(lex, i, at) && lex[at].kind === 'word' && definite(lex[at])) at++;
  if (!sameSentence(lex, i, at) || lex[at].kind !== 'word') return null;
  const value = DEFINITE_UNITS.get(lex[at].norm.replace(/^[وف]/, ''));
  if (value === undefined || !(definite(lex[i]) || at > i + noun.length)) return null;
  const next = at + 1;
  const relative = sameSentence(lex, i, next) && PLURAL_RELATIVES.has(lex[next].norm) ? 1 : 0;
  const after = sameSentence(lex, i, next + relative) ? ROLE_AFTER.matchAt(lex, next + relative) : null;
  const before = ROLE_BEFORE.matchBefore(lex, i);
  const role = noun.value.role ?? before?.value ?? after?.value;
  if (!role) return null;
  const from = !noun.value.role && before && !after ? before.start : i;
  const to = after ? next + relative + after.length : next;
  return {
    quantity: quantityOf({
      span: [lex[i].start, lex[at].end],
      value,
      qualifier: 'exact',
      role,
      noun: noun.value.noun,
      nounSpan: [lex[from].start, lex[to - 1].end],
    }),
    next,
  };
}

/**
 * "أسرة الجندي سعيد بن علي الذي استشهد أمس": a definite singular counted noun, the victim's name, then a
 * singular relative clause of being killed or hurt is one victim of that fate. Not when a count follows
 * the verb: "المسلح الذي قتل 5 أشخاص" is the one who killed.
 */
function relativeSingleAt(lex: readonly Lexeme[], i: number): { quantity: Quantity; next: number } | null {
  if (lex[i].kind !== 'word' || !definite(lex[i]) || !COUNTED_NOUNS.mayStartAt(lex, i)) return null;
  const noun = COUNTED_NOUNS.matchAt(lex, i);
  if (!noun?.value.one) return null;
  for (let k = i + noun.length; k <= i + noun.length + NAME_REACH && sameSentence(lex, i, k); k++) {
    const fate = SINGLE_FATE.matchAt(lex, k);
    if (fate) {
      const end = k + fate.length;
      const object =
        sameSentence(lex, i, end) && (lex[end].kind === 'number' || COUNTED_NOUNS.matchAt(lex, end));
      if (object) return null;
      return {
        quantity: quantityOf({
          span: [lex[i].start, lex[i + noun.length - 1].end],
          value: 1,
          qualifier: 'exact',
          role: fate.value,
          noun: noun.value.noun,
          nounSpan: [lex[i].start, lex[end - 1].end],
        }),
        next: end,
      };
    }
    if (lex[k].kind !== 'word' || COUNTED_NOUNS.matchAt(lex, k)) return null;
  }
  return null;
}

/** The counts this module read: a definite telling, not the first one of its people. */
const READ_HERE = new WeakSet<Quantity>();

/**
 * The count a definite noun carries at lexeme `i` (see `definiteCountAt`, `relativeSingleAt`). The article
 * names people already known: the same number of the same fate told before without it ("وأصيب ثلاثة" …
 * "نقل المصابين الثلاثة") is that count again, not more victims, and is left out.
 *
 * @example definiteCount(lexSentences('مقتل الجنود الثلاثة', s), 1, [])?.quantity.value // 3
 */
export function definiteCount(
  lex: readonly Lexeme[],
  i: number,
  told: readonly Quantity[],
): { quantity: Quantity; next: number } | null {
  const found = relativeSingleAt(lex, i) ?? definiteCountAt(lex, i);
  if (!found) return null;
  const { role, value } = found.quantity;
  // Two definite tellings of one number ("شهداء الكتيبة الأربعة" twice) both name people known elsewhere.
  if (told.some((q) => q.role === role && q.value === value && !READ_HERE.has(q))) return null;
  READ_HERE.add(found.quantity);
  return found;
}
