import { beforeAll, describe, expect, it } from 'vitest';
import type { Span } from '../../core/span.js';
import { findMentions } from './knowledge-stage.js';
import { loadKnowledgeBase } from './knowledge-loader.js';
import type { KnowledgeBase } from './kb-types.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase();
});

const story = 'ahmedabad: mobs set fire to shops in the old city of ahmedabad on friday.';
const furniture = '\nFacebook Twitter Linkedin Mail';

describe('names in lower-cased text', () => {
  it('are found when every body sentence is lower-cased, whatever the boilerplate around it', () => {
    const text = story + furniture;
    const body: Span[] = [[0, story.length]];
    const names = findMentions(kb, text, body).map((m) => m.name);
    expect(names).toContain('Ahmedabad');
  });

  it('never take a function word after a place noun for a town ("the old city of …")', () => {
    const text = 'the police fired in the old city of ahmedabad on friday.';
    const names = findMentions(kb, text, [[0, text.length]]).map((m) => m.name);
    expect(names).not.toContain('Of');
    expect(names).toContain('Ahmedabad');
  });

  it('take a small town only with its country or a place cue, as no capital marks it as a name', () => {
    const names = (text: string) => findMentions(kb, text, [[0, text.length]]).map((m) => m.name);
    expect(names('mourners gathered at raj ghat in delhi on sunday.')).toContainEqual(
      expect.stringMatching(/Delhi/),
    );
    expect(names('mourners gathered at raj ghat in delhi on sunday.')).not.toContain('Ghat');
    expect(names('rebels entered ghat in southern libya on sunday.')).toContain('Ghat');
    expect(names('troops left the town of ghat on sunday.')).toContain('Ghat');
  });

  it('still need their capitals in ordinarily written text', () => {
    const text = 'Officials in Nice said the us embassy was closed. Turkey said nothing.';
    const names = findMentions(kb, text, [[0, text.length]]).map((m) => m.name);
    expect(names).toContain('Nice');
    expect(names).not.toContain('United States');
  });
});
