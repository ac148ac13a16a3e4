/**
 * Arabic nouns of detention («اعتقال», «احتجاز», «توقيف», «القبض») read in a sense that reports no arrest:
 * the aim of an act, a place or a term of custody, a warrant.
 */
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/** Tags whose Arabic triggers are nouns of taking someone into custody. */
const DETAINING = new Set(['Arrests', 'Abduction/forced disappearance']);
/**
 * Verbs a lam-noun completes as what befell someone, not what was aimed at: «تعرض للاعتقال» (was
 * subjected to arrest), «أدى لاعتقال خمسة» (led to five arrests). Folded, with «و»/«ف»/«ما».
 */
const BEFELL = /^[وف]?(?:ما)?(?:تعرض|تعرضت|تعرضوا|يتعرض|تتعرض|يتعرضون|ادي|ادت|ادوا|يودي|تودي|افضي|افضت)$/;
/** Tokens before the lam-noun within which its verb of befalling stands («تعرض قائد في الحركة أمس للخطف»). */
const BEFELL_REACH = 12;
/**
 * Nouns of which a detention noun is the complement and which name its place, term, conditions or order
 * («مكان احتجازهم», «مراكز الاعتقال», «مدة توقيفه», «أوامر اعتقال»). Folded, with clitics and «ال».
 */
const CUSTODY_HEAD =
  /^[وفب]?(?:ال)?(?:مكان|اماكن|موقع|مواقع|مركز|مراكز|معسكر|معسكرات|مرافق|ظروف|فتره|مده|امر|اوامر|مذكره|مذكرات)$/;

/**
 * «أرسلت الشرطة دورية لاعتقاله», «مخيمات لاحتجازهم لسنوات», «نُقل من مكان احتجازه», «أصدرت أوامر
 * اعتقال»: a detention noun after the lam of purpose tells what was meant to happen, and one that completes
 * a noun of place, term or order tells where or how long someone is held, or that he is sought; none is an
 * arrest the sentence reports. «تعرض للاعتقال» (was subjected to arrest) still is one.
 *
 * @example tellsNoDetention(view, trigger) // true for the trigger of «أرسلت الشرطة دورية لاعتقاله»
 */
export function tellsNoDetention(view: SentenceView, trigger: PhraseHit): boolean {
  if (trigger.phrase.lang !== 'ar' || !DETAINING.has(trigger.phrase.tag)) return false;
  if (trigger.phrase.pos === 'verb') return false;
  const before = view.tokens[trigger.start - 1]?.norm ?? '';
  if (CUSTODY_HEAD.test(before)) return true;
  const lam = /^[وف]?ل/.test(view.tokens[trigger.start].norm) && !trigger.phrase.words[0].startsWith('ل');
  const befell = view.tokens.slice(Math.max(0, trigger.start - BEFELL_REACH), trigger.start);
  return lam && !befell.some((t) => BEFELL.test(t.norm));
}
