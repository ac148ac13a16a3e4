// The country an article's events lie in when their own clauses place them nowhere.
import { isPoliceId } from '../../core/forces-id.js';
import { countryName } from '../../core/country-names.js';
import { countryPlace } from '../../core/place-ref.js';
import { bordersOn, namesBank } from '../../core/place-stance.js';
import { namesMission } from '../../core/mission-country.js';
import { namesVisitors, ofVisitors, visitorCountries } from '../../core/visitor-nationality.js';
import type { Document, Mention, PlaceRef } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { onScene } from './on-scene.js';
import { endsCompanyName, headsName, namesPartner, usedAsNationality } from './body-names.js';
import { namedAsBase } from './seat-town.js';

/**
 * Sides outside the state that the base places in the one country they act in (armed groups, "Jewish settlers",
 * "Palestinian militants"), and missions posted in one ("KFOR troops", "a UNIFIL patrol"): where an unplaced
 * incident of theirs most likely happened. The base gives an intergovernmental body a country only when it
 * serves in that one country.
 */
const NON_STATE = new Set(['armed-group', 'group', 'igo']);
/** A state's forces, failing such groups: they also serve abroad ("spying for U.S. forces"). */
const STATE_FORCES = new Set(['state-forces']);
/** Parties and people of one country: where an incident against them most likely happened, failing all else. */
const POLITICAL = new Set(['party', 'person']);
/**
 * Banks, firms, utilities, universities and papers of one country, failing even parties and people: "a
 * Molotov cocktail hit a Banco Guipuzcoano branch" is Spain's. News agencies are not among them: they
 * report from anywhere.
 */
const INSTITUTIONS = new Set(['organisation']);

/** A place's vote for its country; an armed group's for the country it fights in is as much. */
const PLACE_VOTE = 2;
/** A nationality says who, not where: half a place. */
const NATIONALITY_VOTE = 1;
/** A nationality told again mostly names the same people again: a quarter of a place. */
const RETOLD_NATIONALITY_VOTE = 0.5;
/** A nationality of troops: they serve abroad as often as at home, so a quarter of a place. */
const TROOPS_NATIONALITY_VOTE = 0.5;
/**
 * "a hamlet close to the Sylvanian border": a country named as the line the scene lies by is as often the
 * neighbour across it, so it counts less than a town a distance is measured from ("ninety miles north of X").
 */
const BORDER_VOTE = 0.5;
/** A party or a person of one country: it tips a near tie between the places and nationalities named. */
const POLITICAL_VOTE = 0.25;
/** Less than any vote: it only breaks ties. */
const PLACED_TIE_BREAK = 0.1;

/**
 * What one mention adds to its country's count: a place on the scene the most, a border named half that, a
 * nationality less, told again or of troops (who serve abroad) less still.
 */
function voteOf(aside: boolean, border: boolean, again: boolean, troops: boolean): number {
  if (!aside) return PLACE_VOTE;
  if (border) return BORDER_VOTE;
  if (again) return RETOLD_NATIONALITY_VOTE;
  return troops ? TROOPS_NATIONALITY_VOTE : NATIONALITY_VOTE;
}

/**
 * The country the article's places lie in, as the place of events whose clause names none: every named
 * place counts for its country (a town tells its country as well as the country's name does), a
 * nationality half as much ("وكالة الأنباء الألمانية" is an agency, not a German incident) and its retellings
 * a quarter, and each non-state armed group named as much as a place, for the country it fights in. An
 * article that names no place at all is placed in the country its named armed groups and other sides outside
 * the state act in ("the ELN blew up a pipeline" in Colombia), else in that of the state forces it names,
 * else of its parties and people, else of its firms and institutions.
 */
export function articleCountry(doc: Document): PlaceRef | null {
  const text = doc.text ?? '';
  const counts = new Map<string, { n: number; span: Span; name: string | null }>();
  const nationalities = new Set<string>();
  const placed = new Set<string>();
  // Countries the article names as a border the scene lies by, and those it names otherwise too.
  const borders = new Set<string>();
  const notBorders = new Set<string>();
  const visitors = visitorCountries(doc.mentions ?? [], text);
  for (const m of doc.mentions ?? []) {
    // "the U.S. Embassy" stands abroad: the country a mission serves is the one the article is not in; so do
    // "two Turkish truck drivers", and "the Turkish drivers" told again.
    if (!m.place?.country || ofMinority(m, text) || namesMission(m, text) || namesVisitors(m, text)) continue;
    // "the Britain-based monitor said …": where a body reporting the incidents sits, not where they were.
    if (namedAsBase(m, text)) continue;
    // "the Freedonian-Sylvanian Institute" stands in Freedonia: the partner named second is abroad.
    if (ofVisitors(m, visitors) || namesPartner(doc.mentions ?? [], m, text)) continue;
    // "the US strikes", "a US soldier": a short form used as a nationality is one; so is a country's name
    // ending a company's ("ACME Sylvania"), which says whose the company is.
    const nationality =
      m.via === 'demonym' || usedAsNationality(m, text) || endsCompanyName(doc.mentions ?? [], m, text);
    // "along the border with Venezuela" names the neighbour of the scene, "a pipeline carrying oil to Turkey"
    // where things go, "the Denmark Relief Council" and "a Bank of Boston branch" an owner: each counts as a
    // nationality does.
    const border = bordersOn(m, text);
    const aside = nationality || border || !onScene(doc, m) || headsName(m, text) || namesBank(m, text);
    if (!aside) placed.add(m.place.country);
    (border ? borders : notBorders).add(m.place.country);
    const seen = counts.get(m.place.country);
    // The country's own name is the best span to point at; else the first place in it.
    const named = m.kind === 'country' && m.via !== 'demonym' && !seen?.name;
    // A nationality says who, not where: told again ("Chilean marines … the Chilean military"), it mostly
    // names the same people again, and counts half.
    const again = nationality && nationalities.has(m.place.country);
    if (nationality) nationalities.add(m.place.country);
    counts.set(m.place.country, {
      n: (seen?.n ?? 0) + voteOf(aside, border, again, nationality && namesTroops(m, text)),
      span: named || !seen ? m.span : seen.span,
      name: named ? m.name : (seen?.name ?? null),
    });
  }
  // A non-state armed group fights at home: each group named votes once, as a place does, above a
  // nationality ("CPN-M cadres torched the Modern Indian School" is Nepal's). Once, not per mention: in a
  // long article the places named decide, as groups strike across borders (the PKK in Iraq). So does a
  // group the base places in one country: "Israeli settlers" act in the West Bank, their nationality aside.
  // In an article that places nothing on the scene, a state's police vote as a place does: they serve at
  // home, unlike its troops ("the Saudi police were called" outweighs the nationality of the foreigners they
  // were called to). Where a place is named, it decides: police also serve in missions abroad. Any other
  // force of a state ("the Freedonian forces", «القوات القبرصية») tells its troops' nationality as soldiers'
  // does, and votes as much, once; not one that others supply or work for, an expedition abroad.
  const groups = new Set<string>();
  if (counts.size > 0) {
    for (const m of doc.mentions ?? []) {
      const code = m.actor?.country;
      const vote = sideVote(m, placed.size === 0);
      if (!code || vote === 0 || groups.has(m.entity_id) || servedAbroad(m, text)) continue;
      groups.add(m.entity_id);
      const seen = counts.get(code);
      counts.set(code, {
        n: (seen?.n ?? 0) + vote,
        span: seen?.span ?? m.span,
        name: seen?.name ?? null,
      });
    }
  }
  // Parties and people of one country, among places that leave a near tie ("anarchists wrecked a party's office;
  // a French guest spoke in the city that day"): a quarter of a place each, once per entity.
  if (counts.size > 0) {
    const people = new Set<string>();
    for (const m of doc.mentions ?? []) {
      const code = m.actor?.country;
      if (!code || !POLITICAL.has(m.kind) || people.has(m.entity_id) || !counts.has(code)) continue;
      people.add(m.entity_id);
      counts.get(code)!.n += POLITICAL_VOTE;
    }
  }
  // No place at all: the country of the armed groups and other sides outside the state named ("settlers
  // shot at a car" is the West Bank's), else of the state forces ("the Taliban executed a man they said
  // spied for U.S. forces" is Afghan), else of the parties and people, else of the firms. A state's police
  // keep order at home only, while a group strikes across borders: among the groups they count twice
  // ("Sylvanian policemen killed in a raid by the Front" is Sylvania's, wherever the Front is from).
  for (const kinds of [NON_STATE, STATE_FORCES, POLITICAL, INSTITUTIONS]) {
    if (counts.size > 0) break;
    for (const m of doc.mentions ?? []) {
      const code = m.actor?.country;
      const police = kinds === NON_STATE && policeAtHome(m);
      if (!code || !(kinds.has(m.kind) || police) || servedAbroad(m, text)) continue;
      counts.set(code, {
        n: (counts.get(code)?.n ?? 0) + (police ? PLACE_VOTE : 1),
        span: counts.get(code)?.span ?? m.span,
        name: null,
      });
    }
  }
  // A tie goes to a country the article places something in over one it only gives a nationality of, and
  // is lost by one it names only as a border ("Sylvanian soldiers died near the border with Freedonia"):
  // the scene lies on the side the article tells of.
  const rank = ([code, { n }]: [string, { n: number }]) =>
    n +
    (placed.has(code) ? PLACED_TIE_BREAK : 0) -
    (borders.has(code) && !notBorders.has(code) ? PLACED_TIE_BREAK : 0);
  const best = [...counts.entries()].sort((a, b) => rank(b) - rank(a))[0];
  if (!best) return null;
  const [code, { span, name }] = best;
  return countryPlace(name ?? countryName(code), code, span);
}

/** Words before a state's forces that make them the ones others supply or work for. */
const SERVED =
  /\b(?:suppl(?:y|ies|ied|ying)(?:\s+(?:for|to))?|(?:goods|fuel|equipment|cargo|provisions)\s+(?:for|to)|work(?:s|ed|ing)?\s+(?:for|with)|contractors?\s+(?:for|with|to))\s+(?:the\s+)?$/i;

/**
 * "a convoy supplying US troops", "drivers hauling supplies for US forces", "a train loaded with goods for US
 * forces", "a contractor working with British troops": forces that convoys supply or civilians work for are an expedition abroad, so their state is not
 * where the incident happened.
 */
function servedAbroad(m: Mention, text: string): boolean {
  return m.kind === 'state-forces' && SERVED.test(text.slice(Math.max(0, m.span[0] - 32), m.span[0]));
}

/** Soldiers right after a nationality (one word may stand between): "two Sylvanian navy sailors". */
const TROOPS_AFTER =
  /^\.?\s+(?:[a-z]+\s+)?(?:soldiers?|troops|servicem[ae]n|marines?|Marines?|paratroopers?|sailors?|airm[ae]n)\b/;

/**
 * "a Sylvanian soldier and three Zendan farmers died": soldiers serve abroad as often as at home, so their
 * nationality says less of where than other people's does.
 */
function namesTroops(m: Mention, text: string): boolean {
  return TROOPS_AFTER.test(text.slice(m.span[1], m.span[1] + 40));
}

/**
 * What a side named in the article adds to its country, once: a group outside the state as much as a place,
 * and so a state's police where nothing else is placed; any other force of a state as much as its soldiers'
 * nationality; others nothing.
 */
function sideVote(m: Mention, nothingPlaced: boolean): number {
  if (NON_STATE.has(m.kind) || (nothingPlaced && policeAtHome(m))) return PLACE_VOTE;
  return STATE_FORCES.has(m.kind) ? TROOPS_NATIONALITY_VOTE : 0;
}

/** A state's police force: it keeps order at home only, so its country is where it acted. */
function policeAtHome(m: Mention): boolean {
  return m.kind === 'state-forces' && isPoliceId(m.entity_id);
}

/** "ethnic" right before a nationality: a people named as a minority of another state's. */
const ETHNIC = /\bethnic\s+$/i;

/**
 * "Ethnic Albanians kidnapped two Serb miners": a people the text calls ethnic live as a minority in
 * another state (Albanians in Kosovo, Uzbeks in Kyrgyzstan), so their nationality votes for no country.
 */
function ofMinority(m: Mention, text: string): boolean {
  return m.via === 'demonym' && ETHNIC.test(text.slice(Math.max(0, m.span[0] - 10), m.span[0]));
}
