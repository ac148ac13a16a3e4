import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { actorEntity, placeEntity } from '../extract/fixture-entities.js';

const ROUND_UP =
  'أفادت مصادر أمنية بمقتل عشرة من عناصر تنظيم داعش وثلاثة مدنيين في أعمال عنف بمحافظة نينوى. ' +
  'وقالت المصادر إن طائرات التحالف الدولي شنت غارة على قرية قرب الموصل ما أدى إلى مقتل عشرة من عناصر التنظيم. ' +
  'وأضافت أن قذائف هاون أطلقها التنظيم على حي سكني في تلعفر قتلت ثلاثة مدنيين.';

describe("a round-up's lead, which sums the incidents it goes on to tell", () => {
  it('is no incident of its own when it places its dead only in a province', () => {
    const events = resolvedEvents({
      text: ROUND_UP,
      language: 'ar',
      mentions: [
        ['تنظيم داعش', actorEntity('Islamic State')],
        ['نينوى', placeEntity('Nineveh', 'IQ', 'region')],
        ['الموصل', placeEntity('Mosul', 'IQ')],
        ['تلعفر', placeEntity('Tal Afar', 'IQ')],
      ],
    });
    expect(events.map((e) => [e.sub_event_type?.value, e.location?.name])).toEqual([
      ['Air/drone strike', 'Mosul'],
      ['Shelling/artillery/missile attack', 'Tal Afar'],
    ]);
  });
});
