/**
 * WikiEvents (test) and MUC-4 (GTT test) where they map onto marsad's events: per article, the share of
 * gold attackers (WikiEvents Attacker; MUC-4 PerpInd/PerpOrg) found in some event's actor1, victims and
 * targets (Victim/Target) in actor2, and attack places (WikiEvents Place) in location. A gold filler is
 * found when one of its written forms and the words under the field's spans (or its name) contain one
 * another as whole words. Articles whose gold has no attack are left out.
 * - A side that is a named group or party of the knowledge base (data/actors, kinds armed-group and party)
 *   is also found under the base's other names for it, when a gold form holds one: gold "fmln" is marsad's
 *   Farabundo Marti National Liberation Front told by "the guerrillas". Not the other way round (the alias
 *   "FMLN guerrillas" holds any gold "guerrillas"), and not for generic sides (Civilians, a state's forces),
 *   whose names are words ("police", "residents") that would match gold they were never chosen for.
 *
 * What is made comparable, and how:
 * - WikiEvents' `text` glues its sentences with no space ("said.The"), which the original article did not:
 *   marsad reads the sentences joined by a space, so that sentence breaks are seen.
 * - A WikiEvents filler is a head word of one mention ("members" of "members of the security forces"); its
 *   entity's other mentions (the coreference file's cluster and its fullest name) are its forms too, as
 *   MUC-4 gives several forms of a filler.
 * - Forms that name nothing (pronouns, "the", "here") are dropped; a filler with no other form is left out
 *   and counted apart.
 * What is not comparable, and stays in the figures as misses:
 * - MUC-4 texts are lower-cased (upper-case in the original): names and titles are not told apart from
 *   words, so a named victim ("danilo barillas") is out of marsad's reach.
 * - actor1/actor2 are ACLED sides, one each per event: a named lone attacker ("Tsarnaev"), a physical
 *   target with no owner side (a pipeline, a pylon, a bridge) or an unnamed attacker ("unidentified
 *   individuals", for which marsad leaves actor1 empty by design) is no side; nor is each of several
 *   victims one event lists.
 * - Gold annotates every attack the article mentions, background and history included; marsad reports
 *   incidents told as news.
 *
 *   npx tsx bench/events-wikievents-muc.ts [--misses]
 *
 * --misses prints, per article with a missed gold filler, each miss (role and written forms) and marsad's
 * events with their actor1/actor2/location (name and the words under their spans) and evidence text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ArticleOutput } from '../src/core/article-output.js';
import type { ActorRef, PlaceRef } from '../src/core/records.js';
import { SHARED } from './corpus-files.js';
import { analyseText, ratio } from './events-bench-kit.js';
import { parseKbTsv } from '../src/stages/knowledge/tsv-reader.js';

const DIR = join(SHARED, 'data', 'event-gold');
const SHOW_MISSES = process.argv.includes('--misses');
type Role = 'attacker' | 'victim' | 'place';
/** A gold article: its text and, per role, fillers each given as one or more written forms. */
interface GoldDoc {
  id: string;
  text: string;
  roles: Record<Role, string[][]>;
}

const readJsonl = (path: string) =>
  gunzipSync(readFileSync(path))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

/** Words that stand for a filler without naming it: no text to compare a side with. */
const NO_NAME =
  /^(?:the|a|an|here|there|where|both|all|he|she|him|her|his|hers|it|its|they|them|their|theirs|we|us|our|i|me|my|you|your|who|whom|whose|which|that|this|these|those|himself|herself|itself|themselves)$/i;

/** Per WikiEvents article, each entity's mention words: its coreference cluster and its fullest name. */
function wikiEntityForms(): Map<string, string[]> {
  const texts = new Map<string, string>();
  for (const d of readJsonl(join(DIR, 'wikievents', 'wikievents_test.jsonl.gz')))
    for (const m of d.entity_mentions) texts.set(m.id, m.text);
  const forms = new Map<string, string[]>();
  for (const c of readJsonl(join(DIR, 'wikievents', 'wikievents_coref_test.jsonlines.gz')))
    c.clusters.forEach((ids: string[], i: number) => {
      const words = [...ids.map((id) => texts.get(id) ?? ''), c.informative_mentions[i] ?? ''];
      for (const id of ids) forms.set(id, words);
    });
  return forms;
}

function wikiEvents(): GoldDoc[] {
  const entityForms = wikiEntityForms();
  return readJsonl(join(DIR, 'wikievents', 'wikievents_test.jsonl.gz')).flatMap((d) => {
    const roles: Record<Role, string[][]> = { attacker: [], victim: [], place: [] };
    for (const e of d.event_mentions) {
      if (!String(e.event_type).startsWith('Conflict.Attack')) continue;
      for (const a of e.arguments) {
        const role =
          a.role === 'Attacker'
            ? 'attacker'
            : a.role === 'Target' || a.role === 'Victim'
              ? 'victim'
              : a.role === 'Place'
                ? 'place'
                : null;
        if (role) roles[role].push([a.text, ...(entityForms.get(a.entity_id) ?? [])]);
      }
    }
    return roles.attacker.length + roles.victim.length + roles.place.length
      ? [{ id: d.doc_id, text: d.sentences.map((x: [unknown, string]) => x[1]).join(' '), roles }]
      : [];
  });
}

function muc4(): GoldDoc[] {
  return readJsonl(join(DIR, 'muc4', 'muc4_gtt_test.jsonl.gz')).flatMap((d) => {
    const roles: Record<Role, string[][]> = { attacker: [], victim: [], place: [] };
    for (const t of d.templates) {
      if (!['attack', 'bombing', 'arson'].includes(t.incident_type)) continue;
      for (const filler of [...t.PerpInd, ...t.PerpOrg])
        roles.attacker.push(filler.map((m: [string, number]) => m[0]));
      for (const filler of [...t.Victim, ...t.Target])
        roles.victim.push(filler.map((m: [string, number]) => m[0]));
    }
    return roles.attacker.length + roles.victim.length ? [{ id: d.docid, text: d.doctext, roles }] : [];
  });
}

/** The words a field's spans cover, quoted, after its name: what a reader checks a miss against. */
function fieldText(article: ArticleOutput, ref: ActorRef | PlaceRef | null): string {
  if (!ref) return '-';
  const words = ref.spans.map(([a, b]) => JSON.stringify(article.text.slice(a, b)));
  return `${ref.name} [${words.join(' ')}]`;
}

function printMisses(doc: GoldDoc, article: ArticleOutput, misses: string[]): void {
  console.log(`\n=== ${doc.id}`);
  for (const m of misses) console.log(`  MISS ${m}`);
  for (const e of article.events) {
    const evidence = e.evidence.map(([a, b]) => article.text.slice(a, b).replace(/\s+/g, ' ')).join(' | ');
    console.log(
      `  - ${e.sub_event_type?.value ?? e.event_type?.value ?? '?'}\n` +
        `    actor1 ${fieldText(article, e.actor1)}\n    actor2 ${fieldText(article, e.actor2)}\n` +
        `    location ${fieldText(article, e.location)}\n    evidence ${evidence.slice(0, 400)}`,
    );
  }
}

/** Per named group or party of the knowledge base, by id: its other English names. */
function groupNames(): Map<string, string[]> {
  const dir = join(import.meta.dirname, '..', 'data', 'actors');
  const names = new Map<string, string[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv')))
    for (const e of parseKbTsv(readFileSync(join(dir, file), 'utf8'), file))
      if (e.kind === 'armed-group' || e.kind === 'party') names.set(e.id, [...e.aliases_en]);
  return names;
}
const GROUP_NAMES = groupNames();

function predicted(article: ArticleOutput, role: Role): string[] {
  const refs: (ActorRef | PlaceRef | null)[] = article.events.map((e) =>
    role === 'attacker' ? e.actor1 : role === 'victim' ? e.actor2 : e.location,
  );
  return refs
    .flatMap((r) => (r ? [r.name, ...r.spans.map(([a, b]) => article.text.slice(a, b))] : []))
    .map((s) => s.toLowerCase());
}

/** The other names of the named groups the field holds: found only inside a gold form ("fmln" in "fmln"). */
function groupAliases(article: ArticleOutput, role: Role): string[] {
  if (role === 'place') return [];
  return article.events
    .flatMap((e) => {
      const id = (role === 'attacker' ? e.actor1 : e.actor2)?.entity_id;
      return id ? (GROUP_NAMES.get(id) ?? []) : [];
    })
    .map((s) => s.toLowerCase());
}

/** Whether `outer` holds `inner` as whole words: the gold filler "he" is not in "the Army". */
function holdsWords(outer: string, inner: string): boolean {
  const words = (s: string) => ` ${s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  return words(outer).includes(words(inner));
}

if (!existsSync(join(DIR, 'wikievents')) || !existsSync(join(DIR, 'muc4'))) {
  console.log('wikievents/muc4: ../shared data not found — nothing to measure');
  process.exit(0);
}
for (const [name, docs] of [
  ['wikievents', wikiEvents()],
  ['muc4', muc4()],
] as const) {
  const score: Record<Role, [number, number]> = { attacker: [0, 0], victim: [0, 0], place: [0, 0] };
  let events = 0;
  let leftOut = 0;
  for (const doc of docs) {
    const article = await analyseText(doc.id, doc.text);
    events += article.events.length;
    const misses: string[] = [];
    for (const role of ['attacker', 'victim', 'place'] as const) {
      const ours = predicted(article, role);
      const aliases = groupAliases(article, role);
      for (const given of doc.roles[role]) {
        const forms = [...new Set(given.filter((f) => f && !NO_NAME.test(f)).map((f) => f.toLowerCase()))];
        if (!forms.length) {
          leftOut++;
          continue;
        }
        score[role][1]++;
        const hit = forms.some(
          (f) =>
            ours.some((o) => o.length >= 3 && (holdsWords(o, f) || holdsWords(f, o))) ||
            aliases.some((a) => a.length >= 3 && holdsWords(f, a)),
        );
        if (hit) score[role][0]++;
        else misses.push(`${role}: ${forms.map((f) => JSON.stringify(f)).join(' / ')}`);
      }
    }
    if (SHOW_MISSES && misses.length) printMisses(doc, article, misses);
  }
  console.log(
    `${name}: ${docs.length} articles with attacks, ${events} events found\n` +
      `  attacker in actor1 ${ratio(...score.attacker)}, victim/target in actor2 ${ratio(...score.victim)}` +
      (name === 'wikievents' ? `, place in location ${ratio(...score.place)}` : '') +
      `\n  left out: ${leftOut} fillers written only as pronouns or the like`,
  );
}
