import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from './kb-types.js';
import { townEntity } from './knowledge-fixtures.js';
import { addRegionDivisions, divisionsOf } from './region-divisions.js';

const entity = (id: string, kind: Entity['kind'], country: string): Entity => ({
  ...townEntity(id, id, '', country),
  kind,
});

/** The divisions the table lists among the regions' references, read back. */
const regionDivisions = (file: string, entities: Map<string, Entity>) => {
  addRegionDivisions(file, entities);
  return divisionsOf(entities);
};

describe('addRegionDivisions', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'divisions-')), 'region-admin1.tsv');
  writeFileSync(
    file,
    '# comment\nregion\tadmin1\tbasis\nregion:xx:north\tXX.01\thand table\nregion:xx:gone\tXX.02\thand table\n' +
      'place:xx:town\tXX.03\thand table\nregion:yy:south\tXX.04\thand table\n',
  );

  it("maps each division to its region and lists it among the region's references", () => {
    const north = entity('region:xx:north', 'region', 'XX');
    const entities = new Map([[north.id, north]]);
    expect([...regionDivisions(file, entities)]).toEqual([['XX.01', 'region:xx:north']]);
    expect(north.refs).toEqual(['geonames-admin1:XX.01']);
  });

  it('skips rows naming no region of the base, a place that is no region, or a division of another country', () => {
    const town = entity('place:xx:town', 'city', 'XX');
    const south = entity('region:yy:south', 'region', 'YY');
    const entities = new Map([
      [town.id, town],
      [south.id, south],
    ]);
    expect(regionDivisions(file, entities).size).toBe(0);
    expect(regionDivisions(join(file, 'missing'), entities).size).toBe(0);
  });
});
