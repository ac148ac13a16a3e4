/**
 * Regenerates data/region-admin1.tsv: the GeoNames first-level division behind each region of the base
 * (admin1-claims.ts), which the knowledge loader uses to place worldwide towns in their regions. Prints how
 * many regions took a division and how many of the base's own towns agree with it. Re-runnable.
 *
 *   npx tsx scripts/kb/build-region-admin1.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSourceCities } from './gazetteer-source.js';
import { regionAdmin1Table } from './region-admin1-table.js';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, '..', '..', 'data');
const table = regionAdmin1Table(join(dataDir, 'places'), join(here, 'regions'), loadSourceCities());
writeFileSync(join(dataDir, 'region-admin1.tsv'), table.text);
const fromHand = table.claims.filter((c) => c.basis === 'hand table').length;
console.log(
  `regions ${table.regions}, with a division ${table.claims.length} (${fromHand} from hand tables)`,
);
console.log(
  `towns of the base in a region with a division, found in the gazetteer: ${table.towns.checked}, agreeing ${table.towns.agreeing}`,
);
