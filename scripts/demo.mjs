// `npm run demo`: ingest the bundled examples into ./marsad.db, list their events, and — for a person at a
// terminal — serve them at http://127.0.0.1:8080 (scripts and CI get the listing and exit).
import { spawnSync } from 'node:child_process';
import { demoInputs } from './demo-inputs.mjs';
import { MARSAD_NODE_FLAGS } from './node-flags.mjs';

const marsad = (...args) => {
  const result = spawnSync(process.execPath, [...MARSAD_NODE_FLAGS, 'bin/marsad.js', ...args], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

marsad('ingest', ...demoInputs('examples'), '--db', 'marsad.db');
marsad('events', '--db', 'marsad.db', '--format', 'table');
if (process.stdout.isTTY && !process.env.CI) {
  console.log('\nOpen http://127.0.0.1:8080 to see them on the map (Ctrl-C to stop).');
  marsad('serve', '--db', 'marsad.db');
} else {
  console.log(
    '\nRun `npx marsad serve --db marsad.db` and open http://127.0.0.1:8080 to see them on the map.',
  );
}
