import { isPoliceId } from '../../core/forces-id.js';
import type { Roles } from './actor-roles.js';
import type { Frame } from './frame-builder.js';
import { tokenAt } from './sentence-view.js';

/** Words of a blow that names no weapon and no fight: "attacked", "targeted", "struck", «استهدف». */
const BLOW =
  /^(?:attack|attacks|attacked|targeted|targeting|struck|strike|strikes|hit|[وف]?(?:استهدف|استهدفت|هاجم|هاجمت))$/;
/** The words of men on the ground as the doer ("Ruritanian troops attacked"): they may well have fought. */
const GROUND_DOER =
  /^(?:troops|soldiers|forces|commandos|infantry|patrol|patrols|units?|جنود|قوات|وحدات|دوري[ةه])$/;
/** How many tokens from its first word the doer's name may run: "Ruritanian army special forces". */
const DOER_WORDS = 4;

/**
 * "A Ruritanian attack on a training camp across the border killed three militiamen", "the Ruritanian army said
 * it struck an army post inside Kessa": a state's military striking, by a bare blow word, the armed men of
 * another state across a border strikes from afar, with missiles, shells or aircraft — no battle. Its troops
 * named as the doer may have fought on the ground, and fire exchanged ("opened fire", "clashed") is a clash.
 *
 * @example strikeFromAfar(frame, roles) // true for "A Ruritanian attack on a Kessan camp killed three fighters"
 */
export function strikeFromAfar(frame: Frame, roles: Roles): boolean {
  const [doer, target] = [roles.actor1, roles.actor2];
  if (target?.side !== 'forces' && target?.side !== 'group') return false;
  const tokens = frame.view.tokens;
  const blow = (t: Frame['triggers'][number]) => t.end - t.start === 1 && BLOW.test(tokens[t.start].norm);
  // "an attack on a camp killed three": what the blow did is told by a killing word.
  if (!frame.triggers.some(blow) || !frame.triggers.every((t) => blow(t) || t.phrase.tag === '@kill'))
    return false;
  if (!doer) return stateStruck(frame, target.country);
  if (doer.side !== 'forces' || !doer.country || !target.country || doer.country === target.country)
    return false;
  if (isPoliceId(doer.ref.entity_id ?? '') || /^Police /.test(doer.ref.name)) return false;
  // "A Ruritanian attack", "Kessa's army": a state told by its name or nationality, not a group whose own name
  // holds "Army" and whose letters a state's forces share.
  if (!toldByState(frame, doer.at)) return false;
  // The doer's words run up to the blow or the target told after them, whichever comes first.
  const after = [...frame.triggers.map((t) => t.start), target.at].filter((at) => at > doer.at);
  const end = Math.min(tokens.length, doer.at + DOER_WORDS, ...after);
  for (let at = doer.at; at < end; at++) if (GROUND_DOER.test(tokens[at].norm)) return false;
  return true;
}

/** Words between a state named as the doer and its blow: "Ruritania had struck", "Ruritania also hit". */
const AUXILIARY = /^(?:had|has|have|also|then|later)$/;

/**
 * "Ruritania had struck a Kessan army post": a state named by its country as the subject of the blow, another
 * state than the one the target belongs to (`targetCountry`), is its military striking across the border.
 */
function stateStruck(frame: Frame, targetCountry: string | null): boolean {
  const view = frame.view;
  const first = frame.triggers[0].start;
  let at = first - 1;
  while (at >= 0 && AUXILIARY.test(view.tokens[at].norm)) at--;
  if (at < 0 || !targetCountry) return false;
  return view.mentions.some(
    (m) =>
      m.kind === 'country' &&
      m.via === 'name' &&
      m.place?.country !== targetCountry &&
      tokenAt(view, m.span[1] - 1) === at,
  );
}

/** Whether the doer's first word, token `at`, is a state's name or nationality. */
function toldByState(frame: Frame, at: number): boolean {
  return frame.view.mentions.some(
    (m) => (m.via === 'demonym' || m.kind === 'country') && tokenAt(frame.view, m.span[0]) === at,
  );
}
