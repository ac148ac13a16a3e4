import type { EventRecord, PlaceRef } from '../../core/records.js';
import { datesAgree, differ, sameToll } from './incident-facts.js';
import {
  arrestsOfCrowd,
  burnedInAttack,
  capturedInBattle,
  claimedBlast,
  groundWonInClash,
  isViolent,
  protestRioted,
  riotRunsOn,
  typesAgree,
} from './incident-kinds.js';
import { samePlace } from '../../core/place-ref.js';
import { near, placesAgree } from './place-relations.js';
import {
  answerEachOther,
  answeredAfterLatest,
  type Placed,
  roundUpToll,
  toldAtItsSeat,
  whereOf,
} from './placed.js';
import { battleBeside } from './battle-dead.js';
import { retoldFuller } from './added-victims.js';
import { strikeRetoldBare } from './bare-bombardment.js';
import { headlineTown, roundedHeadline } from './headline-telling.js';
import { absorb, findsPlaceBy } from './incident-absorb.js';
import { forcesAndGroup, groupBesideAirStrike } from './group-beside-air-strike.js';
import {
  attackOfTheBlast,
  battleToldAtProvince,
  gasDelivered,
  LOCAL,
  retold,
  tollOfTheIncident,
  toldBySecondSource,
  townWithinRegion,
} from './told-twice.js';

/**
 * Merges the mentions of one incident: a definite "the attack" with the incident before it, a clause that
 * continues the previous sentence without a new place, and the same type at the same place on the same day.
 * Incidents at different places or on different days stay apart.
 *
 * @example mergeIncidents(placed).length // 1 for "A car bomb hit X. The blast killed 4."
 */
export function mergeIncidents(items: Placed[]): Placed[] {
  const out: Placed[] = [];
  // The incidents told so far, nearest first, that a later telling may join: kept up as items come, not
  // filtered anew for each (a long round-up tells dozens).
  const back: Placed[] = [];
  // The sentences each incident was told in: "this bombing" points to the one told last before its sentence.
  const toldIn = new Map<Placed, number[]>();
  for (const item of items) {
    const town = townGoneOnFrom(item, back);
    const pool =
      town >= 0
        ? back.slice(0, town + 1)
        : item.demonstrative
          ? lastToldFirst(back, toldIn, item)
          : newsFirst(back, item);
    const latest = pool[0];
    const into = atItsPlace(item, pool, latest) ?? pool.find((m) => belongsTo(item, m, m === latest));
    if (into) absorb(into, item);
    else out.push(item);
    const told = toldIn.get(into ?? item) ?? [];
    told.push(item.first, item.last);
    toldIn.set(into ?? item, told);
    // Tellings that went on from a town's report with another count: that town's, so no other town's.
    if (!into && town < 0) back.unshift(item);
  }
  return out;
}

/**
 * The incidents told so far, by the last sentence before `item`'s each was told in, latest first: "this
 * bombing" points to the one told last, which may have been first told before another ("a bombing in X … a
 * bombing in Y … the bombing in X, … this bombing"); a clause of its own sentence that joined one does not
 * make that one the last told.
 */
function lastToldFirst(back: readonly Placed[], toldIn: Map<Placed, number[]>, item: Placed): Placed[] {
  const lastBefore = new Map(
    back.map((m) => [m, Math.max(-1, ...(toldIn.get(m) ?? []).filter((sentence) => sentence < item.first))]),
  );
  return [...back].sort((a, b) => lastBefore.get(b)! - lastBefore.get(a)!);
}

/**
 * "A bomber struck the academy hours after a truck bomb killed 15. The blast went off at the gate. … Eight
 * died.": a later sentence goes on with the news, not with the act its sentence told the news came after,
 * though that act was told last. The news of that sentence comes first for it.
 */
function newsFirst(back: Placed[], item: Placed): Placed[] {
  const [last] = back;
  if (!last || !toldBefore(last) || item.first <= last.last) return back;
  const news = back.find((m) => m.first === last.first && !toldBefore(m));
  return news ? [news, ...back.filter((m) => m !== news)] : back;
}

/** Characters from a reference's trigger to the place it names ("the attack in Agri", «الهجوم في اغري»). */
const NAMED_AFTER = 6;

/**
 * "A bomber struck a post in Agri. In a separate incident, a mine killed a soldier in Midyat. … The attack
 * in Agri was the first such bombing": a reference back that names its town right after it is the incident
 * told at that very town, though another incident was told after it.
 */
function atItsPlace(item: Placed, back: Placed[], latest: Placed | undefined): Placed | undefined {
  const where = whereOf(item);
  const trigger = item.event.event_type?.spans[0];
  const named = where !== null && trigger !== undefined && where.spans[0][0] - trigger[1] <= NAMED_AFTER;
  if (!item.anaphoric || !named || where.precision === 'country' || trigger[1] > where.spans[0][0])
    return undefined;
  return back.find((m) => {
    const there = whereOf(m);
    return there !== null && placeOrItsProvince(there, where) && belongsTo(item, m, m === latest);
  });
}

/**
 * The place an incident was told at, or the province around its town: "a bomber struck a post at Dogubeyazit"
 * … "the attack in Agri" names the town's province.
 */
function placeOrItsProvince(there: PlaceRef, where: PlaceRef): boolean {
  return samePlace(there, where) || (townWithinRegion(there, where) && there.country === where.country);
}

/**
 * Where in `back` (the incidents told before, nearest first) the town report stands that an unplaced,
 * indefinite telling right after it goes on with, or -1. "Shells hit Aleppo, killing 3. Earlier a shell
 * landed in a market, killing 2.": such a telling joins that incident or none, never one at another town.
 */
function townGoneOnFrom(item: Placed, back: Placed[]): number {
  if (item.anaphoric || townOf(item)) return -1;
  // A group's own attack after an air strike goes on from no report of that strike (`groupBesideAirStrike`).
  const k = back.findIndex(
    (m) => townOf(m) && typesAgree(m.event, item.event, false) && !groupBesideAirStrike(m, item),
  );
  // "A bomber struck X hours after a truck bomb went off": an act its sentence tells the news came after
  // goes on from no report of that sentence; it is an incident later tellings may join.
  const before = k >= 0 && item.first === back[k].last && toldApart(item, back[k]);
  return k >= 0 && item.first - back[k].last <= 1 && !before ? k : -1;
}

const townOf = (p: Placed): boolean => {
  const where = whereOf(p);
  return where !== null && where.precision !== 'country';
};

/** Sentences after an unplaced lead within which the telling that names its town begins. */
const LEAD_REACH = 3;

/**
 * "A bomb claimed by Daesh killed 44 in Syria. … The blast hit Qamishli.": an article's first incident
 * placed only in a country is the first incident of its kind told at a town of that country just after
 * (the lead, then its details); the lead's telling keeps its toll and claim and takes the town.
 *
 * @example foldLead(mergeIncidents(placed)) // one event at the town where there were two
 */
export function foldLead(items: Placed[]): Placed[] {
  const [lead, ...rest] = items;
  const where = lead?.event.location;
  if (!lead || roundUpToll(lead) || (where && where.precision !== 'country') || !isViolent(lead.event))
    return items;
  const a = lead.event;
  const detail = rest.find((item) => {
    const b = item.event;
    return (
      !item.separate &&
      b.location !== null &&
      b.location.precision !== 'country' &&
      (!where || where.country === b.location.country) &&
      item.first - lead.last <= LEAD_REACH &&
      typesAgree(a, b, false) &&
      (a.timing?.value ?? 'current') === (b.timing?.value ?? 'current') &&
      datesAgree(a.date?.value, b.date?.value)
    );
  });
  if (!detail) return items;
  const keepsOwnToll = oneOfMany(lead, detail);
  absorb(lead, detail);
  // The lead's dead and wounded are of several incidents: the town's are its own (`absorb` leaves them be).
  if (keepsOwnToll)
    [lead.event.fatalities, lead.event.injuries] = [detail.event.fatalities, detail.event.injuries];
  return items.filter((item) => item !== detail);
}

/**
 * "Air strikes killed 90 fighters in Syria … 30 of them died near Mayadin": strikes told in the plural with
 * more dead than the town's own count sum several incidents; the town's is one of them and keeps its own
 * dead and wounded (the lead's day and words still join it).
 */
function oneOfMany(lead: Placed, detail: Placed): boolean {
  const own = detail.event.fatalities?.value ?? 0;
  return lead.plural === true && own > 0 && own < (lead.event.fatalities?.value ?? 0);
}

/**
 * "in March an envoy deplored air raids across the country" after "jets struck X": strikes
 * told country-wide over a month are a review of many, not the dated telling of the incident before.
 */
function vagueReview(item: Placed, into: EventRecord): boolean {
  const b = item.event;
  return (
    !item.anaphoric &&
    !into.date &&
    b.date !== null &&
    b.date.precision !== 'day' &&
    b.location?.precision === 'country' &&
    into.location?.precision === 'town'
  );
}

/**
 * "a bandh to protest the killings" in a town, then "the protesters pelted stones on some buses": a crowd
 * that turns violent, told without a place of its own, is the protest it grew from (ACLED codes the one
 * event, with the violent type).
 */
function turnsViolent(into: Placed, item: Placed): boolean {
  const a = into.event;
  const b = item.event;
  return (
    a.event_type?.value === 'Protests' &&
    b.event_type?.value === 'Riots' &&
    whereOf(item) === null &&
    whereOf(into)?.precision === 'town' &&
    !historical(into) &&
    !historical(item) &&
    datesAgree(a.date?.value, b.date?.value)
  );
}

/** `latest`: `into` is the incident told last before `item`, with no other between them. */
function belongsTo(item: Placed, into: Placed, latest: boolean): boolean {
  const a = into.event;
  const b = item.event;
  if (item.separate && item.first > into.last) return false;
  // "… killed on Sunday, a week after a blast", "… near a school bombed last year": the news and what came
  // well before it are two incidents, and the older one does not type the news.
  if (answerEachOther(item, into) || (item.first === into.last && toldApart(item, into))) {
    return false;
  }
  if (latest && answeredAfterLatest(item, into)) return false;
  // "five simultaneous attacks in which 43 were killed" and "a bomber struck a checkpoint in X": a round-up
  // and one of its incidents are two tellings, and the round-up's toll is not that incident's. "The attacks"
  // still points back to the round-up.
  if (roundUpToll(item) !== roundUpToll(into) && !(into.several && item.anaphoric && item.plural))
    return false;
  if (item.sameOperation && item.first - into.last <= 1) return true;
  if (groupBesideAirStrike(into, item)) return false;
  // "… a pipeline from Kirkuk to Bayji. The attack occurred in Ishaqi.": the next sentence says where it was.
  const where = a.location?.country;
  if (
    latest &&
    item.toldPlace &&
    item.anaphoric &&
    item.first - into.last === 1 &&
    where === b.location?.country
  )
    return true;
  // "أعدم التنظيم الإمام، فيما اعتقل 15 خياطا": another kind of act set beside it is another incident; a
  // casualty so set ("فيما قتل أربعة من الجيش") is the other side's loss in the same one.
  const beside = item.alongside && !item.onlyCasualty && item.first === into.last;
  if ((beside && a.sub_event_type?.value !== b.sub_event_type?.value) || battleBeside(into, item))
    return false;
  const crowdArrests = !item.onTheirWay && arrestsOfCrowd(a, b, item.first - into.last <= 1);
  if (crowdArrests || riotRunsOn(a, b) || turnsViolent(into, item)) {
    return true;
  }
  if (item.first === into.last && (groundWonInClash(a, b) || protestRioted(a, b))) return true;
  if (item.first - into.last <= 1 && capturedInBattle(a, b)) return true;
  const bareAttack = attackOfTheBlast(into, item) || gasDelivered(into, item) || strikeRetoldBare(into, item);
  if (!typesAgree(a, b, item.first === into.last) && !tollOfTheIncident(into, item) && !bareAttack)
    return false;
  // "the attack in Suruc on 20 July, which killed 32" after today's news recalls another incident. Still,
  // an undated "the bombing" (or a clause that goes on telling it) may point back to a recalled incident,
  // and "the explosion", dated by a later report of it and placed nowhere, to the incident of the day.
  // "Days after a chemical attack, a bomb went off": one sentence that tells one act as background and the
  // other as news tells two incidents.
  const contrasted = item.first === into.last && historical(into) !== historical(item);
  const pointsBack = !b.date && !contrasted && (item.anaphoric || item.first - into.last <= 1);
  const unplacedReference = item.anaphoric && (!b.location || b.location.precision === 'country');
  if (recalled(into) !== recalled(item) && !(recalled(into) ? pointsBack : unplacedReference)) return false;
  if (retold(item, into)) return true;
  if (toldBySecondSource(into, item)) return true;
  if (!datesAgree(a.date?.value, b.date?.value) || vagueReview(item, a)) return false;
  // The same toll told twice is one incident even when one telling names the town and the other its
  // province ("7 killed in Tal Abyad" … "7 killed in Raqqa province"), or a side the other leaves out.
  // Two named towns are two incidents even with the same toll ("4 police killed" in two provinces), unless
  // a later sentence finds one by the other ("Jufainah, south-west of Marib"); sites one sentence lists are
  // each an incident.
  const landmark = item.first > into.first && (findsPlaceBy(item, a) || findsPlaceBy(into, b));
  const towns =
    LOCAL.has(a.location?.precision ?? '') &&
    LOCAL.has(b.location?.precision ?? '') &&
    !into.provinceNamed &&
    !item.provinceNamed &&
    !landmark;
  const apart = towns && placesAgree(a.location, b.location) === 'differ' && !headlineTown(into, item);
  if (sameToll(a, b) && !apart) return true;
  if (toldAtItsSeat(into, item) || battleToldAtProvince(into, item)) return true;
  const otherToll =
    differ(a.fatalities?.value, b.fatalities?.value) &&
    !item.moreVictims &&
    !retoldFuller(into, item) &&
    !roundedHeadline(into, item);
  const place = placesAgree(whereOf(into), whereOf(item));
  // A state's forces and a group at one town, or in the next sentence, are most often the two sides of one
  // fight told twice; further on and not at one town, they are two acts.
  const foes = place !== 'same' && item.first - into.last > 1 && forcesAndGroup(a.actor1, b.actor1);
  if (!item.anaphoric && (otherToll || foes || differ(a.actor1?.entity_id, b.actor1?.entity_id)))
    return false;

  // A headline's city and the body's "town of X" for the same kind of incident: the body tells it closer.
  if (place === 'differ' && headlineTown(into, item) && a.sub_event_type?.value === b.sub_event_type?.value) {
    return true;
  }
  // "the bombing in Abha" after "a bombing in Asir province": a reference back may name the town.
  const regional = a.location?.precision === 'region' || b.location?.precision === 'region';
  const sameSub = a.sub_event_type?.value === b.sub_event_type?.value || burnedInAttack(a, b);
  // … and the same kind of incident told at a town and at the region around it, close by, or anywhere later
  // when the region's telling is bare: no day, toll or perpetrator of its own ("condemned the bombing of the
  // mosque in Asir" after "the bombing in Abha killed 15").
  const bare = b.location?.precision === 'region' && !b.date && !b.fatalities && !b.injuries && !b.actor1;
  const inRegion =
    regional && sameSub && (item.first - into.last <= 1 || bare) && near(a.location, b.location);
  // … or at a site the very next sentence finds by the town told ("strikes on Hodeidah" … "on Hays, south of
  // Hodeidah"): the detail of that report.
  const detail = landmark && sameSub && item.first - into.last <= 1;
  if (
    place === 'differ' &&
    !(item.anaphoric && regional && a.location?.country === b.location?.country) &&
    !inRegion &&
    !detail &&
    !bareAttack
  ) {
    return false;
  }
  // Kinds that can tell one incident, at one town on the one day told for both: one incident.
  const sameDay = a.date?.precision === 'day' && a.date.value === b.date?.value;
  // "A suicide bomber killed 30 at a wedding in X … IS said one of its fighters blew himself up near X": a
  // group's claim of an act at the town of a blast, on no other day, claims that blast however far on.
  const claim = claimedBlast(a, b) && !differ(a.date?.value, b.date?.value);
  if (place === 'same')
    return sameSub || sameDay || bareAttack || claim || item.anaphoric || item.first - into.last <= 1;
  // One side has no town: an anaphor, a direct continuation or the same kind of incident again in the
  // same country is the incident told before (one incident, one event).
  // "a bomber set off his vest, killing 9", "Seven Iraqis were killed": a toll placed nowhere, or only in a
  // country, completes the incident told last before it that has none; past another incident, it is not one
  // told further back.
  const unplaced = whereOf(item) === null || whereOf(item)!.precision === 'country';
  const tollOnly = unplaced && b.fatalities !== null && a.fatalities === null && latest;
  // "Attacks on the rise" on a line of its own: an indefinite telling under a section heading is that
  // section's news, no telling of the same kind of incident told before the heading.
  const sameKind = sameSub && (item.section ?? -1) <= into.last;
  return item.anaphoric || item.first - into.last <= 1 || sameKind || tollOnly;
}

/**
 * Told as what the news of its sentence came after: "a day after", "last year", or "hours after a truck bomb
 * killed 15" (hours name no other day, yet another act).
 */
function toldBefore(p: Placed): boolean {
  return p.earlier === true || p.hoursBefore === true;
}

/**
 * Whether one of two tellings of a sentence is what the other's news came after: a day or more before
 * ("a day after", "last year"), or hours before and of another kind ("a bomber struck hours after a truck
 * bomb"). A second bomb of the same kind an hour after the first, at the same place, is one incident, as
 * ACLED codes the acts of one kind, day and place.
 */
function toldApart(a: Placed, b: Placed): boolean {
  if (!a.earlier !== !b.earlier) return true;
  return !a.hoursBefore !== !b.hoursBefore && a.event.sub_event_type?.value !== b.event.sub_event_type?.value;
}

function historical(p: Placed): boolean {
  return p.event.timing?.value === 'historical';
}

/** Told as background, or dated weeks before publication: an earlier incident the article recalls. */
function recalled(p: Placed): boolean {
  return historical(p) || p.recalled === true;
}
