import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where the speed benchmarks import marsad from: the compiled `dist/` that `marsad` itself runs, when it has
 * been built (`npm run bench` builds it first), else the TypeScript sources. Under tsx the sources are not
 * the product: every named closure pays a `__name` call and every module a compile, which dist does not.
 */
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
export const BUILT = existsSync(`${DIST}app/index.js`);

/**
 * A module of marsad by its path below `src/` ("app/index.js"), from dist when built.
 *
 * @example const { createMarsad } = await productModule<typeof import('../src/app/index.js')>('app/index.js');
 */
export async function productModule<T>(path: string): Promise<T> {
  return (await import(new URL(`../${BUILT ? 'dist' : 'src'}/${path}`, import.meta.url).href)) as T;
}
