// The incident an "after" names: «إثر الهجوم الانتحاري في سوروتش», "after the deadly bombing in X".
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/** Words that open a clause telling what came before: "after", «بعد», «عقب», «إثر». */
const AFTER = /^(?:after|following|[وف]?(?:بعد|عقب|اثر|باثر))$/;

/** Words that may stand between "after" and the incident it names: "after a deadly bombing". */
const AFTER_FILLER = /^(?:a|an|the|this|its|their|deadly|recent|latest|last|twin|double)$/;

/**
 * Where the "after" that names `trigger` as what came before stands ("struck the camps after the suicide
 * bombing", «استهدفت المواقع إثر الهجوم الانتحاري»), or -1. The words before it tell what followed that
 * incident, whose sides are not the incident's own.
 *
 * @example afterIncidentOpening(view, bombing) // the index of "after" in "jets hit the camps after the bombing"
 */
export function afterIncidentOpening(view: SentenceView, trigger: PhraseHit): number {
  let k = trigger.start - 1;
  while (k >= 0 && AFTER_FILLER.test(view.tokens[k].norm)) k--;
  return k >= 0 && AFTER.test(view.tokens[k].norm) ? k : -1;
}
