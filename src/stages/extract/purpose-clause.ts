/**
 * Clauses of purpose and reprisal: an act only intended ("… بغية اقتحام المدينة وتنفيذ مجازر بحق الأبرياء") or
 * avenged ("… ردا على هجوم شنه التنظيم ضد قوات الأمن").
 */
import { mainTrigger, type Frame } from './frame-builder.js';

/**
 * Words that open a clause of purpose ("in order to", "with the aim of", "to commit") or of reprisal ("in
 * retaliation for", «انتقاما لمقتل», «ردا على هجوم»): the act they name is another one, with sides of its own.
 */
const PURPOSE =
  /^(?:[وف]?(?:بغيه|بهدف|لغرض|سعيا|لتنفيذ|لارتكاب|انتقاما|ردا|ثارا)|retaliation|revenge|reprisal|avenge)$/;

/**
 * "اشتباكات عنيفة عقب تقدم الحوثيين … بغية اقتحام مدينة الضالع وتنفيذ مجازر بحق الأبرياء": the frame up
 * to a word of purpose after its act. The sides named after it belong to what was intended (or avenged), not
 * to the act.
 *
 * @example beforePurpose(frame).to // the token of "بغية"
 */
export function beforePurpose(frame: Frame): Frame {
  const tokens = frame.view.tokens;
  for (let at = mainTrigger(frame).end; at < frame.to; at++) {
    if (PURPOSE.test(tokens[at].norm))
      return { ...frame, to: at, triggers: frame.triggers.filter((t) => t.start < at) };
  }
  return frame;
}
