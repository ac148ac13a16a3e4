import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

const mentions: FixtureSpec['mentions'] = [
  ['الحوثيين', actorEntity('Houthi Movement')],
  ['صعدة', placeEntity('Saada', 'YE')],
];

describe("an air-war coalition's bombardment", () => {
  it.each<[string, string, string]>([
    [
      'a bare bombardment by the coalition in Yemen is an air strike',
      'قصفت قوات التحالف مواقع الحوثيين في مدينة صعدة أمس.',
      'Air/drone strike',
    ],
    [
      'the coalition bombardment named as a noun is an air strike too',
      'تكبد الحوثيين خسائر كبيرة كان آخرها قصف قوات التحالف لمواقعهم في مدينة صعدة.',
      'Air/drone strike',
    ],
    [
      'artillery named in the clause keeps it shelling',
      'قصفت مدفعية التحالف مواقع الحوثيين في مدينة صعدة أمس.',
      'Shelling/artillery/missile attack',
    ],
    [
      "another side's bombardment stays shelling",
      'قصف الحوثيين مواقع الجيش في مدينة صعدة أمس.',
      'Shelling/artillery/missile attack',
    ],
  ])('%s', (_, text, sub) => {
    expect(firstSubType({ text, mentions })).toBe(sub);
  });
});
