/**
 * The publication day many news sites write into their URLs: `/2015/07/24/`, `/20150801/`, `/2015-07-24-`.
 * Only a whole, valid date in a plausible range counts; a bare year or an id that happens to hold eight
 * digits of a non-date is not taken.
 *
 * @example dateFromUrl('https://example.com/Issues/20150801/Con20150801781234.htm') === '2015-08-01'
 */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  const patterns = [
    /(?:^|\/)((?:19|20)\d\d)\/(\d\d?)\/(\d\d?)(?=\/|$)/,
    /(?:^|\/)((?:19|20)\d\d)-(\d\d)-(\d\d)(?=[/_-]|$)/,
    /(?:^|\/)((?:19|20)\d\d)(\d\d)(\d\d)(?=\/)/,
  ];
  for (const pattern of patterns) {
    const m = pattern.exec(path);
    const iso = m ? validDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    if (iso) return iso;
  }
  return null;
}

function validDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}
