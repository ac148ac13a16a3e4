// The English words of a casualty verb after a count: its fate, the adverbs and first verb before it, and
// the other fate that makes one number tell neither; and the killing a group is said to answer for.

/**
 * Adverbs that may stand between "was" and the casualty verb ("was fatally shot", "are reported to have been
 * injured"); a negation may not.
 */
export const ADVERBS = String.raw`(?:(?:reportedly|(?:reported|said|believed|feared|thought) to have been|reported|also|only|later|fatally|seriously|severely|critically|gravely|grievously|moderately|slightly|lightly|badly|mortally|allegedly|brutally|mercilessly|instantly|immediately|subsequently|all|both)\s+)*`;
export const KILLED_WORDS = String.raw`killed|(?:pronounced|declared|confirmed) dead|dead|died|slain|martyred|murdered|assassinated|executed|beheaded|decapitated|hanged|lynched|shot dead|shot and killed|shot to death|gunned down|fatally (?:shot|wounded|injured|stabbed)|(?:stabbed|hacked|beaten|burned|burnt|tortured|bludgeoned|clubbed|strangled|stoned|choked|crushed|kicked|trampled) to death|(?:found|discovered) (?:shot |stabbed |beaten )?(?:dead|slain|murdered)|found (?:shot|stabbed|beaten|hacked|burned|strangled) to death|found strangled`;
/**
 * Hurt, taken to hospital, blinded or maimed, or shot in a limb ("was shot twice in the leg"). Not
 * "fatally wounded", "stabbed to death", "wounded and later died" nor "stabbed and strangled to death":
 * those are deaths.
 */
export const INJURED_WORDS = String.raw`(?<!fatally |mortally )(?:wounded|injured|hurt|hospitali[sz]ed|blinded|maimed|stabbed(?! to death)|shot and (?:seriously |severely |critically |gravely |badly |slightly )?(?:wounded|injured)|shot(?: [a-z]+){0,2} in (?:the|both|one|his|her) (?:legs?|arms?|hands?|foot|feet|knees?|thighs?|shoulders?|ankles?))(?!\s+and\s+(?:later\s+)?(?:died|succumbed|[a-z]+ to death))`;
/**
 * "suffered minor injuries", "sustained serious shrapnel wounds", "received burns": hurt told as injuries
 * suffered, with up to two words that describe them (not "received no injuries").
 */
export const SUFFERED_INJURIES = String.raw`(?:suffered|sustained|received)\s+(?:(?!(?:no|any)\b)[a-z-]+\s+){0,2}(?:injuries|wounds|burns)`;
/**
 * "was kidnapped and", "was taken from his car … and": a first verb before the casualty verb it joins; not
 * a fate joined to the other ("were killed and wounded" is one number for two fates; "was wounded and
 * died" is a death).
 */
export const FIRST_VERB = String.raw`(?:(?!(?:killed|wounded|injured)\s+(?:and|or)\s+(?:killed|wounded|injured|hurt)\b)(?:[a-z]+(?:ed|en)|shot(?: at)?)\b[^.;,]{0,60}?\band\s+(?:then\s+|later\s+)?)?`;

/**
 * "48 were killed and wounded", "37 Killed or Injured": one number for two fates tells neither toll (the
 * text's own split, if it gives one, is read from its own numbers).
 */
export const NOT_BOTH = String.raw`(?!\s+(?:[Aa]nd|[Oo]r|&)\s+${ADVERBS}(?:[Kk]illed|[Dd]ead|[Dd]ied|[Ww]ounded|[Ii]njured|[Hh]urt)\b)`;
/**
 * "claimed responsibility for the murder of", "is suspected in the killing of": the death the group answers
 * for is the incident told, its victims the objects after it (one blamed on another is often an older one).
 */
export const CLAIMED_KILLING = String.raw`(?:responsibility|credit|suspected)\b[^.;]{0,40}?\b(?:for|in) the (?:murder|killing|assassination|slaying) of`;
