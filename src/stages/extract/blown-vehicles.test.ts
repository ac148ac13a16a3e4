import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const baiji = placeEntity('Baiji', 'IQ');

/** Sub-type, actor1 and actor2 of each event of an Arabic sentence placed at Baiji. */
function told(text: string): [string, string | null, string | null][] {
  const spec: FixtureSpec = { text, mentions: [['بيجي', baiji]] };
  return resolvedEvents(spec).map((e) => [
    e.sub_event_type!.value,
    e.actor1?.name ?? null,
    e.actor2?.name ?? null,
  ]);
}

describe('«فجّر» with armed men as its subject', () => {
  it('is a blast, the vehicle blown up its target', () => {
    expect(told('وفجّر مسلحون مجهولون مدرعة عسكرية على طريق بيجي مساء الخميس.')).toEqual([
      ['Remote explosive/landmine/IED', null, 'Military Forces of Iraq'],
    ]);
  });

  it('stays the dawn before any other word', () => {
    expect(told('وصل الوفد فجر الخميس إلى بيجي بعد رحلة طويلة.')).toEqual([]);
  });
});

describe('a vehicle of a force named by «ل»', () => {
  it('is the force hit, not the one that struck', () => {
    expect(told('فجّر مسلحون عربة للشرطة كانت متوقفة عند مدخل بيجي.')).toEqual([
      ['Remote explosive/landmine/IED', null, 'Police Forces of Iraq'],
    ]);
  });

  it('leaves a force that acts with its own verb the one that struck', () => {
    expect(told('وفتحت الشرطة النار على مسلحين عند مدخل بيجي.')[0]?.[1]).toBe('Police Forces of Iraq');
  });
});
