/** Kinds of incident a trigger can start; triggers of joinable families in one clause make one frame. */
export type Family =
  | 'violence'
  | 'riot'
  | 'protest'
  | 'looting'
  | 'abduction'
  | 'sexual'
  | 'arrest'
  | 'territory'
  | 'agreement'
  | 'change'
  | 'transfer';

/**
 * The family of each trigger tag that is not an act of violence. A Map: most tags asked about are in no
 * family, and a miss on an object's keys is looked up along its prototype chain as well.
 */
const FAMILY_OF: ReadonlyMap<string, Family> = new Map<string, Family>([
  ['@riot', 'riot'],
  ['Violent demonstration', 'riot'],
  ['Mob violence', 'riot'],
  ['Peaceful protest', 'protest'],
  ['Looting/property destruction', 'looting'],
  ['Abduction/forced disappearance', 'abduction'],
  ['Sexual violence', 'sexual'],
  ['Arrests', 'arrest'],
  ['@capture', 'territory'],
  ['Government regains territory', 'territory'],
  ['Agreement', 'agreement'],
  ['Change to group/activity', 'change'],
  ['Non-violent transfer of territory', 'transfer'],
]);

/**
 * The family of incident a trigger tag starts: violence unless the tag names another.
 *
 * @example familyOf('@riot') // 'riot'
 */
export function familyOf(tag: string): Family {
  return FAMILY_OF.get(tag) ?? 'violence';
}
