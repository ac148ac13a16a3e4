import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();

/** The sub-event types the extract stage finds in `text`. */
function types(text: string): string[] {
  const doc = fixtureDocument({
    text,
    mentions: [
      ['مطار عدن', placeEntity('Aden', 'YE')],
      ['الحوثيين', actorEntity('Houthi Movement')],
    ],
  });
  extract.run(doc, { referenceDate: null });
  return doc.events!.map((e) => e.sub_event_type?.value ?? '');
}

describe('an act the sentence judges', () => {
  it('is commentary, not an event', () => {
    expect(types('ويرى المحلل أن السيطرة على مطار عدن تعد انتصارا كبيرا لصالح الحوثيين.')).toEqual([]);
  });

  it('kept: an act told by an indefinite noun, then judged', () => {
    expect(
      types('وقال مسؤول إن هجوما على مطار عدن أمس يعد الأعنف منذ أشهر، واتهم الحوثيين بتنفيذه.'),
    ).not.toEqual([]);
  });

  it('kept: the same act told as done', () => {
    expect(types('وأعلن الحوثيين أمس السيطرة على مطار عدن بعد قتال استمر يومين.')).not.toEqual([]);
  });

  it('is a recalled act, not news, when a speaker praises it', () => {
    expect(types('وفي التسجيل أشاد القيادي بالهجوم على مطار عدن الذي نفذه الحوثيين.')).toEqual([]);
  });

  it('kept: the same act condemned is still news', () => {
    expect(types('وأدان الوزير الهجوم على مطار عدن الذي نفذه الحوثيين أمس.')).not.toEqual([]);
  });
});
