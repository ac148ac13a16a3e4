import { findMentions, loadKnowledgeBase, lookup } from '../src/stages/knowledge/index.js';
const b = await loadKnowledgeBase({ userDirs: ['/tmp/kb-geo'] });
const t = 'A bomb exploded near the Imam Ali shrine in Najaf. Gunmen attacked Center Street in Baghdad.';
console.log(findMentions(b, t, [[0, t.length]]).map((m) => `${t.slice(...m.span)}=${m.entity_id}/${m.place?.country}`));
console.log(lookup(b, 'Ali').slice(0, 3).map((r) => [r.entity_id, r.why]), b.entities.get('place:geonames:10265188'));
