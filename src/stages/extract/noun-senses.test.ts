import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { createExtractStage } from './index.js';
import { actorsOf, killed } from './fixture-actors.js';
import { actorEntity, demonymEntity, placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

const houthis = actorEntity('Houthi Movement');
const isis = actorEntity('Islamic State');

describe('force nouns that name no side', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'reads "military" before a word of campaign as the adjective of the act, not its target',
      {
        text: 'Syrian army troops have killed over 40 militants and wounded 25 more during its military offensive in Hama.',
        mentions: [
          ['Syrian army', actorEntity('Military Forces of Syria', 'state-forces', 'SY')],
          ['Hama', placeEntity('Hama', 'SY')],
        ],
        quantities: [
          ['40', killed(40, 'militants')],
          ['25', { value: 25, qualifier: 'exact', role: 'injured', noun: 'others' }],
        ],
      },
      ['Military Forces of Syria', undefined],
    ],
    [
      'reads "عسكريا" after an indefinite noun as its adjective (a military projectile), not the army there',
      {
        text: 'قتل جندي سعودي نتيجة إطلاق ميليشيا الحوثي مقذوفا عسكريا من محافظة صعدة.',
        mentions: [
          ['سعودي', demonymEntity('Saudi Arabia', 'SA')],
          ['ميليشيا الحوثي', houthis],
          ['محافظة صعدة', placeEntity('Saada', 'YE', 'region')],
        ],
      },
      ['Houthi Movement', undefined],
    ],
    [
      'takes counted journalists an armed group abducted for civilians',
      {
        text: 'اختطف مسلحو الحوثي 14 صحفيا في مدينة إب مساء الخميس.',
        mentions: [
          ['الحوثي', houthis],
          ['مدينة إب', placeEntity('Ibb', 'YE')],
        ],
      },
      ['Houthi Movement', 'Civilians'],
    ],
    [
      'reads "صحفيا" after an indefinite noun as its adjective (a press conference), not the harmed',
      {
        text: 'اختطف مسلحو الحوثي شخصا في مدينة إب قبل أن يعقد المحافظ مؤتمرا صحفيا.',
        mentions: [
          ['الحوثي', houthis],
          ['مدينة إب', placeEntity('Ibb', 'YE')],
        ],
      },
      ['Houthi Movement', undefined],
    ],
    [
      'does not take fuel tanks a bomb was planted near for the army',
      {
        text: 'A roadside bomb planted near the fuel tanks on the main road killed two people near Homs.',
        mentions: [['Homs', placeEntity('Homs', 'SY')]],
        quantities: [['two', killed(2, 'people')]],
      },
      [undefined, 'Civilians'],
    ],
    [
      "does not take a province's government for the army that did the act",
      {
        text: 'Allies forced the Gujarat government to drop charges over the carnage in Godhra on Wednesday.',
        mentions: [
          ['Gujarat', placeEntity('Gujarat', 'IN', 'region')],
          ['Godhra', placeEntity('Godhra', 'IN')],
        ],
      },
      [undefined, undefined],
    ],
    [
      'does not take a state government for the army that did the act',
      {
        text: 'Allies forced the state government to drop charges over the carnage in Godhra on Wednesday.',
        mentions: [['Godhra', placeEntity('Godhra', 'IN')]],
      },
      [undefined, undefined],
    ],
    [
      'does not take a numbered division for the state army',
      {
        text: 'خطفت جبهة النصرة ثمانية عناصر من الفرقة 30 قرب مدينة اعزاز.',
        mentions: [
          ['جبهة النصرة', actorEntity('Al-Nusra Front')],
          ['مدينة اعزاز', placeEntity('Azaz', 'SY')],
        ],
      },
      ['Al-Nusra Front', undefined],
    ],
    [
      "takes the army's air force for the country's military",
      {
        text: 'The armys air force struck ISIL convoys near Deir Ezzor.',
        mentions: [
          ['ISIL', isis],
          ['Deir Ezzor', placeEntity('Deir ez-Zor', 'SY')],
        ],
      },
      ['Military Forces of Syria', 'Islamic State'],
    ],
    [
      "does not take another owner's air force for the country's military",
      {
        text: 'The alliances Air Force carried out fresh raids on ISIL depots near Raqqa.',
        mentions: [
          ['ISIL', isis],
          ['Raqqa', placeEntity('Raqqa', 'SY')],
        ],
      },
      [undefined, 'Islamic State'],
    ],
  ])('%s', (_, spec, expected) => {
    expect(firstSubType(spec)).toBeDefined();
    expect(actorsOf(spec)).toEqual(expected);
  });
});

describe('a force noun before a civil seat or a court', () => {
  const bol = placeEntity('Bol', 'TD');
  it.each<[string, string, [string | undefined, string | undefined]]>([
    [
      'reads "government" before an office as a civil target, not the army that struck',
      'A car bomb near a government office in Bol killed seven people on Friday.',
      [undefined, 'Civilians'],
    ],
    [
      'keeps government forces as the army that struck',
      'Government forces shelled a village near Bol on Friday, killing seven people.',
      ['Military Forces of Chad', 'Civilians'],
    ],
    [
      'keeps the military as the side that bombed',
      'The military bombed a market in Bol on Friday, killing seven people.',
      ['Military Forces of Chad', 'Civilians'],
    ],
  ])('%s', (_, text, expected) => {
    const seven = text.indexOf('seven');
    expect(
      actorsOf({
        text,
        mentions: [['Bol', bol]],
        quantities: [[text.slice(seven, text.indexOf(' ', seven + 6)), killed(7, 'people')]],
      }),
    ).toEqual(expected);
  });

  it('reads a military court as no side of the bombing it tries', () => {
    const text =
      'A military court in Bol has charged two men suspected of the May 9 market bombing that killed seven people.';
    const doc = fixtureDocument({
      text,
      mentions: [['Bol', bol]],
      times: [['May 9', { value: '2021-05-09', precision: 'day', reason: 'date' }]],
    });
    createExtractStage().run(doc, { referenceDate: null });
    expect(doc.events!.length).toBeGreaterThan(0);
    expect(doc.events!.map((e) => e.actor1?.name)).not.toContain('Military Forces of Chad');
  });
});

describe('a guerrilla and a guerrilla manner of fighting', () => {
  const tarvo = placeEntity('Tarvo', 'AF');

  it.each([
    [
      'tactics',
      'Using guerrilla tactics, gunmen ambushed a convoy in Tarvo on Sunday, killing six soldiers.',
    ],
    ['war', 'Waging a guerrilla war, gunmen ambushed a convoy in Tarvo on Sunday, killing six soldiers.'],
  ])('reads a guerrilla manner of fighting (%s) as no side', (_, text) => {
    expect(
      actorsOf({ text, mentions: [['Tarvo', tarvo]], quantities: [['six', killed(6, 'soldiers')]] }),
    ).toEqual([undefined, 'Military Forces of Afghanistan']);
  });

  it('keeps one guerrilla a rebel', () => {
    const text = 'A guerrilla attack on an army post in Tarvo killed six soldiers on Sunday.';
    expect(
      actorsOf({ text, mentions: [['Tarvo', tarvo]], quantities: [['six', killed(6, 'soldiers')]] }),
    ).toEqual(['Opposition Rebels (Afghanistan)', 'Military Forces of Afghanistan']);
  });
});
