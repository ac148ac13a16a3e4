/**
 * Clauses of purpose, reprisal, charge and campaign: an act only intended ("… بغية اقتحام المدينة وتنفيذ مجازر
 * بحق الأبرياء"), avenged ("… ردا على هجوم شنه التنظيم ضد قوات الأمن") or told as part of a wider struggle.
 */
import { wordSet } from '../../core/text/word-set.js';
import { mainTrigger, type Frame } from './frame-builder.js';
import { reframed } from './frame-window.js';

/**
 * Words that open a clause of purpose ("in order to", "with the aim of", "to commit"), of reprisal ("in
 * retaliation for", «انتقاما لمقتل», «ردا على هجوم»), of the charge the act punished («بتهمة التعاون مع …»)
 * or of the campaign it belongs to ("as part of their campaign against …", «في إطار حملتهم ضد …»): the act
 * or the struggle they name is another one, with sides of its own.
 */
const PURPOSE = new Set([
  ...wordSet(
    'بغيه بهدف لغرض سعيا لتنفيذ لارتكاب انتقاما ردا ثارا بتهمه لاتهامه لاتهامهم بحجه بذريعه اطار',
    'و ف',
  ),
  ...wordSet('retaliation revenge reprisal avenge part accused accusing'),
]);

/** «ضمن عملياتهم ضد …», «ضمن حملة»: "within" a campaign, not "among" («ضمن القتلى»). */
const WITHIN = wordSet('ضمن', 'و ف');
const CAMPAIGN = /^(?:حمل|عمليات|سلسل|اطار|جهود)/;

/**
 * "معارك عنيفة بعد تقدم الحوثيين … بهدف دخول المدينة والانتقام من سكانها": the frame up
 * to a word of purpose after its act. The sides named after it belong to what was intended (or avenged), not
 * to the act.
 *
 * @example beforePurpose(frame).to // the token of "بغية"
 */
export function beforePurpose(frame: Frame): Frame {
  const tokens = frame.view.tokens;
  for (let at = mainTrigger(frame).end; at < frame.to; at++) {
    const within = WITHIN.has(tokens[at].norm) && CAMPAIGN.test(tokens[at + 1]?.norm ?? '');
    if (!PURPOSE.has(tokens[at].norm) && !within) continue;
    const intending = frame.triggers.filter((t) => t.start < at);
    return reframed(frame, frame.from, at, intending);
  }
  return frame;
}
