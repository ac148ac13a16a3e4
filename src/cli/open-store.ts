import { openStore, type ReindexNotice, type StoreOptions } from '../app/index.js';

/**
 * Opens the store a command works on, saying on stderr when the open re-indexes an older database (a
 * wait of seconds per thousand articles, once) so the user knows why nothing else happens meanwhile.
 */
export function openCommandStore(url: string, options: StoreOptions = {}): ReturnType<typeof openStore> {
  return openStore(url, {
    ...options,
    onReindex: (notice) => process.stderr.write(`${reindexLine(notice)}\n`),
  });
}

/**
 * @example reindexLine({ phase: 'finished', articles: 1200, milliseconds: 6400 })
 * // 'marsad: re-indexed the search terms of 1,200 stored articles in 6.4 s'
 */
export function reindexLine(notice: ReindexNotice): string {
  if (notice.phase === 'waiting') {
    return 'marsad: another marsad process is upgrading this database (once); waiting for it to finish…';
  }
  const articles = `${notice.articles.toLocaleString('en')} stored article${notice.articles === 1 ? '' : 's'}`;
  return notice.phase === 'started'
    ? `marsad: re-indexing the search terms of ${articles} (once, for stemmed search)…`
    : `marsad: re-indexed the search terms of ${articles} in ${(notice.milliseconds / 1000).toFixed(1)} s`;
}
