/**
 * Words that tell a toll as an addition to one told before: "His driver was also killed", "Another officer
 * was injured", "كما قتل أربعة آخرون", "قتل أيضا". Read by the extract stage (tolls) and the resolve stage
 * (merging a follow-up into its incident), so it lives here rather than in either.
 *
 * @example ADDITION.test('His driver was also killed.') === true
 */
export const ADDITION =
  /\b(?:also|another|as well|too|in addition)\b|(?:^|[\s،,])[وف]?(?:كما|أيضا|ايضا|أيضاً|ايضاً|كذلك)(?=$|[\s.،,])/i;
