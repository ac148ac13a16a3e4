/** Words that name who tells a toll: "another monitoring group" is a second source, not a second victim. */
const SOURCE_NOUN = String.raw`(?:group|monitor|source|organi[sz]ation|official|observatory|committee|agency|network|outlet|activist|spokesman|report)s?`;

/**
 * Words that tell a toll as an addition to one told before: "His driver was also killed", "Another officer
 * was injured", "كما قتل أربعة آخرون", "قتل أيضا". Read by the extract stage (tolls) and the resolve stage
 * (merging a follow-up into its incident), so it lives here rather than in either. A second source's count
 * of the same dead ("The LCC, another activist group, said 11 were killed", "The monitor also said 11 died")
 * is an alternative to the first, never an addition.
 *
 * @example ADDITION.test('His driver was also killed.') === true
 */
export const ADDITION = new RegExp(
  String.raw`\b(?:also(?!\s+(?:said|says|reported|reports|put|gave|told|cited)\b)|another(?!\s+(?:\w+\s+){0,2}${SOURCE_NOUN}\b)|as well|too|in addition)\b` +
    String.raw`|(?:^|[\s،,])[وف]?(?:كما|أيضا|ايضا|أيضاً|ايضاً|كذلك)(?=$|[\s.،,])`,
  'i',
);
