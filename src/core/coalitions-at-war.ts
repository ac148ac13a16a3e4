// News names a coalition at war by its common noun alone ("the coalition", «التحالف», "coalition aircraft"),
// and which coalition it means hangs on the war the story tells. The knowledge stage reads it from the places an
// article names, the extract stage from the country of the incident: both read this one table.

/** A coalition at war, as the knowledge base ids and names it, and the countries of its air war. */
export interface CoalitionAtWar {
  id: string;
  name: string;
  countries: readonly string[];
}

/**
 * The coalitions a common noun names alone: Yemen's war is the Saudi-led one's, Iraq's and Syria's the
 * US-led one's.
 */
export const COALITIONS_AT_WAR: readonly CoalitionAtWar[] = [
  { id: 'actor:saudi-led-coalition', name: 'Saudi-led Coalition', countries: ['YE'] },
  { id: 'actor:us-led-coalition', name: 'US-led Coalition', countries: ['IQ', 'SY'] },
];

/**
 * Whether an actor id is one of the coalitions at war.
 *
 * @example isCoalitionAtWar('actor:us-led-coalition') === true
 */
export function isCoalitionAtWar(id: string | null | undefined): boolean {
  return COALITIONS_AT_WAR.some((c) => c.id === id);
}
