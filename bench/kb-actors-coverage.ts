/**
 * How many listed Middle East / North Africa / South Asia armed groups the shipped knowledge base
 * resolves, by each of their names, on three outside lists in ../shared/data/actors (read at run time,
 * never copied): the Phoenix/PETRARCH2 non-state actor dictionary, the UN Security Council sanctions list
 * (its Al-Qaida, Taliban and Somalia entities, with Arabic originals) and the UCDP actor list.
 * A name resolves when one actor mention covers all of it.  Run: npx tsx bench/kb-actors-coverage.ts
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { findMentions, loadKnowledgeBase, type KnowledgeBase } from '../src/stages/knowledge/index.js';
import { parseCsv } from '../src/stages/knowledge/csv-importer.js';

const ACTORS = new URL('../../shared/data/actors/', import.meta.url);
const read = (path: string): string => {
  const bytes = readFileSync(new URL(path, ACTORS));
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
};

const MENA_SA_ISO3 =
  'DZA BHR EGY IRN IRQ ISR JOR KWT LBN LBY MAR OMN PSE QAT SAU SYR TUN TUR ARE YEM AFG PAK IND BGD LKA NPL SDN SOM MRT'.split(
    ' ',
  );
const MENA_SA_NAMES =
  /Algeria|Bahrain|Egypt|Iran|Iraq|Israel|Jordan|Kuwait|Lebanon|Libya|Morocco|Oman|Palestin|Qatar|Saudi|Syria|Tunisia|Turkey|Emirates|Yemen|Afghanistan|Pakistan|India|Bangladesh|Sri Lanka|Nepal|Sudan|Somalia|Mauritania/;

type Group = { names: string[] };

function phoenix(): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  for (const line of read('petrarch2-phoenix/Phoenix.MilNonState.actors.txt').split('\n')) {
    const root = /^([^#+\s][^[]*?)\s*\[([A-Z]+)/.exec(line);
    if (root) {
      const code = root[2];
      const wanted =
        MENA_SA_ISO3.some((c) => code.startsWith(c)) || /^(MEA|SAS|IMGMUS|IMGSAS|IMGKAS)/.test(code);
      current = wanted ? { names: [] } : null;
      if (current) groups.push(current);
      current?.names.push(...phoenixNames(root[1]));
    } else if (line.startsWith('+') && current) current.names.push(...phoenixNames(line.slice(1)));
  }
  return groups;
}

/** "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_" → "ADEN ABYAN ISLAMIC ARMY", "AAIA". */
function phoenixNames(raw: string): string[] {
  const text = raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  const acronym = /\(([^)]+)\)/.exec(text)?.[1];
  const name = text.replace(/\([^)]*\)/g, '').trim();
  return [name, ...(acronym ? [acronym] : [])].filter((n) => n.length > 1);
}

const NOT_ARMED =
  /FOUNDATION|TRUST|EXCHANGE|SOCIETY|CHARITY|HAWALA|LTD|COMPANY|HUMANITARIAN|RELIEF|BENEVOLENCE|COMMITTEE|OFFICE|MAKHTAB|RAHAT|HILAL|TAIBAH|RABITA|JAM'YAH|SELSELAT|TAMEER|AL-AKHTAR|AL RASHID|AL-HARAMAIN|AL-HARAMAYN|NETWORK \(MJN\)/i;

function unSanctions(): Group[] {
  const rows = read('un-sc-consolidated/un_sc_names_aliases.tsv.gz')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter(([kind, , list]) => kind === 'entity' && ['Al-Qaida', 'Taliban', 'Somalia'].includes(list));
  // The lists also hold charities, money changers and companies; this measures armed groups.
  const excluded = new Set(rows.filter((r) => r[6] === 'primary' && NOT_ARMED.test(r[4])).map((r) => r[1]));
  const byRef = new Map<string, Group>();
  for (const [, ref, , , name, original] of rows) {
    if (excluded.has(ref)) continue;
    const group = byRef.get(ref) ?? { names: [] };
    byRef.set(ref, group);
    group.names.push(
      ...[name, original].filter((n) => n !== undefined && n.trim() !== '').map((n) => n.trim()),
    );
  }
  return [...byRef.values()];
}

function ucdp(): Group[] {
  const [header, ...rows] = parseCsv(read('ucdp/ucdp-actor-221.csv.gz').replace(/^\uFEFF/, ''));
  const col = (name: string): number => header.indexOf(name);
  return rows
    .filter((r) => r[col('Org')] === '1' && MENA_SA_NAMES.test(r[col('Location')]))
    .map((r) => ({
      names: [...new Set([r[col('NameData')], r[col('NameOrig')], r[col('NameOrigFullEng')]])].filter(
        (n) => n !== undefined && n !== '' && n !== 'n/a',
      ),
    }));
}

function resolves(kb: KnowledgeBase, raw: string): boolean {
  // A trailing acronym in brackets ("ABDALLAH AZZAM BRIGADES (AAB)") is a second name, counted as such by
  // the Phoenix reader; here the name before it must resolve.
  const name = raw.replace(/\s*\([^)]*\)\s*$/, '').trim();
  const mentions = findMentions(kb, name, [[0, name.length]]);
  return mentions.some((m) => m.actor !== undefined && m.span[1] - m.span[0] >= name.trim().length);
}

const kb = await loadKnowledgeBase();
for (const [source, groups] of [
  ['Phoenix MilNonState (MENA/South Asia codes)', phoenix()],
  ['UN SC sanctions entities (Al-Qaida, Taliban, Somalia lists; armed groups)', unSanctions()],
  ['UCDP actors (Org=1, MENA/South Asia)', ucdp()],
] as const) {
  let names = 0;
  let namesOk = 0;
  let anyOk = 0;
  let allOk = 0;
  let firstOk = 0;
  for (const g of groups) {
    const ok = g.names.map((n) => resolves(kb, n));
    names += ok.length;
    namesOk += ok.filter(Boolean).length;
    if (ok.some(Boolean)) anyOk++;
    if (ok.length > 0 && ok.every(Boolean)) allOk++;
    if (ok[0]) firstOk++;
  }
  const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  console.log(
    `${source}: ${groups.length} groups, ${names} names — names resolved ${pct(namesOk, names)}; ` +
      `groups by primary name ${pct(firstOk, groups.length)}, by any name ${pct(anyOk, groups.length)}, by every name ${pct(allOk, groups.length)}`,
  );
}
