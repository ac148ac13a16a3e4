/**
 * Builds the browser UI into web/dist: one ES module bundle, the CSS, Leaflet's stylesheet and images,
 * and the Natural Earth basemap, so `marsad serve` can host the UI with no network access at all.
 */
import { build } from 'esbuild';
import { cp, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/**
 * @example await buildWeb() // writes web/dist/index.html and web/dist/assets/*
 */
export async function buildWeb(outDir = path.join(WEB, 'dist')): Promise<string> {
  const assets = path.join(outDir, 'assets');
  await rm(outDir, { recursive: true, force: true });
  await mkdir(assets, { recursive: true });
  await build({
    entryPoints: { app: path.join(WEB, 'src/main.ts') },
    outdir: assets,
    bundle: true,
    format: 'esm',
    target: ['chrome110', 'firefox110', 'safari16'],
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
  });
  const leaflet = path.dirname(require.resolve('leaflet/dist/leaflet.css'));
  await cp(path.join(leaflet, 'leaflet.css'), path.join(assets, 'leaflet/leaflet.css'));
  await cp(path.join(leaflet, 'images'), path.join(assets, 'leaflet/images'), { recursive: true });
  const atlas = path.dirname(require.resolve('world-atlas/countries-50m.json'));
  for (const scale of ['110m', '50m']) {
    await cp(path.join(atlas, `countries-${scale}.json`), path.join(assets, `countries-${scale}.json`));
  }
  await cp(path.join(atlas, 'LICENSE'), path.join(assets, 'world-atlas-LICENSE.txt'));
  await cp(path.join(WEB, 'index.html'), path.join(outDir, 'index.html'));
  return outDir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildWeb()
    .then((out) => console.log(`web UI built in ${path.relative(process.cwd(), out)}`))
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    });
}
