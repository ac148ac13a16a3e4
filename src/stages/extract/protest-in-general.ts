import type { Frame } from './frame-builder.js';

/** «التظاهر», «للتظاهر», «بالتظاهر»: the verbal noun of demonstrating with its article (folded). */
const DEMONSTRATING = /^[وف]?(?:[بل]?ال|لل)تظاهر$/;
/**
 * «خرج», «نزلوا», «احتشد», «دفع»: verbs of a crowd going out or being moved, and the crowd counted («المئات»),
 * which «للتظاهر» after them is the aim of (folded).
 */
const CROWD_MOVED =
  /^[وف]?(?:(?:خرج|نزل|احتشد|تجمع|توجه|زحف|سار|دفع|حشد)(?:وا|ت|ن)?|(?:ال)?(?:ميات|الاف|عشرات))$/;
/** Tokens between such a word and «للتظاهر»: «خرج المئات من أهالي المدينة للتظاهر». */
const CROWD_REACH = 5;

/**
 * «التظاهر السلمي حق مشروع», «التحريض على التظاهر», «لديهم أسبابهم للتظاهر»: a protest frame told only by the
 * verbal noun of demonstrating names the act in general — a right, a charge, a reason — not one protest, which
 * is told by its verb («تظاهر المئات»), its noun («نظموا تظاهرة») or as the aim of a crowd going out or moved
 * («خرج المئات للتظاهر», «دفع المئات للتظاهر»). Asked of frames with no day of their own.
 *
 * @example protestInGeneral(frame) // true for «وأكد الوزير أن التظاهر السلمي حق يكفله الدستور»
 */
export function protestInGeneral(frame: Frame): boolean {
  const tokens = frame.view.tokens;
  const crowdMoved = (at: number) =>
    tokens.slice(Math.max(0, at - CROWD_REACH), at).some((w) => CROWD_MOVED.test(w.norm));
  return (
    frame.family === 'protest' &&
    frame.triggers.every((t) => DEMONSTRATING.test(tokens[t.start].norm) && !crowdMoved(t.start))
  );
}
