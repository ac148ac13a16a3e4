import { homedir } from 'node:os';
import { join } from 'node:path';
import { MarsadError } from './errors.js';

/** Everything marsad can be told, checked once at start-up and frozen. */
export interface Config {
  /** A SQLite file path, `sqlite:PATH`, or a `postgres://` URL. */
  readonly db: string;
  /** Folders of user-imported knowledge (TSV files in the data/ format). */
  readonly kbDirs: readonly string[];
  /** The largest single input accepted, in bytes. */
  readonly maxBytes: number;
  /** The day relative dates resolve against when an article has no publication date; null = unknown. */
  readonly referenceDate: string | null;
}

export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

/** `$MARSAD_HOME`, else `~/.marsad`: where user knowledge and keys live by default. */
export function marsadHome(env: NodeJS.ProcessEnv = process.env): string {
  return env.MARSAD_HOME ?? join(homedir(), '.marsad');
}

/**
 * @example loadConfig({ db: 'events.db' }, process.env).maxBytes === 8 * 1024 * 1024
 */
export function loadConfig(overrides: Partial<Config>, env: NodeJS.ProcessEnv = process.env): Config {
  const config: Config = {
    db: overrides.db ?? env.MARSAD_DB ?? 'marsad.db',
    kbDirs: overrides.kbDirs ?? [join(marsadHome(env), 'kb')],
    maxBytes: overrides.maxBytes ?? numberFrom(env.MARSAD_MAX_BYTES, 'MARSAD_MAX_BYTES') ?? DEFAULT_MAX_BYTES,
    referenceDate: overrides.referenceDate ?? env.MARSAD_REFERENCE_DATE ?? null,
  };
  if (!Number.isInteger(config.maxBytes) || config.maxBytes <= 0) {
    throw new MarsadError(
      'CONFIG_INVALID',
      `maxBytes must be a positive whole number, got ${config.maxBytes}`,
    );
  }
  if (config.referenceDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(config.referenceDate)) {
    throw new MarsadError(
      'CONFIG_INVALID',
      `referenceDate must be YYYY-MM-DD, got "${config.referenceDate}"`,
    );
  }
  return Object.freeze({ ...config, kbDirs: Object.freeze([...config.kbDirs]) });
}

function numberFrom(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n))
    throw new MarsadError('CONFIG_INVALID', `${name} must be a number, got "${value}"`);
  return n;
}
