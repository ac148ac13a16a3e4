import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

// Rows of the trigger lexicon for incidents the older rows missed: other forms of the verbs, armed sides
// told as the ones who act, bombs told by where they were left, and property attacked by hand or by fire.
describe('incident words the older trigger rows missed', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'suspects the police "nabbed" over a bombing are an arrest, the news of the day',
      {
        text: 'Police in Lahore nabbed two brothers on Tuesday over the bombing of a church that killed 12 worshippers.',
        mentions: [['Lahore', placeEntity('Lahore', 'PK')]],
      },
      ['Arrests'],
    ],
    [
      'a man the police "took into custody" or "apprehended" is arrested',
      {
        text: 'Police in Lahore took a cleric into custody on Tuesday and apprehended his driver.',
        mentions: [['Lahore', placeEntity('Lahore', 'PK')]],
      },
      ['Arrests'],
    ],
    [
      '"massacred" is a killing like "massacre"',
      {
        text: 'Six farmers were massacred in Pattani on Sunday.',
        mentions: [['Pattani', placeEntity('Pattani', 'TH')]],
      },
      ['Attack'],
    ],
    [
      'a fire opened with its weapon between "opened" and "fire"',
      {
        text: 'A man opened pistol fire on a shopkeeper in Nazran.',
        mentions: [['Nazran', placeEntity('Nazran', 'RU')]],
      },
      ['Attack'],
    ],
    [
      'bare "battles" between two sides are a clash',
      {
        text: 'Fierce street battles raged between the rebels and the army in Aleppo.',
        mentions: [['Aleppo', placeEntity('Aleppo', 'SY')]],
      },
      ['Armed clash'],
    ],
    [
      '"these battles" in a quote points back at the war, it tells none',
      {
        text: 'These battles are not easy, the minister told reporters in Aleppo.',
        mentions: [['Aleppo', placeEntity('Aleppo', 'SY')]],
      },
      [],
    ],
    [
      'gunmen told as the ones who attacked: an armed act even with no place named',
      { text: 'Gunmen attacked a bus carrying pilgrims.' },
      ['Attack'],
    ],
    [
      'bombs told by where they were left, strong with no place named',
      { text: 'Unknown people left two bombs outside a bank.' },
      ['Remote explosive/landmine/IED'],
    ],
    [
      'a town "rocketed" is shelled',
      {
        text: 'Guerrillas rocketed the fuel depot in Kandahar.',
        mentions: [['Kandahar', placeEntity('Kandahar', 'AF')]],
      },
      ['Shelling/artillery/missile attack'],
    ],
    [
      'a gerund of placing with the device beside it',
      {
        text: 'A cell claimed responsibility for placing a homemade device at a bank in Lima.',
        mentions: [['Lima', placeEntity('Lima', 'PE')]],
      },
      ['Remote explosive/landmine/IED'],
    ],
    [
      'a refinery sabotaged is property destroyed',
      {
        text: 'Terrorists sabotaged the refinery in Rotterdam.',
        mentions: [['Rotterdam', placeEntity('Rotterdam', 'NL')]],
      },
      ['Looting/property destruction'],
    ],
    [
      'a car torched, told by the gerund',
      {
        text: 'An anarchist cell claimed responsibility for torching a courier van in Athens.',
        mentions: [['Athens', placeEntity('Athens', 'GR')]],
      },
      ['Looting/property destruction'],
    ],
    [
      'hostages held at gunpoint',
      {
        text: 'Two diplomats were held at gunpoint for five hours in Lima.',
        mentions: [['Lima', placeEntity('Lima', 'PE')]],
      },
      ['Abduction/forced disappearance'],
    ],
    [
      'gunmen who shot someone, told with no word of the wound',
      {
        text: 'Gunmen shot the imam in the leg in Samarra.',
        mentions: [['Samarra', placeEntity('Samarra', 'IQ')]],
      },
      ['Attack'],
    ],
    [
      'a building an armed side destroyed',
      {
        text: 'Rebels destroyed the village council office in Bungamati.',
        mentions: [['Bungamati', placeEntity('Bungamati', 'NP')]],
      },
      ['Looting/property destruction'],
    ],
    [
      'pylons knocked down',
      {
        text: 'Guerrillas knocked down two electricity pylons in Tumaco.',
        mentions: [['Tumaco', placeEntity('Tumaco', 'CO')]],
      },
      ['Looting/property destruction'],
    ],
    [
      'a body the police recovered',
      {
        text: 'Police recovered a body from a forest near Pulwama.',
        mentions: [['Pulwama', placeEntity('Pulwama', 'IN')]],
      },
      ['Attack'],
    ],
    [
      'a throat slit',
      {
        text: 'Militants slit a farmer’s throat at his home in Rajouri.',
        mentions: [['Rajouri', placeEntity('Rajouri', 'IN')]],
      },
      ['Attack'],
    ],
    [
      'an attempted stabbing',
      {
        text: 'A woman tried to stab a guard at a roadblock in Hebron.',
        mentions: [['Hebron', placeEntity('Hebron', 'PS')]],
      },
      ['Attack'],
    ],
    [
      'an attempted murder',
      {
        text: 'Masked men attempted to murder a shopkeeper outside his home in Lakhpur.',
        mentions: [['Lakhpur', placeEntity('Lakhpur', 'IN')]],
      },
      ['Attack'],
    ],
    [
      'a murder a group is suspected in',
      {
        text: 'The rebels are suspected in the murder of a ferry owner in Bireuen.',
        mentions: [['Bireuen', placeEntity('Bireuen', 'ID')]],
      },
      ['Attack'],
    ],
    [
      'drivers who came under fire named by its shooters',
      {
        text: 'Three bus drivers came under insurgent fire near Ramadi.',
        mentions: [['Ramadi', placeEntity('Ramadi', 'IQ')]],
      },
      ['Attack'],
    ],
    [
      'bodies found with words between',
      {
        text: 'Seven bodies, all blindfolded, were found in Suwayra.',
        mentions: [['Suwayra', placeEntity('Suwayra', 'IQ')]],
      },
      ['Attack'],
    ],
    [
      'a fire someone started',
      {
        text: 'A fire was started at a party office in Strabane.',
        mentions: [['Strabane', placeEntity('Strabane', 'GB')]],
      },
      ['Looting/property destruction'],
    ],
    [
      'a truck burned by an armed side',
      { text: 'A lorry was burned by terrorists.' },
      ['Looting/property destruction'],
    ],
    [
      'bombs told by what they destroyed, a word between',
      { text: 'Two bombs completely destroyed a farm depot.' },
      ['Remote explosive/landmine/IED'],
    ],
    [
      'a bomb found with words between, told with no place',
      { text: 'A bomb containing two kilos of TNT was found outside a mosque.' },
      ['Disrupted weapons use'],
    ],
    [
      'a beating told by its outcome',
      {
        text: 'Two men beat a shopkeeper unconscious in Lurgan and fled.',
        mentions: [['Lurgan', placeEntity('Lurgan', 'GB')]],
      },
      ['Attack'],
    ],
    [
      'a beating told with the club',
      {
        text: 'Villagers said the teacher was clubbed and beaten outside his school in Lurgan.',
        mentions: [['Lurgan', placeEntity('Lurgan', 'GB')]],
      },
      ['Attack'],
    ],
    [
      'armed men who occupied an office: a building seized by force, an attack',
      {
        text: 'Masked militants occupied the shipping company office in Lurgan for an hour.',
        mentions: [['Lurgan', placeEntity('Lurgan', 'GB')]],
      },
      ['Attack'],
    ],
    [
      'shots told by "firing at" after a verb of starting',
      {
        text: 'Three shoppers were hurt when a man started firing at the queue outside a chemist in Lurgan.',
        mentions: [['Lurgan', placeEntity('Lurgan', 'GB')]],
      },
      ['Attack'],
    ],
    [
      'a side firing on all cylinders is running well, not shooting',
      {
        text: 'The youth side from Lurgan was firing on all cylinders in the cup final.',
        mentions: [['Lurgan', placeEntity('Lurgan', 'GB')]],
      },
      [],
    ],
    [
      'a party that will sit in the opposition takes its seats, it stages no sit-in',
      {
        text: 'In Lucknow the party chose to sit in the opposition after the vote.',
        mentions: [['Lucknow', placeEntity('Lucknow', 'IN')]],
      },
      [],
    ],
    [
      'students who sit in at the square stage a sit-in',
      {
        text: 'Students began a sit-in outside the governor house in Lucknow on Monday.',
        mentions: [['Lucknow', placeEntity('Lucknow', 'IN')]],
      },
      ['Peaceful protest'],
    ],
    [
      'an office occupied by armed men, told in the passive',
      {
        text: 'The ferry company office in Lurgan was occupied by a group of masked militants for an hour.',
        mentions: [['Lurgan', placeEntity('Lurgan', 'GB')]],
      },
      ['Attack'],
    ],
    [
      'a radio station that armed men occupied',
      {
        text: 'Six guerrillas occupied the local radio station in Lurgan for an hour.',
        mentions: [['Lurgan', placeEntity('Lurgan', 'GB')]],
      },
      ['Attack'],
    ],
    [
      'an office occupied by students, in the passive: a sit-in, not a seizure',
      {
        text: 'The ferry company office in Lurgan was occupied by students for an hour.',
        mentions: [['Lurgan', placeEntity('Lurgan', 'GB')]],
      },
      ['Peaceful protest'],
    ],
    [
      'students who occupied a building hold no arms: a sit-in, not a seizure',
      {
        text: 'Students occupied the faculty building in Lurgan for an hour.',
        mentions: [['Lurgan', placeEntity('Lurgan', 'GB')]],
      },
      ['Peaceful protest'],
    ],
    [
      'acid thrown at people is an attack',
      {
        text: 'Two men on a scooter threw acid at a shop assistant in Lurgan.',
        mentions: [['Lurgan', placeEntity('Lurgan', 'GB')]],
      },
      ['Attack'],
    ],
    [
      'acid a plant makes tells no attack',
      {
        text: 'The plant in Lurgan makes acid for car batteries.',
        mentions: [['Lurgan', placeEntity('Lurgan', 'GB')]],
      },
      [],
    ],
    [
      'the bare infinitive "abduct" after a verb of success is an abduction, like "kidnap"',
      {
        text: 'Bandits succeeded in their bid and were able to abduct two herders near Lurgan.',
        mentions: [['Lurgan', placeEntity('Lurgan', 'GB')]],
      },
      ['Abduction/forced disappearance'],
    ],
    [
      'a threat to abduct tells no abduction',
      {
        text: 'Bandits threatened to abduct the herders of Lurgan.',
        mentions: [['Lurgan', placeEntity('Lurgan', 'GB')]],
      },
      [],
    ],
    [
      'a weapon told as used to attack is an attack',
      {
        text: 'A hunting rifle was used to attack a school bus near Lurgan on Monday.',
        mentions: [['Lurgan', placeEntity('Lurgan', 'GB')]],
      },
      ['Attack'],
    ],
    [
      'a weapon that could be used to attack tells no attack',
      {
        text: 'Police fear the rifles could be used to attack a patrol near Lurgan.',
        mentions: [['Lurgan', placeEntity('Lurgan', 'GB')]],
      },
      [],
    ],
    [
      'a hotel an armed group took over is an attack',
      {
        text: 'Rebels took over a hotel in Lurgan and held the guests inside.',
        mentions: [['Lurgan', placeEntity('Lurgan', 'GB')]],
      },
      ['Attack'],
    ],
    [
      'a hotel a firm took over is none',
      {
        text: 'A Dutch chain took over a hotel in Lurgan last year.',
        mentions: [['Lurgan', placeEntity('Lurgan', 'GB')]],
      },
      [],
    ],
  ])('%s', (_case, spec, expected) => {
    expect(subTypesOf(spec)).toEqual(expected);
  });
});
