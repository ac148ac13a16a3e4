// Capitalised words that look like a place's name after "in" or "at" but are none: read alike by the extract
// stage (a village the knowledge base lacks, named in a clause) and the resolve stage (a town it lacks, named
// in an incident's sentences), so that both keep one list.
import { CALENDAR_NAMES } from './text/calendar-names.js';

/**
 * Capitalised words after "in"/"at" that name no place: times of the year and the week, feasts, languages,
 * the bodies that sit in a capital, a military operation's name ("in Operation Anvil"), the continents
 * ("Commander in Europe"), a mountain ("near Mount Hermon"), a person's title ("at Senator Rosa Lakhan")
 * and a sect.
 */
export const NOT_A_PLACE_WORD = new Set(
  (
    `${CALENDAR_NAMES} ` +
    'Spring Summer Autumn Winter Ramadan Christmas Easter Eid ' +
    'English Arabic French Spanish Parliament Congress Senate Court Cabinet Assembly Government Council Operation ' +
    'Europe Asia Africa America Mount Senator Congressman Councilman Councillor Councilor Bishop Mayor Judge ' +
    'Governor Minister President Sheikh Colonel Captain Lieutenant Sergeant Professor Doctor ' +
    // "a bomb in the Sunni district": a sect's name says who lives there, not where.
    'Shiite Shia Sunni Alawite'
  ).split(' '),
);

/**
 * Words that end the name of a site, an office or a street ("at Kamal Hospital", "a house in Rose Gardens",
 * "Clark Air Force Base", "near Orient House", "a bomb near Pir Baba Shrine", "a flat in Faisal Court"): a name
 * ending in one says nothing of the town it stands in.
 */
export const SITE_WORD_AT_END =
  /\s(?:School|College|University|Hospital|Base|Bank|Airport|Mosque|Church|Temple|Hotel|Station|Market|Bazaar|Square|Street|Road|Avenue|Bridge|Camp|Building|Office|Center|Centre|Park|Stadium|Junction|Crossing|Prison|Jail|Hall|Company|Corporation|Ministry|Embassy|Consulate|Headquarters|Factory|Plant|Store|Restaurant|Club|Place|Gardens|View|Bay|Estate|Colony|Quarters|Lane|Drive|Terrace|Crescent|Walk|Court|Plaza|House|Complex|Tower|Towers|Mall|Cinema|Theatre|Theater|Shrine|Palace|Museum|Institute|Academy|Compound|Barracks|Field)$/;
