/**
 * The English names of the months and the days of the week, as written (capitalised): words that look like
 * a name after a place or "in" yet tell a time. Read by the core's list of words that name no place and by
 * the resolve stage (a name after a country's), so that both keep one list.
 *
 * @example CALENDAR_NAMES.split(' ').includes('March') === true
 */
export const CALENDAR_NAMES =
  'January February March April May June July August September October November December ' +
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday';
