/**
 * «مستشفى», «المستشفى», «للمستشفى», «لمستشفى», «والمستشفيات» (folded): a hospital, where the hurt are taken.
 * Both the reader of an aircraft that carried the wounded away and the reader of a place the wounded were
 * taken to (no place struck) know a hospital by it.
 *
 * @example HOSPITAL.test('للمستشفي') // true
 */
export const HOSPITAL = /^[وف]?(?:ال|لل|ل)?مستشفي(?:ات)?$/;
