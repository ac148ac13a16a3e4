import type { CountRef, Quantity } from '../../core/records.js';
import type { Span } from '../../core/span.js';

type TollRole = 'killed' | 'injured';

/** Adverbs that may stand between "was" and the casualty verb ("was fatally shot"); a negation may not. */
const ADVERBS = String.raw`(?:(?:reportedly|reported|also|later|fatally|seriously|severely|critically|slightly|lightly|badly|mortally|allegedly|all|both)\s+)*`;
const KILLED_WORDS = String.raw`killed|dead|died|slain|murdered|assassinated|executed|beheaded|shot dead|shot and killed|shot to death|gunned down|fatally (?:shot|wounded|injured|stabbed)|stabbed to death|hacked to death|found dead`;
const INJURED_WORDS = String.raw`wounded|injured|hurt|shot and (?:seriously |severely |slightly )?(?:wounded|injured)`;

/** "Five Israelis were killed", "3 policemen later died": the casualty words right after a count's noun. */
const AFTER_COUNT: Record<TollRole, RegExp> = {
  killed: new RegExp(
    String.raw`^\s*(?:[\w'-]+\s+){0,4}?(?:(?:were|was|had been|have been|are)\s+${ADVERBS}(?:${KILLED_WORDS})|${ADVERBS}died)\b`,
    'i',
  ),
  injured: new RegExp(
    String.raw`^\s*(?:[\w'-]+\s+){0,4}?(?:were|was|had been|have been|are)\s+${ADVERBS}(?:${INJURED_WORDS})\b`,
    'i',
  ),
};

/** "A policeman was shot dead", "the mayor was wounded": one person's fate told without a number. */
const ONE_VICTIM: Record<TollRole, RegExp> = {
  killed: new RegExp(String.raw`\b(?:was|has been|had been)\s+${ADVERBS}(?:${KILLED_WORDS})\b`, 'i'),
  injured: new RegExp(String.raw`\b(?:was|has been|had been)\s+${ADVERBS}(?:${INJURED_WORDS})\b`, 'i'),
};

/** "a policeman", "him", "Juan Perez": one person as the object of a casualty verb. */
const ONE_OBJECT = String.raw`(?:(?:him|her|another|the other)\b|(?:his|her) (?:wife|husband|son|daughter|driver|bodyguard|guard|brother|sister|companion)\b|(?:a|an|one)\s+(?!(?:number|group|few|series|total|couple|dozen|family|crowd|bus|car)\b)[A-Za-z]|the\s+(?!(?:two|three|four|five|six|seven|eight|nine|ten|\d+|number|group|people|police|family|crowd|residents|passengers|other|others)\b)[a-z]+(?<!s)\b|[A-Z][a-z]+\s+(?:[A-Z][a-z.]*\s+)*(?:[a-z]{1,3}[- ])?[A-Z][a-z]+)`;
/** "killed a policeman", "shot him dead", "wounding Juan Perez": one person killed or hurt. */
const ACTIVE_ONE: Record<TollRole, RegExp> = {
  killed: new RegExp(
    String.raw`\b(?:(?:shot|stabbed|beat|hacked) (?:him|her) (?:to death|dead)|(?:killed|killing|murdered|murdering|assassinated|gunned down|shot dead|shot and killed)\s+${ONE_OBJECT})`,
  ),
  injured: new RegExp(
    String.raw`\b(?:(?:wounded|wounding|injured|injuring)\s+${ONE_OBJECT}|(?:and|while) (?:another|a (?:second|third|fourth|fifth))(?: \w+)?(?: was)? (?:wounded|injured|hurt))`,
  ),
};
/** A kin or guard named with the one killed: "… and his driver". */
const AND_ONE_MORE =
  /^[^.;]{0,80}?\band (?:his|her) (?:wife|husband|son|daughter|driver|bodyguard|guard|brother|sister|father|mother|nephew|companion)\b/;
/** "The body of a police officer was found": one dead. */
const ONE_BODY = /\bbody of (?:a|an|the|[A-Z])[^.]{0,100}?\bwas (?:found|discovered|recovered)\b/;
/** "it is unknown if anyone was killed", "neither man was injured": no victim is told. */
const NO_SUBJECT = /\b(?:anyone|anybody|no one|nobody|none|neither|nor|if|whether)(?:\s+\w+)?\s+$/i;

/** "no one was hurt", "causing no injuries", "without casualties": a toll of none. */
const NONE_HURT = String.raw`no(?: one|body)? (?:was|were) (?:hurt|injured|wounded)|nobody was (?:hurt|injured)|no (?:injuries|casualties)|(?:injuring|wounding|hurting) no ?one|without (?:causing )?(?:any )?(?:injuries|casualties)`;
const NO_VICTIM: Record<TollRole, RegExp> = {
  killed: new RegExp(
    String.raw`\b(?:${NONE_HURT}|no(?: one|body)? (?:was|were) killed|no (?:deaths|fatalities)|killing no ?one)\b`,
    'i',
  ),
  injured: new RegExp(String.raw`\b(?:${NONE_HURT})\b`, 'i'),
};

/**
 * The quantities with a casualty role read from the words after them where the quantities stage gave
 * none ("Four police personnel were killed when …"); quantities with a role are kept as they are.
 *
 * @example withTollRoles([{ span: [0, 4], value: 4, qualifier: 'exact' }], 'Four men were killed')[0].role // 'killed'
 */
export function withTollRoles(quantities: readonly Quantity[], text: string): Quantity[] {
  return quantities.map((q) => {
    if (q.role !== undefined || q.value === null) return q;
    const end = (q.nounSpan ?? q.span)[1];
    const after = text.slice(end, end + 80);
    const role = (['killed', 'injured'] as const).find((r) => AFTER_COUNT[r].test(after));
    return role ? { ...q, role } : q;
  });
}

/**
 * A toll the clause tells in words, not numbers: none ("no one was hurt"), one ("was assassinated", "was
 * seriously injured", "killed a guard") or two ("killed the mayor and his driver").
 *
 * @example tollFromWords('An official was shot dead in Mosul.', [0, 35], 'killed')?.value // 1
 */
export function tollFromWords(text: string, window: Span, role: TollRole): CountRef | null {
  const clause = text.slice(window[0], window[1]);
  const none = NO_VICTIM[role].exec(clause);
  if (none) {
    const at = window[0] + none.index;
    return { value: 0, qualifier: 'exact', spans: [[at, at + none[0].length]] };
  }
  const passive = ONE_VICTIM[role].exec(clause);
  const told = passive && !NO_SUBJECT.test(clause.slice(Math.max(0, passive.index - 24), passive.index));
  const m = told
    ? passive
    : (ACTIVE_ONE[role].exec(clause) ?? (role === 'killed' ? ONE_BODY.exec(clause) : null));
  if (!m) return null;
  const start = window[0] + m.index;
  const more = m !== passive && AND_ONE_MORE.test(clause.slice(m.index + m[0].length)) ? 1 : 0;
  return { value: 1 + more, qualifier: 'exact', spans: [[start, start + m[0].length]] };
}
