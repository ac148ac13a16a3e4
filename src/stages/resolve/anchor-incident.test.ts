import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { placeEntity } from '../extract/fixture-entities.js';
const sunday = { value: '2016-03-06', precision: 'day', reason: 'latest such weekday' } as const;

function datesOf(spec: FixtureSpec): string[] {
  return resolvedEvents(spec).map((e) => `${e.sub_event_type?.value} ${e.date?.value ?? null}`);
}

describe('an incident told only as the time another act is counted from', () => {
  it('is not dated by the day of the act that followed it', () => {
    const dates = datesOf({
      text: 'وبعد تحرير المكلا بدأت العائلات النازحة رحلة العودة إلى بيوتها يوم الأحد الماضي.',
      published: '2016-03-08',
      mentions: [['المكلا', placeEntity('Mukalla', 'YE')]],
      times: [['يوم الأحد الماضي', sunday]],
    });
    expect(dates).toEqual(['Government regains territory null']);
  });

  it('stays current when the act that followed it is recent news', () => {
    const events = resolvedEvents({
      text: 'وبعد تحرير المكلا بدأت العائلات النازحة رحلة العودة إلى بيوتها يوم الأحد الماضي.',
      published: '2016-03-08',
      mentions: [['المكلا', placeEntity('Mukalla', 'YE')]],
      times: [['يوم الأحد الماضي', sunday]],
    });
    expect(events.map((e) => e.timing?.value)).toEqual(['current']);
  });

  it('is dated by a day written in its own words', () => {
    const dates = datesOf({
      text: 'وبعد تحرير المكلا يوم الأحد الماضي بدأت العائلات النازحة رحلة العودة إلى بيوتها.',
      published: '2016-03-08',
      mentions: [['المكلا', placeEntity('Mukalla', 'YE')]],
      times: [['يوم الأحد الماضي', sunday]],
    });
    expect(dates).toEqual(['Government regains territory 2016-03-06']);
  });

  it('is not dated by the publication day when a sentence opens with what the news followed', () => {
    const dates = datesOf({
      text: 'عاد آلاف النازحين إلى قراهم. ويأتي هذا بعد الانتصار الذي حققته القوات الحكومية، وتحريرها مدينة المكلا وضواحيها.',
      published: '2016-03-08',
      mentions: [['المكلا', placeEntity('Mukalla', 'YE')]],
    });
    expect(dates.map((d) => d.split(' ').at(-1))).toEqual(['null']);
  });

  it('keeps the day of a fight the news itself came after', () => {
    const dates = datesOf({
      text: 'وتقدمت القوات الحكومية في المكلا يوم الأحد الماضي بعد اشتباكات ضارية مع المسلحين.',
      published: '2016-03-08',
      mentions: [['المكلا', placeEntity('Mukalla', 'YE')]],
      times: [['يوم الأحد الماضي', sunday]],
    });
    expect(dates).toContainEqual('Armed clash 2016-03-06');
  });
});
