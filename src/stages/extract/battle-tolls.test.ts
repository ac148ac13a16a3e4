import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { buildFrames } from './frame-builder.js';
import { loadEventLexicons } from './index.js';
import { buildSentenceViews } from './sentence-view.js';

const lexicons = loadEventLexicons();
const hama = placeEntity('Hama', 'SY');

/** Each frame of a fixture: its trigger words, and the words of its window. */
function frames(spec: FixtureSpec): { triggers: string[]; window: string }[] {
  const doc = fixtureDocument(spec);
  const text = doc.text!;
  return buildSentenceViews(doc, lexicons).flatMap((view) =>
    buildFrames(view, text).map((f) => ({
      triggers: f.triggers.map((t) =>
        text.slice(view.tokens[t.start].span[0], view.tokens[t.end - 1].span[1]),
      ),
      window: text.slice(view.tokens[f.from].span[0], view.tokens[f.to - 1].span[1]),
    })),
  );
}

describe('a battle told with its dead after another act', () => {
  it('makes a frame of its own, the English toll clause opening after ", and"', () => {
    const text =
      'Jets carried out air strikes on rebel positions in Hama, and 20 rebels were killed in clashes with troops.';
    expect(frames({ text, mentions: [['Hama', hama]] })).toEqual([
      { triggers: ['air strikes'], window: 'Jets carried out air strikes on rebel positions in Hama, and' },
      { triggers: ['killed', 'clashes'], window: '20 rebels were killed in clashes with troops' },
    ]);
  });

  it('makes a frame of its own in Arabic, opening at «وقتل»', () => {
    const text = 'شنت الطائرات غارات جوية على مواقع المسلحين في حماة، وقتل 20 مسلحا في معارك مع الجيش.';
    expect(frames({ text, mentions: [['حماة', hama]] }).map((f) => f.triggers)).toEqual([
      ['شنت', 'غارات'],
      ['وقتل', 'معارك'],
    ]);
  });

  it('reaches its battle word over a list of the dead', () => {
    const text =
      'شنت الطائرات غارات على مواقع في حماة، حيث قتل 20 مسلحا و5 من القوات الموالية للحكومة في معارك عنيفة.';
    expect(frames({ text, mentions: [['حماة', hama]] }).map((f) => f.triggers)).toEqual([
      ['شنت', 'غارات'],
      ['قتل', 'معارك'],
    ]);
  });

  it('takes the place a «حيث» clause points back at', () => {
    const text = 'شنت الطائرات غارات على مواقع في حماة، فضلا عن حمص، حيث قتل 20 مسلحا في معارك مع الجيش.';
    const [, battle] = frames({ text, mentions: [['حماة', hama]] });
    expect(battle.window).toBe('فضلا عن حمص، حيث قتل 20 مسلحا في معارك مع الجيش');
  });

  it('takes no other kind of act told after it', () => {
    const text = 'قتل 20 مسلحا في معارك مع الجيش في حماة، فيما شنت الطائرات غارات على مواقع أخرى.';
    expect(frames({ text, mentions: [['حماة', hama]] }).map((f) => f.triggers)).toEqual([
      ['قتل', 'معارك'],
      ['شنت', 'غارات'],
    ]);
  });

  it('leaves a killing told without its battle to the strike', () => {
    const text = 'Jets carried out air strikes on rebel positions in Hama, and 20 rebels were killed.';
    expect(frames({ text, mentions: [['Hama', hama]] }).map((f) => f.triggers)).toEqual([
      ['air strikes', 'killed'],
    ]);
  });
});

describe('one told shot dead in a battle', () => {
  it('is a dead of that battle, which keeps its sides', () => {
    const text = 'A schoolteacher was shot dead in clashes between troops and rebels in Hama on Tuesday.';
    const events = resolvedEvents({ text, mentions: [['Hama', hama]] });
    expect(
      events.map((e) => [e.sub_event_type?.value, e.actor1?.name ?? null, e.fatalities?.value ?? null]),
    ).toEqual([['Armed clash', 'Military Forces of Syria', 1]]);
  });

  it('leaves a battle told beside the killing, not as where it happened, to the killing', () => {
    const text =
      'A farmer was shot dead in Hama on Tuesday as fighting raged between troops and rebels up north.';
    const events = resolvedEvents({ text, mentions: [['Hama', hama]] });
    expect(events.map((e) => [e.sub_event_type?.value, e.actor1?.name ?? null])).not.toContainEqual([
      'Armed clash',
      'Military Forces of Syria',
    ]);
    expect(events.map((e) => e.fatalities?.value)).toContain(1);
  });
});
