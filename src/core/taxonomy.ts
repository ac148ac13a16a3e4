/**
 * The ACLED event taxonomy: 6 event types and 25 sub-event types, spelled exactly as ACLED spells them.
 */
export const ACLED_TAXONOMY = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Chemical weapon',
    'Air/drone strike',
    'Suicide bomb',
    'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED',
    'Grenade',
  ],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement',
    'Arrests',
    'Change to group/activity',
    'Disrupted weapons use',
    'Headquarters or base established',
    'Looting/property destruction',
    'Non-violent transfer of territory',
    'Other',
  ],
} as const;

export type EventType = keyof typeof ACLED_TAXONOMY;
export type SubEventType = (typeof ACLED_TAXONOMY)[EventType][number];

export const EVENT_TYPES = Object.keys(ACLED_TAXONOMY) as EventType[];

/** @example eventTypeOf('Suicide bomb') === 'Explosions/Remote violence' */
export function eventTypeOf(sub: SubEventType): EventType {
  for (const type of EVENT_TYPES) {
    if ((ACLED_TAXONOMY[type] as readonly string[]).includes(sub)) return type;
  }
  throw new Error(`not an ACLED sub-event type: ${sub}`);
}

export function isSubEventType(value: string): value is SubEventType {
  return EVENT_TYPES.some((t) => (ACLED_TAXONOMY[t] as readonly string[]).includes(value));
}
