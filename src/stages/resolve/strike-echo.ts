/**
 * "Jets carried out raids on X. … Among the civilians killed in X was a child; the raids focused on …": an
 * attack the later sentences tell only by the victims and a noun pointing back to the raids is the strike.
 */
import { normalizeName } from '../../core/text/normalize.js';
import { absorb } from './incident-absorb.js';
import { datesAgree } from './incident-facts.js';
import { placesAgree } from './place-relations.js';
import { type Placed, whereOf } from './placed.js';

const STRIKE = 'Air/drone strike';
/** Nouns of air raids that, made definite, point back to raids told before (folded Arabic). */
const STRIKE_NOUN =
  /^(?:raids|strikes|airstrikes|air strikes|air raids|bombings|الغارات|الضربات|القصف الجوي)$/;
/** The English article that makes the noun a reference back ("the raids"). */
const THE_BEFORE = /\bthe\s+$/i;

/**
 * Folds each attack told with no weapon and no toll of its own, whose words refer back to raids ("the
 * raids", «الغارات»), into the air strike at the same town on the same day whose victims it shares: one
 * incident, told once as a strike. Its perpetrator is a guess from who counted and yields to the strike's.
 *
 * A pass of its own over the merged incidents, not a case of the merger's `belongsTo`: the words that make
 * an echo ("the raids") often come from a later sentence the merger joins to it, and the strike's town and
 * victims may come from tellings merged or folded in (`foldLead`) after the echo was first told, while the
 * merger judges each telling once, against what came before, by its own words. Its perpetrator must also
 * yield outright, where the merger's `absorb` weighs the two tellings' perpetrators.
 *
 * @example foldStrikeEchoes(merged, text).length // 1 where a strike and its echo were two
 */
export function foldStrikeEchoes(items: Placed[], text: string): Placed[] {
  const gone = new Set<Placed>();
  for (const echo of items) {
    if (!isEcho(echo, text)) continue;
    const strike = items.find((s) => s !== echo && !gone.has(s) && sameStrike(s, echo));
    if (!strike) continue;
    absorb(strike, { ...echo, event: { ...echo.event, actor1: null } });
    gone.add(echo);
  }
  return gone.size ? items.filter((p) => !gone.has(p)) : items;
}

/** A weaponless, toll-less attack one of whose words is a definite noun of raids. */
function isEcho(p: Placed, text: string): boolean {
  const e = p.event;
  if (e.sub_event_type?.value !== 'Attack' || e.fatalities || e.injuries) return false;
  return e.sub_event_type.spans.some(([s, t]) => {
    const word = normalizeName(text.slice(s, t));
    if (!STRIKE_NOUN.test(word)) return false;
    return word.startsWith('ال') || THE_BEFORE.test(text.slice(Math.max(0, s - 5), s));
  });
}

/** An air strike at the echo's town, on its day, on the same victims. */
function sameStrike(strike: Placed, echo: Placed): boolean {
  const a = strike.event;
  const b = echo.event;
  const where = whereOf(echo);
  return (
    a.sub_event_type?.value === STRIKE &&
    where !== null &&
    where.precision !== 'country' &&
    placesAgree(whereOf(strike), where) === 'same' &&
    // Undated tellings take the article's day later: only two days told apart part them.
    datesAgree(a.date?.value, b.date?.value) &&
    (a.timing?.value ?? 'current') === (b.timing?.value ?? 'current') &&
    b.actor2 !== null &&
    a.actor2?.entity_id === b.actor2.entity_id
  );
}
