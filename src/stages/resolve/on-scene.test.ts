import { describe, expect, it } from 'vitest';
import type { Document, Mention } from '../../core/records.js';
import { onScene, toldAfterLocative } from './on-scene.js';

/** The text as one sentence, and the town it names as a mention of the base. */
function townIn(text: string, name: string): { doc: Document; town: Mention } {
  const at = text.indexOf(name);
  const town: Mention = {
    span: [at, at + name.length],
    entity_id: `city:${name}`,
    kind: 'city',
    name,
    via: 'name',
    score: 1,
    place: { country: 'IQ', lat: null, lon: null, precision: 'town' },
  };
  return { doc: { source: 't.txt', text, sentences: [{ span: [0, text.length] }], diagnostics: [] }, town };
}

describe('toldAfterLocative', () => {
  it.each([
    ['Shots were fired in Latifiyah.', 'Latifiyah', true],
    ['A mine went off near the village of Tirin.', 'Tirin', true],
    ['سقطت قذيفة في تعز.', 'تعز', true],
    ['سقطت قذيفة بتعز.', 'بتعز', true],
    // A name, and the hospital the wounded were taken to, are no scene.
    ['They signed the Minsk accords.', 'Minsk', false],
    ['The wounded were taken to a hospital in Jenin.', 'Jenin', false],
  ])('reads "%s" (%s) as told after a locative: %s', (text, name, told) => {
    const at = text.indexOf(name);
    expect(toldAfterLocative(text, [at, at + name.length])).toBe(told);
  });
});

describe('onScene', () => {
  it('takes a town told as the scene', () => {
    const { doc, town } = townIn('Shells fell on Rampur overnight.', 'Rampur');
    expect(onScene(doc, town)).toBe(true);
  });

  it('leaves a town another place is measured from', () => {
    const { doc, town } = townIn('Shells fell on a farm 20 km south of Rampur.', 'Rampur');
    expect(onScene(doc, town)).toBe(false);
  });

  it.each([
    ['فجر انتحاري سيارته أمام مركز للشرطة على بعد 60 كلم جنوب رامبور.', false],
    ['فجر انتحاري سيارته أمام مركز للشرطة على مسافة 60 كم شمال العاصمة رامبور.', false],
    ['انفجرت عبوة ناسفة بدورية على بعد 25 KM غرب رامبور.', false],
    // A bearing alone may tell a part of the town: southern Rampur.
    ['فجر انتحاري سيارته أمام مركز للشرطة جنوب رامبور.', true],
  ])('reads "%s": the town on the scene, %s', (text, scene) => {
    const { doc, town } = townIn(text, 'رامبور');
    expect(onScene(doc, town)).toBe(scene);
  });

  it('takes a country whose far north is told as the scene', () => {
    const { doc, town } = townIn('Raiders burned a hamlet in the far north of Ruritania.', 'Ruritania');
    expect(onScene(doc, town)).toBe(true);
  });
});
