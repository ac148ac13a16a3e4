/**
 * Words that open the battle someone was killed in: "killed in clashes", «قتل 31 متمردا في معارك», «خلال
 * اشتباكات». Read by the extract stage (a battle told with its dead is a frame of its own) and the resolve
 * stage (it never merges into another kind of act of its sentence), so it lives here rather than in either.
 * It matches one word, folded or as written (اثناء/أثناء).
 *
 * @example IN_BATTLE.test('في') === true
 */
export const IN_BATTLE = /^(?:in|during|amid|في|خلال|[اأ]ثناء|جراء|[اإ]ثر)$/i;
