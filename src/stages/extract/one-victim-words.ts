// Wordings that tell one person dead or hurt without a casualty verb on a count: a body found, "died",
// a death named by a noun, injuries suffered. `tollFromWords` reads them.

/** "The body of a police officer was found", "the mayor's dead body was found": one dead. */
export const ONE_BODY =
  /\b(?:(?:body of (?:a|an|the|[A-Z])[^.]{0,100}?\bwas|(?:[Hh](?:is|er)|[\w-]+['’]s)(?: dead)? body was(?: later)?|(?:[Aa]n?|[Oo]ne) (?:[a-z-]+ )?(?:body|corpse) was) (?:found|discovered|recovered)|(?:found|recovered|discovered|retrieved) (?:the|his|her) (?:[a-z-]+ )?(?:body|corpse)(?! (?:armou?r|parts))|(?:discovery|recovery) of the\s+(?:dead )?body of (?:a|an|the|[A-Z]))\b/;
/**
 * "An off-duty policeman died", "One of her servants died", "He later died", "Ali Hassan Omar, a
 * journalist, died": one person's death.
 */
export const ONE_DIED =
  /\b(?:(?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+, [^,.;]{2,100},|(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[\w-]+\s+){0,3}?[\w-]+(?<!s|men|people)|[Oo]ne of (?:the|his|her|their)\s+[\w-]+|[Hh]e|[Ss]he)\s+(?:later\s+|subsequently\s+|also\s+)?(?:died|succumbed)\b/;
/** "his assassination on Monday", "her murder": one person's death named by a noun. */
export const HIS_DEATH =
  /\b(?:[Hh]is|[Hh]er)\s+(?:assassination|murder|killing|execution|beheading)\b|(?<!(?:response to|revenge for|retaliation for|avenge) )\bthe death of (?:a|an|the|one) [a-z]+/;
/** "The party leader suffered minor injuries", "One guard sustained burns": one person hurt. */
export const ONE_SUFFERED =
  /\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er) (?:[a-z][\w-]* ){0,2}[a-z][\w-]*(?<!s|men) (?:only |also )?(?:suffered|sustained|received)\s+(?:[a-z]+\s+)?(?:injuries|wounds|burns)\b/;
