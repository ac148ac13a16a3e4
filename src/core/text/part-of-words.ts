/**
 * "in", "town in the", "in northern", "in the western countryside of": the words between a town and the place
 * it is told to lie in.
 */
const PART_OF = String.raw`\s*(?:town|city|village)?\s*,?\s*in\s+(?:the\s+)?(?:(?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)?\s+)?(?:countryside\s+of\s+(?:the\s+)?)?`;

/**
 * "X in Y", "X in northern Y", "X town in the eastern Y": the words that put a town in a place named after
 * them, as the whole gap between the two names. Read by the extract stage (which of the two is the place)
 * and the resolve stage (a telling at Y may be the town's incident).
 *
 * @example IN_PART_OF.test(' in northern ') === true
 */
export const IN_PART_OF = new RegExp(`^${PART_OF}$`, 'i');

/**
 * "X town in Y district of Z", "X, Z", "X in Z": the words between a town and the province named after them
 * that put the town inside the province. Read by the extract stage (the town is the place, the province only
 * says where it lies) and the resolve stage (the town a province's incident is at).
 *
 * @example TOWN_IN_PROVINCE.test(' town in Rampur district of ') === true
 */
export const TOWN_IN_PROVINCE =
  /^\s*(?:town|city|village|district)?\s*(?:,|in|of)\s+(?:(?:the\s+)?\S+\s+(?:district|province|state|governorate|region)\s+(?:of|in)\s+)?$/i;

const NAME_AFTER = new RegExp(`^${PART_OF}((?:(?:al|el|ad|as|ar|ash)-)?[\\w'’-]+)`, 'i');

/**
 * The name of the place the words right after a town put it in ("al-Rastan| in northern Homs, …" gives
 * "Homs"), or null.
 *
 * @example nameAfterPartOf(' in northern Homs killing six') === 'Homs'
 */
export function nameAfterPartOf(after: string): string | null {
  return NAME_AFTER.exec(after)?.[1] ?? null;
}

/**
 * Words that put a place inside the town named next: "area of", "residential district of", "sub-district of
 * eastern", "neighborhood of west" (a bare point of the compass, as in "north Jerusalem"), "في مدينة". Read by the extract
 * stage (the town a quarter named before it stands for) and the resolve stage (the town an incident placed at
 * such a quarter is told at).
 */
export const PART_OF_TOWN =
  /^\s*(?:residential\s+|commercial\s+|industrial\s+)?(?:area|areas|neighbourhood|neighborhood|(?:sub-?)?district|suburb|locality|quarter|outskirts)\s+(?:of|in)\s+(?:the\s+)?(?:(?:(?:north|south)-?(?:east|west)|north|south|east|west)(?:ern)?\s+|central\s+)?(?:city\s+of\s+)?$|^\s*(?:ب|في)\s*(?:مدينة|وسط)\s+$/i;
