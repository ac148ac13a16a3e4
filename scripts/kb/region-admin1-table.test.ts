import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSourceCities } from './gazetteer-source.js';
import { regionAdmin1Table } from './region-admin1-table.js';

const root = join(import.meta.dirname, '..', '..');

describe('data/region-admin1.tsv', () => {
  const table = regionAdmin1Table(
    join(root, 'data', 'places'),
    join(import.meta.dirname, 'regions'),
    loadSourceCities(),
  );

  it('is exactly what the generator writes (no hand edits, none stale)', () => {
    expect(readFileSync(join(root, 'data', 'region-admin1.tsv'), 'utf8')).toBe(table.text);
  });

  it("agrees with the base's own towns: nearly all lie in the division their region took", () => {
    expect(table.towns.checked).toBeGreaterThan(1000);
    expect(table.towns.agreeing / table.towns.checked).toBeGreaterThan(0.95);
    const ids = new Map(table.claims.map((c) => [c.id, c.admin1]));
    expect(ids.get('region:cn:xinjiang')).toBe('CN.13');
    expect(ids.get('region:in:assam')).toBe('IN.03');
  });
});
