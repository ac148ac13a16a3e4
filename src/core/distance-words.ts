/** Number words a distance is written with ("thirty miles south of"). */
const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};
/** Units a distance is written in: "km", "miles", «كم», and «كلم», the Maghreb and wire spelling of km. */
export const DISTANCE_UNIT = String.raw`km|kms|kilomet(?:re|er)s?|miles?|كم|كلم|كيلومترا?ت?`;
/** "20 km", "ten miles", "12 kilometres", "٣٠ كم": the last distance the words end near. */
const DISTANCE = new RegExp(String.raw`(\d+(?:\.\d+)?|[a-z]+)\s*(${DISTANCE_UNIT})\s+(?:\S+\s+){0,4}$`, 'i');
/** How far from a town an incident may lie and still be told at the area around it, in km. */
export const NEAR_KM = 25;

/**
 * The distance in km the words before a town put the scene from it ("12 miles south of"), or null when they
 * give none or a number this does not read.
 *
 * @example kmBefore('a bomb went off 10 miles east of ') // 16.09
 */
export function kmBefore(before: string): number | null {
  const m = DISTANCE.exec(before);
  if (!m) return null;
  const n = /^\d/.test(m[1]) ? Number(m[1]) : WORDS[m[1].toLowerCase()];
  if (n === undefined) return null;
  return /^mile/i.test(m[2]) ? n * 1.609 : n;
}

/**
 * Whether the words before a town put the scene within `NEAR_KM` of it. A distance this cannot read
 * ("several miles south of") is no evidence of nearness: the scene may lie anywhere out of the town.
 *
 * @example nearBefore('a checkpoint 20 km south of ') // true
 */
export function nearBefore(before: string): boolean {
  const km = kmBefore(before);
  return km !== null && km <= NEAR_KM;
}
