import type { TollRole } from './toll-words.js';

// The words that tell a toll of none, and the exception that undoes it ("no casualties other than the bomber").

/** "no one was hurt", "causing no injuries", "without casualties": a toll of none. */
const NONE_HURT = String.raw`no(?: one|body)? (?:was|were) (?:hurt|injured|wounded)|nobody was (?:hurt|injured)|no (?:(?:police|civilian|military|human|other|further) )?(?:injuries|casualties)|(?:injuring|wounding|hurting) no ?one|without (?:causing )?(?:any )?(?:injuries|casualties)`;
/** "… other than the bomber": the none has an exception. */
export const EXCEPT = /^[^.;]{0,40}?\b(?:other than|except|apart from|besides)\b/i;
/** A toll of none, for each role: "no one was killed", "no injuries". */
export const NO_VICTIM: Record<TollRole, RegExp> = {
  killed: new RegExp(
    String.raw`\b(?:${NONE_HURT}|no(?: one|body)? (?:was|were) killed|no (?:deaths|fatalities)|kill(?:ing|ed) no ?one)\b`,
    'i',
  ),
  injured: new RegExp(String.raw`\b(?:${NONE_HURT})\b`, 'i'),
};
