import { describe, expect, it } from 'vitest';
import { actorsOf } from './fixture-actors.js';
import { placeEntity } from './fixture-entities.js';

const kidal = placeEntity('Kidal', 'ML');

describe('the harmed told with another subject, at a post or by their casualties', () => {
  it.each<[string, string, [string | undefined, string | undefined]]>([
    [
      'takes a side joined by "and" to another subject of a passive of harm for the harmed',
      'The army said that two soldiers and one herdsman were killed on Monday in fighting near Kidal.',
      [undefined, 'Military Forces of Mali'],
    ],
    [
      'does not take the post that was fired on for the side that fired',
      'Two policemen and a herder were hurt as gunmen shot at a checkpoint near Kidal.',
      [undefined, 'Police Forces of Mali'],
    ],
    [
      'takes a force named before its casualties for the harmed, not the side that fought',
      'Witnesses counted heavy army casualties after clashes near Kidal on Monday.',
      [undefined, 'Military Forces of Mali'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(actorsOf({ text, mentions: [['Kidal', kidal]] })).toEqual(expected);
  });
});
