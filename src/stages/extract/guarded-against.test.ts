import { describe, expect, it } from 'vitest';
import { assertedWords } from '../../../test/support/asserted-words.js';
import { fixtureDocument } from './fixture-document.js';
import { guardedAgainst } from './guarded-against.js';
import { loadEventLexicons } from './index.js';
import { buildSentenceViews } from './sentence-view.js';

/** The words of every trigger a text's sentences assert. */
const asserted = (text: string) => assertedWords({ text });

describe('acts a purpose of protecting or preventing names', () => {
  it.each<[string, string]>([
    [
      'attacks a town is secured from',
      'Turkey sent tanks to the border on Monday to secure the town of Jarablus from future Daesh attacks.',
    ],
    [
      'raids villages are protected against',
      'Troops were deployed in Kirkuk province to protect the villages against militant raids by the group.',
    ],
    [
      'attacks an English deployment helps prevent',
      'The army moved two brigades to the north to help prevent the insurgents in the hills from launching attacks.',
    ],
    [
      'attacks civilians are protected from, «لحماية … من»',
      'أرسل الجيش تعزيزات إلى مدينة الرمادي يوم الاثنين لحماية المدنيين في القرى المجاورة من هجمات التنظيم.',
    ],
    [
      'attacks an Arabic deployment aims to prevent, «بهدف منع»',
      'نشرت القوات العراقية كتيبتين على الحدود الغربية مع سوريا بهدف منع تسلل المسلحين القادمين من الصحراء وشن هجمات على المدن.',
    ],
    [
      'a shelling told in the passive inside the purpose',
      'Troops were sent to protect the civilians in the old town from being shelled by the rebels.',
    ],
    [
      'bombings a gerund of purpose prevents',
      'The measures are aimed at preventing further suicide bombings in the capital by the group.',
    ],
    [
      'raids "with the aim of protecting" guards against',
      'The new wall was built with the aim of protecting the villages in the valley from rebel raids.',
    ],
    [
      'attacks «للحيلولة دون» keeps from happening',
      'وأقامت السلطات جدارا على طول الحدود للحيلولة دون تسلل المسلحين القادمين من الصحراء وتنفيذ هجمات.',
    ],
    [
      'attacks still to come that a deployment is to stop',
      'Police were posted at every church on Sunday to stop the militants in the hills from carrying out further attacks.',
    ],
  ])('drops %s', (_, text) => {
    expect(asserted(text)).toEqual([]);
  });

  it.each<[string, string, string[]]>([
    [
      'a shooting after a purpose closed by a comma',
      'To stop the attack on the market in the old city, police shot the gunman dead.',
      ['attack', 'dead'],
    ],
    [
      'an attack told before its purpose',
      'Gunmen attacked the police post in Quetta to free prisoners.',
      ['attacked'],
    ],
    [
      'a killing told in a relative clause after the purpose',
      'Troops were sent to protect the town from the militants who killed ten villagers on Sunday.',
      ['killed'],
    ],
    [
      'a seizure the main clause goes on to tell after "and"',
      'The army launched an offensive on Monday to protect Aleppo from the rebels and seized three villages.',
      ['seized'],
    ],
    [
      'an Arabic attack the main clause goes on to tell after «و»',
      'وأرسل الجيش تعزيزات لحماية المدينة من المسلحين وهاجموا مواقعهم في الجبال.',
      ['وهاجموا'],
    ],
    [
      'an Arabic seizure told by a bare masculine verb after «و»',
      'ودفع الجيش بكتيبة إلى وادي الزرقاء لحماية المزارع من المسلحين وسيطر على تلتين تطلان على الطريق.',
      ['وسيطر على'],
    ],
    [
      'a killing the main verb tells after a purpose in the subject',
      'US strikes to protect the Yazidis on the mountain from IS fighters killed 20 militants.',
      ['strikes', 'killed'],
    ],
    [
      'an attack under way that police were posted to stop',
      'Police were posted at every church on Sunday to stop the attack on the cathedral by the militants.',
      ['attack'],
    ],
  ])('keeps %s', (_, text, words) => {
    expect(asserted(text)).toEqual(words);
  });
});

describe('a purpose right before the act', () => {
  it('keeps from happening the act its verb of preventing takes at once', () => {
    const text = 'Troops were sent to the bridge to prevent attacks on the Varnholt market.';
    const doc = fixtureDocument({ text });
    const [view] = buildSentenceViews(doc, loadEventLexicons());
    const attacks = view.triggers.find((t) => view.tokens[t.start].norm === 'attacks')!;
    expect(guardedAgainst(view, text, attacks)).toBe(true);
  });
});
