/**
 * Words after which a side or a weapon backs the act rather than doing it: "backed by jets", «بدعم من
 * الطيران», «مدعومة بغارات جوية من التحالف». The typer and the role finder both read them.
 */
import { oncePer } from '../../core/once-per.js';
import { packedMap } from '../../core/packed-map.js';
import { wordSet } from '../../core/text/word-set.js';
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/**
 * Arabic words after which a side backs the one that acts: "مدعومة بغارات جوية من التحالف", "بإسناد من
 * الطيران". English says so with the cues tagged 'support' ("backed by", "with the support of").
 */
const SUPPORT = wordSet(
  'مدعوم مدعومه مدعوما مدعومين مدعومون مدعومتين بدعم باسناد بمسانده مسنوده مسنودا',
  'و ف',
);

/**
 * The token ranges of a sentence's words of support: English 'support' cues and the Arabic words above.
 * Read once per sentence view (see `oncePer`): the typer and the role finder ask of every frame.
 */
export const supportWords = oncePer(sentenceSupportWords);

function sentenceSupportWords(view: SentenceView): readonly { start: number; end: number }[] {
  const out = packedMap(
    view.cues.filter((c) => c.phrase.tag === 'support'),
    (c) => ({ start: c.start, end: c.end }),
  );
  view.tokens.forEach((t, i) => {
    if (SUPPORT.has(t.norm)) out.push({ start: i, end: i + 1 });
  });
  return out;
}

/** An English past form in -ed ("shelled"). */
const PAST_ED = /^[a-z]+ed$/i;

/**
 * "forces backed by Russian jets shelled the town": the supported side's own verb is its act, not support.
 *
 * @example isPastVerb(view, hit) // true for the "shelled" of "forces backed by jets shelled the town"
 */
export function isPastVerb(view: SentenceView, trigger: PhraseHit): boolean {
  return trigger.phrase.lang === 'en' && PAST_ED.test(view.tokens[trigger.start].norm);
}
