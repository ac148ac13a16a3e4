import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';

const extract = createExtractStage();

function typesOf(text: string): (string | undefined)[] {
  const spec: FixtureSpec = { text, mentions: [['Valsad', placeEntity('Valsad', 'IN')]] };
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: null });
  return (doc.events ?? []).map((e) => e.sub_event_type?.value);
}

describe('protests the authorities intervene in', () => {
  it('types an arrest of protesters as a protest with intervention', () => {
    expect(
      typesOf('Police arrested 40 protesters staging a dharna outside the collectorate in Valsad.'),
    ).toEqual(['Protest with intervention']);
  });

  it('types a protest the police broke up with arrests as a protest with intervention', () => {
    expect(typesOf('Police detained 40 Congress workers during a protest in Valsad on Monday.')).toEqual([
      'Protest with intervention',
    ]);
  });

  it('keeps a sit-in demanding an arrest peaceful', () => {
    expect(typesOf('BJP activists sat on a dharna in Valsad demanding the arrest of the accused.')).toEqual([
      'Peaceful protest',
    ]);
  });

  it('types police firing on agitating farmers as excessive force', () => {
    expect(typesOf('Police fired on agitating farmers in Valsad on Monday, killing two.')).toEqual([
      'Excessive force against protesters',
    ]);
  });
});

describe('crowds the police broke up short of live fire', () => {
  const sides = (text: string) => {
    const doc = fixtureDocument({ text, mentions: [['Valsad', placeEntity('Valsad', 'IN')]] });
    extract.run(doc, { referenceDate: null });
    return (doc.events ?? []).map((e) => [e.sub_event_type?.value, e.actor1?.name, e.actor2?.name]);
  };

  it('tells the protest the means alone reveal, with the police as its second side', () => {
    expect(
      sides('Police turned water cannon on demonstrators outside the mill in Valsad on Monday.'),
    ).toEqual([['Protest with intervention', 'Protesters (India)', 'Police Forces of India']]);
  });

  it('types tear gas fired at marchers as intervention, not excessive force', () => {
    expect(sides('Police fired tear gas at the marchers in Valsad on Monday.')).toEqual([
      ['Protest with intervention', 'Protesters (India)', 'Police Forces of India'],
    ]);
  });

  it('reads a crowd that "demonstrated against" something as a protest, not one that demonstrated a skill', () => {
    expect(typesOf('Hundreds of traders demonstrated against the new levy in Valsad on Monday.')).toEqual([
      'Peaceful protest',
    ]);
    expect(typesOf('The firm demonstrated its new looms in Valsad on Monday.')).toEqual([]);
  });

  it('tells no attack for shots fired into the air at a homecoming', () => {
    expect(
      typesOf('The freed fishermen reached Valsad on Monday, met by hugs and shots fired high into the air.'),
    ).toEqual([]);
  });
});

describe('crowds that went out "to protest"', () => {
  const placedIn = (text: string) => {
    const doc = fixtureDocument({ text, mentions: [['حمص', placeEntity('Homs', 'SY')]] });
    extract.run(doc, { referenceDate: null });
    return (doc.events ?? []).map((e) => [e.sub_event_type?.value, e.location?.name]);
  };

  it('tells a protest of its own, placed by the town named before it', () => {
    expect(placedIn('ساد الغضب بين سكان حمص، ما دفع المئات للتظاهر أمام مبنى المحافظة.')).toEqual([
      ['Peaceful protest', 'Homs'],
    ]);
  });

  it('tells no protest that was only called for', () => {
    expect(placedIn('دعا ناشطون في حمص للتظاهر يوم الجمعة المقبل.')).toEqual([]);
  });
});

describe('an arrest of protesters told as the intervention in their protest', () => {
  const sides = (text: string) =>
    resolvedEvents({ text, mentions: [['Valsad', placeEntity('Valsad', 'IN')]] }).map((e) => [
      e.sub_event_type?.value,
      e.actor1?.name,
      e.actor2?.name,
    ]);

  it.each([
    'Police arrested twenty protesters at a sit-in near the mill gate in Valsad on Friday.',
    'Police arrested six protesters in Valsad on Friday after a sit-in.',
  ])('has the crowd for its first side and the police who arrested it for its second: "%s"', (text) => {
    expect(sides(text)).toEqual([
      ['Protest with intervention', 'Protesters (India)', 'Police Forces of India'],
    ]);
  });
});
