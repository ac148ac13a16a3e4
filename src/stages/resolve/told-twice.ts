// Two tellings that are one incident, whatever their types or places say: an attack told bare and the blast
// that was it, the raid that carried a gas, a party's own telling, a second source's report, a battle told again
// at its province, a toll told by casualty words alone.
import type { PlaceRef } from '../../core/records.js';
import { differ, sameToll, withinADay } from './incident-facts.js';
import { CHEMICAL, isViolent } from './incident-kinds.js';
import { tollOnly } from './incident-absorb.js';
import { near, placesAgree } from './place-relations.js';
import { type Placed, townOfSeat, whereOf } from './placed.js';

/** Places as local as a town: a district of a city is named as a town is ("Kamp Sara", "Salman Pak"). */
export const LOCAL = new Set(['town', 'district']);

/**
 * A town or district, and a region near enough to hold it.
 *
 * @example townWithinRegion(tellAbyad, raqqaProvince) // true: the town lies within the region's reach
 */
export function townWithinRegion(town: PlaceRef | null, province: PlaceRef | null): boolean {
  return (
    town !== null &&
    province !== null &&
    LOCAL.has(town.precision) &&
    province.precision === 'region' &&
    near(town, province)
  );
}

/**
 * "strikes on the medical centre in Hays" then "17 Houthis were killed", or a headline's "100 Killed in
 * Homs" over "killed in air raids on Homs": a toll told by casualty words alone, naming no weapon, next to
 * a violent incident is that incident's, whatever type its victims suggest.
 *
 * @example tollOfTheIncident(strikes, killed) // true for "17 were killed" told right after the strikes
 */
export function tollOfTheIncident(into: Placed, item: Placed): boolean {
  return (
    (tollOnly(item) || tollOnly(into)) &&
    item.first - into.last <= 1 &&
    isViolent(into.event) &&
    isViolent(item.event)
  );
}

/**
 * "an attack on the checkpoint" and "a car bomb at the checkpoint", at one town or region: an attack told
 * with no weapon and no second side is the blast or strike told with it, whose type says what it was. Told
 * after the blast, only "the attack" points back to it; "militants attacked a post" tells another act. "attacks
 * in Hama and Idlib" … "rockets fell on a hamlet in the Idlib countryside": a bare attack at the
 * seat the blast's town is told to lie in is that blast too. So is "the attack" pointing back from the region
 * around the blast's town («الحادث الذي طال الثكنة بمنطقة جازان» after a blast in the town of Jizan).
 *
 * @example attackOfTheBlast(blast, attack) // true for "the attack on the post" at the blast's town
 */
export function attackOfTheBlast(into: Placed, item: Placed): boolean {
  const [attack, blast] = into.bareAttack ? [into, item] : [item, into];
  const where = whereOf(attack);
  const aroundBlast =
    attack.anaphoric && where?.precision === 'region' && where.country === whereOf(blast)?.country;
  return (
    attack.bareAttack === true &&
    (attack === into || attack.anaphoric) &&
    isViolent(attack.event) &&
    blast.event.event_type?.value === 'Explosions/Remote violence' &&
    where !== null &&
    where.precision !== 'country' &&
    (placesAgree(where, whereOf(blast)) === 'same' ||
      townOfSeat(blast, attack) ||
      (aroundBlast && near(where, whereOf(blast))))
  );
}

/** Sub-types that can deliver a gas attack: the raid or the shells that carried the gas. */
const GAS_CARRIERS = new Set(['Air/drone strike', 'Shelling/artillery/missile attack']);

/**
 * "An alleged chemical attack killed 58 in Khan Shaykhun. Regime jets pounded the town.": an air raid or
 * shelling told in its own words at the town of a gas attack, in the sentence next to it and with no dead of
 * its own, is how the gas came: one incident, a chemical one (the day still decides). A raid with its own
 * toll, or told further off, may be the bombing that went on after the gas.
 *
 * @example gasDelivered(gasAttack, airRaid) // true for the raid told next to the gas attack, with no dead
 */
export function gasDelivered(into: Placed, item: Placed): boolean {
  const [gas, carrier] = into.event.sub_event_type?.value === CHEMICAL ? [into, item] : [item, into];
  return (
    gas.event.sub_event_type?.value === CHEMICAL &&
    GAS_CARRIERS.has(carrier.event.sub_event_type?.value ?? '') &&
    carrier.event.fatalities === null &&
    !item.anaphoric &&
    item.first - into.last <= 1 &&
    placesAgree(whereOf(into), whereOf(item)) === 'same'
  );
}

/**
 * «… led the mujahideen in Sevare, and 15 of the infidels were killed», said on the phone last night: a
 * party's own telling of the incident at its town counts its own dead, and the day it gives is that of the
 * call unless the quotation itself dates the incident.
 *
 * @example retold(quoted, blast) // true for a party's quoted telling at the blast's town
 */
export function retold(item: Placed, into: Placed): boolean {
  const quote = item.quotation;
  if (!quote) return false;
  const datedInside = item.event.date?.spans.some(([s]) => s >= quote[0] && s < quote[1]) ?? false;
  return !datedInside && placesAgree(whereOf(into), whereOf(item)) === 'same';
}

/**
 * "Two soldiers were killed and four wounded when a car bomb went off near X overnight, the army said on
 * Sunday" … "the governor's office said a car bomb hit Y late on Saturday: two of our men were killed and four
 * wounded": two sources' reports of one incident, one dated by the day it was told. The same kind, the same
 * dead and hurt (both told), a day apart at most and places close by: one incident, however each is placed.
 *
 * @example toldBySecondSource(army, governor) // true for one toll told a day apart close by
 */
export function toldBySecondSource(into: Placed, item: Placed): boolean {
  const [a, b] = [into.event, item.event];
  const hurt = a.injuries?.value ?? 0;
  return (
    (into.reportDay === true || item.reportDay === true) &&
    a.sub_event_type?.value === b.sub_event_type?.value &&
    (a.fatalities?.value ?? 0) > 0 &&
    hurt > 0 &&
    sameToll(a, b) &&
    b.injuries?.value === hurt &&
    withinADay(a.date?.value, b.date?.value) &&
    near(a.location, b.location)
  );
}

/** Sentences within which a battle told again at its province is the battle told before. */
const RETELLING_REACH = 3;

/**
 * «اشتبكت قوات الأمن مع مسلحي داعش في الرمادي» … «يخوضون معارك تطهيرها من داعش» placed in Anbar province: the
 * same battle, on the same day, told again a few sentences on at the province around its town, with no other
 * toll and no side the first telling does not name (its sides in another order, or one of them left out), is
 * that battle told again, not a second one.
 *
 * @example battleToldAtProvince(clashInTown, clashInProvince) // true for the same sides on the same day
 */
export function battleToldAtProvince(into: Placed, item: Placed): boolean {
  const [a, b] = [into.event, item.event];
  if (a.sub_event_type?.value !== 'Armed clash' || b.sub_event_type?.value !== 'Armed clash') return false;
  if (item.first - into.last > RETELLING_REACH || a.date?.value !== b.date?.value) return false;
  if (!townWithinRegion(a.location, b.location) || differ(a.fatalities?.value, b.fatalities?.value))
    return false;
  const sides = new Set([a.actor1?.entity_id, a.actor2?.entity_id].filter((id) => id));
  return [b.actor1?.entity_id, b.actor2?.entity_id].every((id) => !id || sides.has(id));
}
