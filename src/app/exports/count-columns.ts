import type { StoredEvent } from '../../core/article-output.js';
import type { Qualifier } from '../../core/records.js';

/**
 * The four count columns every export carries, in one place so CSV, GeoJSON and STIX cannot drift apart.
 * A count always travels with its qualifier: "at least 12 killed" written as a bare 12 would read as exact.
 * Unknown values are null; STIX leaves those keys out itself.
 *
 * @example countColumns(e) // { fatalities: 12, fatalities_qualifier: 'at_least', injuries: null, injuries_qualifier: null }
 */
export function countColumns(e: StoredEvent): {
  fatalities: number | null;
  fatalities_qualifier: Qualifier | null;
  injuries: number | null;
  injuries_qualifier: Qualifier | null;
} {
  return {
    fatalities: e.fatalities?.value ?? null,
    fatalities_qualifier: e.fatalities?.qualifier ?? null,
    injuries: e.injuries?.value ?? null,
    injuries_qualifier: e.injuries?.qualifier ?? null,
  };
}
