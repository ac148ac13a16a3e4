import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { actorEntity, placeEntity } from '../extract/fixture-entities.js';

const zuwara = placeEntity('Zuwara', 'LY');

describe('the people an abduction took', () => {
  it('are civilians when the text names no side of theirs', () => {
    const [event] = resolvedEvents({
      text: 'اختطف مسلحون أربعة فنيين إيطاليين في مدينة زوارة أمس.',
      language: 'ar',
      mentions: [['زوارة', zuwara]],
    });
    expect(event.actor2?.name).toBe('Civilians');
  });

  it('keep the side the text names', () => {
    const [event] = resolvedEvents({
      text: 'خطف مسلحون عشرة من عناصر الشرطة الليبية في مدينة زوارة.',
      language: 'ar',
      mentions: [
        ['زوارة', zuwara],
        ['الشرطة الليبية', actorEntity('Police Forces of Libya', 'state-forces', 'LY')],
      ],
    });
    expect(event.actor2?.name).toBe('Police Forces of Libya');
  });

  it.each([['خطف مسلحون خمسة مقاتلين على الأقل في مدينة زوارة أمس.']])(
    'are left open when the taken are counted as fighters or soldiers: %s',
    (text) => {
      const arabic = /[\u0600-\u06ff]/.test(text);
      const [event] = resolvedEvents({
        text,
        language: arabic ? 'ar' : 'en',
        mentions: [[arabic ? 'زوارة' : 'Zuwara', zuwara]],
      });
      expect(event.sub_event_type?.value).toBe('Abduction/forced disappearance');
      expect(event.actor2).toBeNull();
    },
  );

  it('are left open when an armed group is told to have arrested them', () => {
    const [event] = resolvedEvents({
      text: 'أعلن تنظيم داعش اعتقال قيادي بارز في مدينة زوارة أمس.',
      language: 'ar',
      mentions: [
        ['تنظيم داعش', actorEntity('Islamic State')],
        ['زوارة', zuwara],
      ],
    });
    expect(event.sub_event_type?.value).toBe('Abduction/forced disappearance');
    expect(event.actor2).toBeNull();
  });
});
