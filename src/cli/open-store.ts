import type { Config } from '../core/config.js';
import type { ServingStore } from '../core/ports.js';
import {
  knownNamesFinder,
  createMarsad,
  knowledgeLookup,
  loadArabicNames,
  openStore,
  type ArabicNames,
  type Marsad,
  type ReindexNotice,
  type StoreOptions,
} from '../app/index.js';

/** How a command opens its store: `knowledge` when it loads the knowledge base anyway (to analyse). */
export interface CommandStoreOptions extends Pick<StoreOptions, 'existing'> {
  knowledge?: () => Promise<ArabicNames>;
}

/**
 * Opens the store a command works on, saying on stderr when the open re-indexes an older database (a
 * wait of seconds per thousand articles, once) so the user knows why nothing else happens meanwhile. The
 * search index takes the Arabic names of record names from the knowledge base, loaded only when the store
 * writes search terms: from `knowledge`, or else from the configured folders.
 *
 * @example const store = await openCommandStore(loadConfig({ db: 'events.db' }), { existing: true });
 */
export function openCommandStore(
  config: Pick<Config, 'db' | 'kbDirs'>,
  { knowledge = () => loadArabicNames(config.kbDirs), ...options }: CommandStoreOptions = {},
): ReturnType<typeof openStore> {
  return openStore(config.db, {
    ...options,
    knownNames: async () => knownNamesFinder(await knowledge()),
    onReindex: (notice) => process.stderr.write(`${reindexLine(notice)}\n`),
  });
}

/**
 * The pipeline and the store of a command that analyses and stores (`ingest`, `worker`): the store's search
 * index takes its Arabic names from the knowledge base the pipeline loads, not from a second copy.
 *
 * @example const [marsad, store] = await openPipelineAndStore(loadConfig({ db: 'events.db' }));
 */
export function openPipelineAndStore(config: Config): Promise<[Marsad, ServingStore]> {
  const loading = createMarsad(config);
  const knowledge = async () => knowledgeLookup((await loading).kb.entities);
  return Promise.all([loading, openCommandStore(config, { knowledge })]);
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
    ? `marsad: re-indexing the search terms of ${articles} (once, for a newer search index)…`
    : `marsad: re-indexed the search terms of ${articles} in ${(notice.milliseconds / 1000).toFixed(1)} s`;
}
