/** Readings of an actor noun in which it names no side of the incident. */
import type { PhraseHit } from './phrase-matcher.js';
import { stateBefore } from './force-nationality.js';
import { tokenAt, type SentenceView, wordsBetween } from './sentence-view.js';
import { wordSet } from '../../core/text/word-set.js';

// The word lists below are sets of whole words, not anchored alternations (`/^(?:court|courts)$/`): every actor
// noun of every frame is asked about, and a set answers with one hash where the pattern ran the regex machine
// on the word (a phrase joined from its tokens, flattened first) — these tests were ~0.3% of the extract stage.

/** English nouns of a force that are also its adjective ("a military offensive"). */
const ADJECTIVAL_FORCE = 'military';
/** Words of a campaign an adjective of force may qualify ("military operations"). */
const OPERATION = wordSet('operation operations');
/**
 * An Arabic noun of a side that is also an adjective, agreeing with the indefinite noun before it ("مقذوفا
 * عسكريا", a military projectile; "مؤتمرا صحفيا", a press conference).
 */
const NISBA_SIDE = wordSet('عسكريا صحفيا صحافيا');
/** A unit with a number names that unit ("الفرقة 30"), whose side the text must tell. */
const NUMBERED_UNIT = 'الفرقه';
/**
 * Words before "air force" that leave it the country's own: "the air force", "the armys air force" (an
 * apostrophe lost), or a state's name ("Russia's air force", "the Syrian Arab Air Force"). Another owner
 * ("the alliances Air Force") tells whose it is.
 */
const OWN_AIR_FORCE = new Set(['', ...wordSet('the its their armys regimes governments')]);
/** Governments below the state's: "the state government", "the municipal government" command no army. */
const LOCAL_GOVERNMENT = wordSet('state provincial local regional municipal city district');
/** Buildings a government works from: "a government office" is a civil target, no army's post. */
const CIVIL_SEAT = wordSet(
  'office offices building buildings compound compounds ministry complex department',
);
/** What a tank holds, named before it: "fuel tanks", "water tanks" are no army's. */
const TANK_CONTENTS = wordSet('fuel oil water gas petrol diesel storage');

/** Courts and their officers: "a military court", "army prosecutors" judge an incident, they take no side in it. */
const JUDICIAL = wordSet('court courts tribunal tribunals prosecutor prosecutors judge judges');

/**
 * A manner of fighting a lone "guerrilla" may qualify ("waging a guerrilla war", "guerrilla tactics"): anyone
 * may fight so, an army too. "A guerrilla attack" is still a guerrilla's, as one fighter is.
 */
const FIGHTING_MANNER = wordSet('war wars warfare tactics tactic style methods');

/** A civilian's trade that may name the one who drove the bomb ("the driver of the car bomb"). */
const DRIVER = wordSet('driver drivers سايق سايقا سايقين');
/** Words of a bomb within a few words after a driver. */
const BOMB = wordSet(
  'bomb bombs explosives explosive-laden booby-trapped مفخخه المفخخه مفخخا انتحاري الانتحاري',
);

/**
 * A side's noun that names no side here: an adjective of the act ("during its anti-terror military
 * offensive") or of a thing ("مقذوفا عسكريا", a military projectile; "مؤتمرا صحفيا", a press conference), a
 * numbered unit ("الفرقة 30"), the driver of a bomb ("سائق الشاحنة المفخخة"), Doctors Without Borders,
 * storage tanks ("near the fuel tanks"), a province's or town's government ("the Gujarat government") or its
 * offices ("a government building"), a court or its officers ("a military court"), a guerrilla's manner of
 * fighting ("guerrilla tactics"), or an air force another owner's word stands before.
 */
export function namesNoSide(view: SentenceView, hit: PhraseHit): boolean {
  const word = wordsBetween(view, hit.start, hit.end).join(' ');
  const next = view.tokens[hit.end]?.norm ?? '';
  const before = view.tokens[hit.start - 1]?.norm ?? '';
  if (JUDICIAL.has(next)) return true;
  if (word === 'air force') return !OWN_AIR_FORCE.has(before) && !stateBefore(view, hit.start);
  if (word === NUMBERED_UNIT) return /^\d+$/.test(next);
  if (word === 'tanks') return TANK_CONTENTS.has(before);
  if (word === 'guerrilla') return FIGHTING_MANNER.has(next);
  if (word === 'government')
    return LOCAL_GOVERNMENT.has(before) || regionBefore(view, hit.start) || CIVIL_SEAT.has(next);
  if (DRIVER.has(word)) return view.tokens.slice(hit.end, hit.end + 4).some((t) => BOMB.has(t.norm));
  if (word === 'doctor' || word === 'doctors') return next === 'without';
  if (NISBA_SIDE.has(word)) return /^[\u0600-\u06ff]{2,}[^و]ا$/.test(before) && !/^[وفب]?ال/.test(before);
  return (
    word === ADJECTIVAL_FORCE &&
    (OPERATION.has(next) || view.cues.some((c) => c.start === hit.end && c.phrase.tag === 'generic'))
  );
}

/** A province or town named right before the word at `at` ("the Gujarat government"). */
function regionBefore(view: SentenceView, at: number): boolean {
  return view.mentions.some(
    (m) => m.kind !== 'country' && m.place && tokenAt(view, m.span[1] - 1) === at - 1,
  );
}
