import type { Command } from 'commander';
import {
  defaultKbDir,
  importCsv,
  importGeonames,
  lookupName,
  type ImportSummary,
} from '../app/knowledge-admin.js';
import { action } from './cli-errors.js';

const KB_DIR_HELP = 'folder of your imported knowledge (default $MARSAD_HOME/kb or ~/.marsad/kb)';

/**
 * `marsad kb`: import GeoNames dumps or a CSV into the user's knowledge folder, and look names up.
 *
 * @example registerKbCommand(program); // marsad kb lookup طرابلس
 */
export function registerKbCommand(program: Command): void {
  const kb = program.command('kb').description('Manage the knowledge base of places and actors');
  const imports = kb.command('import').description('Add places or actors to your knowledge folder');
  imports
    .command('geonames')
    .description(
      'Import GeoNames dumps (cities15000.txt, a country file …) and optionally alternateNames.txt',
    )
    .argument(
      '<files...>',
      'GeoNames files, plain or .gz; an alternateNames file is recognised by its columns',
    )
    .option('--kb-dir <dir>', KB_DIR_HELP)
    .action(
      action(async (files: string[], options: { kbDir?: string }) => {
        printSummary(await importGeonames({ files, kbDir: options.kbDir }));
      }),
    );
  imports
    .command('csv')
    .description(
      'Import a CSV whose header names knowledge-base columns (docs/knowledge-format.md): kind and name_en ' +
        'or name_ar required; id, aliases_en, aliases_ar, demonyms_en, demonyms_ar, parent, country, lat, lon, ' +
        'population, refs optional; lists separated by |',
    )
    .argument('<file>', 'the CSV file')
    .option('--kb-dir <dir>', KB_DIR_HELP)
    .action(
      action(async (file: string, options: { kbDir?: string }) => {
        printSummary(await importCsv({ file, kbDir: options.kbDir }));
      }),
    );
  kb.command('lookup')
    .description('Show what a name resolves to, with every candidate and why')
    .argument('<name...>', 'a place or actor name, Arabic or English, clitics allowed (بطرابلس)')
    .option('--kb-dir <dir>', KB_DIR_HELP)
    .option('--json', 'print the candidates as JSON')
    .action(
      action(async (words: string[], options: { kbDir?: string; json?: boolean }) => {
        const name = words.join(' ');
        const results = await lookupName(name, { kbDir: options.kbDir ?? defaultKbDir() });
        if (options.json) {
          process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
          return;
        }
        if (results.length === 0) {
          process.stdout.write(`"${name}": no place or actor of that name\n`);
          process.exitCode = 1;
          return;
        }
        results.forEach((r, i) => {
          const where = [r.admin1, r.country].filter(Boolean).join(', ');
          const coords = r.lat === null ? '' : ` (${r.lat}, ${r.lon})`;
          const label = [r.name_en, r.name_ar].filter(Boolean).join(' / ');
          process.stdout.write(
            `${i + 1}. ${label} — ${r.kind}${where ? `, ${where}` : ''}${coords} [${r.entity_id}]\n`,
          );
          for (const why of r.why) process.stdout.write(`     ${why}\n`);
        });
      }),
    );
}

function printSummary(s: ImportSummary): void {
  process.stdout.write(
    `${s.read} rows read: ${s.added} new, ${s.known} merged into known entities → ${s.file}\n`,
  );
}
