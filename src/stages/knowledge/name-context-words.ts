// Words around a capitalised name that tell a place's name from a person's. Shared by the rules that read
// English people's names (name-parts.ts) and Arabic given and family names (arabic-given-names.ts).

/**
 * Capitalised words that name a place's kind, a day or a month, or open a place's name ("City", "Monday",
 * "North"): next to a name they make no other person's name of it.
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  `City Town Village Province District County Region State Municipality Department Governorate Area Airport
  Valley Island Islands Beach Port Harbor Harbour Bay River Mountains Hills Camp Road Highway Monday Tuesday
  Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October
  November December North South East West Central Greater Upper Lower New Old Fort Saint San Santa Mount Lake Cape
  The In At Near From Outside Division Township Prefecture Parish Oblast`.split(/\s+/),
);

/** "in ", "near the ": a locative right before a name puts it on the map, whatever follows. */
export const LOCATIVE_BEFORE = /\b(?:in|at|near|outside|from|to|into|of)\s+(?:the\s+)?$/i;

/**
 * What puts a pair of capitalised words on the map: a locative, or "of" after a place noun ("the village of
 * Tal Mosul"). "Of" alone does not: "the wife of Rita Paris", "the home of Tomas Mosul".
 */
export const PLACED_BEFORE =
  /\b(?:in|at|near|outside|from|into|(?:village|town|city|district|area|province|region|neighbou?rhood|quarter|suburb|outskirts|camp|municipality)\s+of)\s+(?:the\s+)?$/i;

/** "of" alone before a name: the owner's ("the home of Gary Hughes", "the car of Riyadh Jassim"). */
export const BARE_OF = /\bof\s+(?:the\s+)?$/i;

/** Faiths and peoples named before a town ("the Sunni Fallujah, the …"): no given names. */
export const FAITHS: ReadonlySet<string> = new Set([
  'Sunni',
  'Shiite',
  'Shia',
  'Christian',
  'Muslim',
  'Catholic',
  'Protestant',
  'Druze',
  'Alawite',
]);

/**
 * Nouns of bodies, offices and buildings: in "the Medellin Public Enterprises", "the Taji Air Base",
 * "Saravena Municipal Councilor" or "the Izmir Regional Directorate" the capitalised words after a town name a
 * thing of the town's, not a person.
 */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set(
  `Air Base Police Academy Public Municipal Council Councilor Councillor Mosque Church Temple School University
  College Hospital Market Bazaar Station Center Centre Hill Areas Development Gas Oil Power Electric Company Bank
  Party Front Army Security Government Governor Mayor Chief Command Office Department Court Prison Road Street
  Bridge Dam Stadium Hotel Convention Authority Corporation Enterprises Television Radio Club Forum Regional
  Provincial Directorate Ministry Branch Headquarters Bureau Agency Committee Community Institute Museum Library
  Embassy Consulate Terminal Refinery Factory Transit Railway`.split(/\s+/),
);
