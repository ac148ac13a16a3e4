import { EVENT_TYPES, type EventType } from '../../../src/core/taxonomy.js';

/**
 * One colour per ACLED event type, from the Okabe–Ito palette so the six stay apart for colour-blind
 * readers; the legend, the map, the list and the clusters all read from here.
 */
export const TYPE_COLOURS: Record<EventType, string> = {
  Battles: '#D55E00',
  'Explosions/Remote violence': '#E69F00',
  'Violence against civilians': '#CC79A7',
  Protests: '#009E73',
  Riots: '#0072B2',
  'Strategic developments': '#56B4E9',
};

const UNTYPED = '#777777';

/** @example colourOf('Battles') === '#D55E00'; colourOf(null) === '#777777' */
export function colourOf(type: string | null | undefined): string {
  return (type && TYPE_COLOURS[type as EventType]) || UNTYPED;
}

/**
 * A CSS conic gradient with one slice per type, proportional to the counts: a cluster shows its mix.
 *
 * @example typeMixGradient(['Battles', 'Battles', 'Riots']) // 'conic-gradient(#D55E00 0% 66.7%, #0072B2 66.7% 100%)'
 */
export function typeMixGradient(types: readonly (string | null | undefined)[]): string {
  const counts = new Map<string, number>();
  for (const type of types) counts.set(colourOf(type), (counts.get(colourOf(type)) ?? 0) + 1);
  const order = [...EVENT_TYPES.map((t) => TYPE_COLOURS[t]), UNTYPED].filter((c) => counts.has(c));
  let at = 0;
  const stops = order.map((colour) => {
    const from = at;
    at += ((counts.get(colour) ?? 0) / types.length) * 100;
    return `${colour} ${pct(from)} ${pct(at)}`;
  });
  return `conic-gradient(${stops.join(', ')})`;
}

function pct(n: number): string {
  return `${Math.round(n * 10) / 10}%`;
}
