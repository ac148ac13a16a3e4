// Which files of a folder the demo ingests: its articles, not the README that says where they come from —
// naming the README to `marsad ingest` would only print "1 skipped" on a new user's first run.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const ARTICLE_FILE = /\.(?:txt|html?|json|jsonl|xml|warc(?:\.gz)?)$/i;

/** @example demoInputs('examples') // ['examples/ar-tunisia-protest.json', …] */
export function demoInputs(dir) {
  return readdirSync(dir)
    .filter((name) => ARTICLE_FILE.test(name))
    .sort()
    .map((name) => join(dir, name));
}
