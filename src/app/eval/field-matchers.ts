/**
 * Field comparisons of the event scorer. They reproduce `shared/eval/score.mjs` exactly (the reference
 * scorer the annotation guide ships), so `marsad eval` and it agree on every file; docs/eval.md says why
 * each rule is what it is.
 */
import { levenshtein } from '../../core/text/edit-distance.js';

/** A field as a scalar: objects give their value, name, text or label (marsad records are objects). */
export function scalar(v: unknown): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    return o.value ?? o.name ?? o.text ?? o.label ?? null;
  }
  return v ?? null;
}

/** ISO country of an event: its `country`, else its location's. Upper-cased, two letters. */
export function countryOf(e: Record<string, unknown>): string | null {
  const loc = e.location;
  const fromLoc =
    loc && typeof loc === 'object'
      ? ((loc as Record<string, unknown>).country ??
        (loc as Record<string, unknown>).country_code ??
        (loc as Record<string, unknown>).iso2)
      : null;
  const c = e.country ?? fromLoc;
  return c ? String(scalar(c)).toUpperCase().slice(0, 2) : null;
}

/**
 * A place name reduced to its consonants: accents, the Arabic article and vowels (which transliterations
 * disagree on) removed, doubled letters collapsed.
 *
 * @example skeleton('Deir ez-Zor') === 'drzr'
 */
export function skeleton(s: string): string {
  return String(s)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\b(al|el|ad|ar|as|at|az|an|ash|ath|the)[-\s']/g, '')
    .replace(/[^a-z]/g, '')
    .replace(/[aeiouyw]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** Same place: equal skeletons, one or two edits apart, or one containing the other (four letters up). */
export function placeEq(gold: unknown, pred: unknown): boolean {
  if (!gold || !pred) return false;
  const a = skeleton(String(gold));
  const b = skeleton(String(scalar(pred) ?? ''));
  if (!a || !b) return false;
  if (a === b) return true;
  if (Math.min(a.length, b.length) >= 3 && levenshtein(a, b) <= (a.length > 5 ? 2 : 1)) return true;
  return a.length >= 4 && (b.includes(a) || a.includes(b)) && Math.min(a.length, b.length) >= 4;
}

const ACTOR_SYNONYMS = [
  [
    'islamic state',
    'isis',
    'isil',
    'daesh',
    'is',
    'islamic state of iraq and the levant',
    'islamic state of iraq and syria',
    'islamic state khorasan',
    'iskp',
    'is-k',
    'isis-k',
  ],
  ['houthi movement', 'houthis', 'houthi', 'ansar allah', 'ansarallah'],
  ['saudi-led coalition', 'arab coalition', 'coalition'],
  ['hamas', 'harakat al-muqawama al-islamiya'],
  ['hezbollah', 'hizballah', 'hizbollah'],
  ['taliban', 'afghan taliban', 'islamic emirate of afghanistan'],
  ['al qaeda', 'al-qaeda', 'al-qaida', 'aqap', 'al qaeda in the arabian peninsula'],
  ['al-nusra front', 'nusra front', 'jabhat al-nusra', 'hts', 'hayat tahrir al-sham'],
  ['kurdistan workers party', 'pkk'],
  ['boko haram', 'iswap', 'jas'],
  ['al-shabaab', 'al shabaab', 'shabaab'],
];
const STOP = new Set(['of', 'the', 'forces', 'force', 'movement', 'group', 'and', '-']);

function normActor(s: unknown): string {
  return String(s)
    .toLowerCase()
    .replace(/[()"'’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function inSynonyms(syn: string[], name: string): boolean {
  return syn.some((s) => name === s || name.startsWith(s + ' ') || (name.includes(s) && s.length > 4));
}

/**
 * Same actor: equal names, names of one synonym set, civilians named as people/residents, or at least half
 * of the gold name's content words shared ("Military Forces of Syria" ~ "Syrian military forces" fails,
 * "Police Forces of Turkey" ~ "Police Forces of Türkiye" holds).
 */
export function actorEq(gold: unknown, pred: unknown): boolean {
  if (!gold || !pred) return false;
  const a = normActor(gold);
  const b = normActor(scalar(pred) ?? '');
  if (!b) return false;
  if (a === b) return true;
  if (ACTOR_SYNONYMS.some((syn) => inSynonyms(syn, a) && inSynonyms(syn, b))) return true;
  if (/civilian/.test(a) && /civilian|people|residents|worshippers|villagers|citizens/.test(b)) return true;
  const ta = a.split(/[\s-]+/).filter((t) => !STOP.has(t));
  const tb = new Set(b.split(/[\s-]+/).filter((t) => !STOP.has(t)));
  const shared = ta.filter((t) => tb.has(t)).length;
  return shared > 0 && shared / Math.max(ta.length, 1) >= 0.5;
}

export function numberOf(v: unknown): number | null {
  const x = scalar(v);
  return x === null || x === undefined ? null : Number(x);
}

export function dateOf(v: unknown): string | null {
  const x = scalar(v);
  return x ? String(x) : null;
}

/** Dates agree on their common precision: "2015-07" and "2015-07-19" are compatible. */
export function datesCompatible(g: string | null, p: string | null): boolean {
  if (!g || !p) return false;
  const n = Math.min(g.length, p.length);
  return g.slice(0, n) === p.slice(0, n);
}
