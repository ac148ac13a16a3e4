/**
 * How the UI and the exports name where an article came from. A fetched article has its address, which the reader may
 * follow; a file read from the server's disk is named by its base name only, because the full path says
 * how the server's disk is laid out, which is no web reader's business.
 *
 * @example sourceLabel(null, '/srv/marsad/inbox/2024/report-17.txt') === 'report-17.txt'
 * @example sourceLabel('https://news.example/a/1', 'feed:example') === 'https://news.example/a/1'
 */
export function sourceLabel(url: string | null | undefined, source: string): string {
  if (url) return url;
  if (/^https?:\/\//i.test(source)) return source;
  const parts = source.split(/[\\/]/).filter((part) => part !== '');
  return parts[parts.length - 1] ?? '';
}
