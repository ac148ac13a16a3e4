// The ids the knowledge base gives states' forces (data/actors/state-forces.tsv): extract builds them from a
// nationality, resolve reads which kind of force one is.

/**
 * The id of a state's military or police.
 *
 * @example forcesId('TR', true) // 'actor:forces:tr:police'
 */
export function forcesId(country: string, police: boolean): string {
  return `actor:forces:${country.toLowerCase()}:${police ? 'police' : 'military'}`;
}

/**
 * Whether an id is a state's police force, as against its military.
 *
 * @example isPoliceId('actor:forces:tr:police') // true
 */
export function isPoliceId(id: string): boolean {
  return id.startsWith('actor:forces:') && id.endsWith(':police');
}
