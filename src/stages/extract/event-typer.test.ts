import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();

function typeOf(spec: FixtureSpec): string | undefined {
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: null });
  return doc.events![0]?.sub_event_type?.value;
}

describe('the sub-event type', () => {
  it.each<[string, FixtureSpec, string]>([
    [
      "a state's bombing with no device named is from the air",
      {
        text: 'Regime bombing on the town of Douma killed 12 people on Monday.',
        mentions: [['Douma', placeEntity('Douma', 'SY')]],
      },
      'Air/drone strike',
    ],
    [
      'a war remnant that goes off is a landmine-like blast, not a shelling',
      {
        text: 'Two children were killed when an unexploded shell went off in Saada.',
        mentions: [['Saada', placeEntity('Saada', 'YE')]],
      },
      'Remote explosive/landmine/IED',
    ],
    [
      'a crowd stoning a motorcade riots',
      {
        text: "The minister's motorcade was stoned in Surat on Friday.",
        mentions: [['Surat', placeEntity('Surat', 'IN')]],
      },
      'Violent demonstration',
    ],
    [
      'a pro-government militia named right after its verb of capture regains ground for the government',
      {
        text: 'سيطرت المقاومة الشعبية يوم السبت على مدينة الضالع.',
        mentions: [['الضالع', placeEntity('Ad Dali', 'YE')]],
      },
      'Government regains territory',
    ],
    [
      'a town liberated by troops is ground regained',
      {
        text: 'حرر الجيش مدينة تكريت أمس.',
        mentions: [['تكريت', placeEntity('Tikrit', 'IQ')]],
      },
      'Government regains territory',
    ],
    [
      "a young man killed by the army's bullets is attacked, the army is no target",
      {
        text: 'قتل شاب برصاص الجيش في جنين أمس.',
        mentions: [['جنين', placeEntity('Jenin', 'PS')]],
      },
      'Attack',
    ],
    [
      'a man shot dead by an unknown gunman is attacked: the gunman is the shooter, not a target',
      {
        text: 'A shopkeeper was shot dead by an unknown gunman in Hama on Monday.',
        mentions: [['Hama', placeEntity('Hama', 'SY')]],
      },
      'Attack',
    ],
    [
      'armed men killed by the army, told in the passive, were fought',
      {
        text: 'More than 100 terrorists killed by the army in Hama.',
        mentions: [['Hama', placeEntity('Hama', 'SY')]],
      },
      'Armed clash',
    ],
    [
      'an army killing armed men fights them, it does not attack civilians',
      {
        text: 'The army killed 12 terrorists in Hama on Monday.',
        mentions: [['Hama', placeEntity('Hama', 'SY')]],
      },
      'Armed clash',
    ],
    [
      'a crowd fighting the police is a violent demonstration, not a battle',
      {
        text: 'وأدت المواجهات بين المتظاهرين وشرطة مكافحة الشغب في القاهرة إلى إصابة ثمانية أشخاص.',
        mentions: [['القاهرة', placeEntity('Cairo', 'EG')]],
      },
      'Violent demonstration',
    ],
    [
      "forces backed by jets shell with their own guns: the backer's planes are not the weapon",
      {
        text: 'Government forces backed by Russian jets shelled Hama on Monday.',
        mentions: [['Hama', placeEntity('Hama', 'SY')]],
      },
      'Shelling/artillery/missile attack',
    ],
    [
      'bombs dismantled, counted, are a disrupted use, not a blast',
      {
        text: 'وتمكنت القوات من تفكيك 35 عبوة ناسفة في الرمادي أمس.',
        mentions: [['الرمادي', placeEntity('Ramadi', 'IQ')]],
      },
      'Disrupted weapons use',
    ],
    [
      'explosive rounds fired are shells, not a planted bomb',
      {
        text: 'Troops fired explosive rounds at the town of Daraa on Monday.',
        mentions: [['Daraa', placeEntity('Daraa', 'SY')]],
      },
      'Shelling/artillery/missile attack',
    ],
    [
      'armed men attacking army units make a battle',
      {
        text: 'وهاجمت عناصر داعش قطعات عسكرية في منطقة الفلوجة.',
        mentions: [
          ['عناصر داعش', actorEntity('Islamic State')],
          ['الفلوجة', placeEntity('Fallujah', 'IQ')],
        ],
      },
      'Armed clash',
    ],
    [
      'a house burnt with a baby killed in it is an attack',
      {
        text: 'Settlers set fire to a house in the village of Duma, killing a baby.',
        mentions: [['Duma', placeEntity('Duma', 'PS')]],
        quantities: [['a baby', { value: 1, qualifier: 'exact', role: 'killed' }]],
      },
      'Attack',
    ],
    [
      'a bomb told while an air campaign goes on stays a bomb, not an air strike',
      {
        text: 'قتل أربعة شرطيين في انفجار قنبلة في جنوب شرق البلاد، في وقت يستمر القصف الجوي لمواقع المتمردين.',
      },
      'Remote explosive/landmine/IED',
    ],
    [
      'a car bomb stays a bomb when mortars are named in the clause',
      {
        text: 'A car bomb exploded near a mortar position in Damascus.',
        mentions: [['Damascus', placeEntity('Damascus', 'SY')]],
      },
      'Remote explosive/landmine/IED',
    ],
    [
      'warplanes told as the doer make an air strike whatever they fired',
      {
        text: 'قالت مصادر إن طائرات حربية قصفت بالصواريخ مواقع للمسلحين في مدينة عدن.',
        mentions: [['عدن', placeEntity('Aden', 'YE')]],
      },
      'Air/drone strike',
    ],
    [
      'an aircraft shot at with mortars is the target: the mortars make a shelling',
      {
        text: 'Rebels attacked a helicopter with mortars near Marib.',
        mentions: [['Marib', placeEntity('Marib', 'YE')]],
      },
      'Shelling/artillery/missile attack',
    ],
    [
      'mortar rounds with a count between the words are shelling',
      {
        text: 'قتل 18 مدنيا جراء سقوط قذائف هاون على منازل في ناحية هبهب.',
        mentions: [['هبهب', placeEntity('Hibhib', 'IQ')]],
        quantities: [['18 مدنيا', { value: 18, qualifier: 'exact', role: 'killed' }]],
      },
      'Shelling/artillery/missile attack',
    ],
    [
      'an attack that opens with a car bomb and goes on with rocket fire is a bomb attack',
      {
        text: 'A car bomb went off in Homs and rocket fire followed, killing 12 people.',
        mentions: [['Homs', placeEntity('Homs', 'SY')]],
        quantities: [['12 people', { value: 12, qualifier: 'exact', role: 'killed' }]],
      },
      'Remote explosive/landmine/IED',
    ],
    [
      'a suicide bomber decides the type whatever weapon comes first',
      {
        text: 'Mortar fire hit the market in Homs before a suicide bomber blew himself up.',
        mentions: [['Homs', placeEntity('Homs', 'SY')]],
      },
      'Suicide bomb',
    ],
    [
      'a suicide car bomber who crashes into a post is a suicide bomb',
      {
        text: 'A suicide car bomber crashed his vehicle into a checkpoint in Homs.',
        mentions: [['Homs', placeEntity('Homs', 'SY')]],
      },
      'Suicide bomb',
    ],
    [
      'a rocket fired at a town is shelling',
      {
        text: 'Militants fired a Grad rocket at Sderot on Friday.',
        mentions: [['Sderot', placeEntity('Sderot', 'IL')]],
      },
      'Shelling/artillery/missile attack',
    ],
    [
      'an explosive thrown at a house is a bomb attack',
      {
        text: 'Two men threw an explosive at a house in Lima.',
        mentions: [['Lima', placeEntity('Lima', 'PE')]],
      },
      'Remote explosive/landmine/IED',
    ],
    [
      'a bomb found before it went off is a disrupted weapons use',
      {
        text: 'A bomb was found by police outside the party office in Valletta.',
        mentions: [['Valletta', placeEntity('Valletta', 'MT')]],
      },
      'Disrupted weapons use',
    ],
    [
      'a device defused is a disrupted weapons use',
      {
        text: 'Soldiers defused an explosive device on the main road near Kandahar.',
        mentions: [['Kandahar', placeEntity('Kandahar', 'AF')]],
      },
      'Disrupted weapons use',
    ],
    [
      'a bomb that went off after it was found is an explosion',
      {
        text: 'A bomb exploded in Kandahar minutes after it was found by a guard.',
        mentions: [['Kandahar', placeEntity('Kandahar', 'AF')]],
      },
      'Remote explosive/landmine/IED',
    ],
    [
      'a stabbing told beside teargas shells stays a stabbing',
      {
        text: 'A man was stabbed to death in Surat as police burst teargas shells to disperse a crowd.',
        mentions: [['Surat', placeEntity('Surat', 'IN')]],
      },
      'Attack',
    ],
    [
      'violence breaking out between communities is mob violence',
      {
        text: 'Violence broke out between two communities in Valsad on Sunday.',
        mentions: [['Valsad', placeEntity('Valsad', 'IN')]],
      },
      'Mob violence',
    ],
    [
      'stone throwing at the police is a violent demonstration',
      {
        text: 'Youths resorted to stone throwing at the police in Valsad.',
        mentions: [['Valsad', placeEntity('Valsad', 'IN')]],
      },
      'Violent demonstration',
    ],
    [
      'setting fire to an office is arson even with no place named',
      { text: 'Masked men set fire to the offices of the party overnight.' },
      'Looting/property destruction',
    ],
    [
      'a man shot several times is an attack even with no place named',
      { text: 'A journalist was shot several times as he left his home.' },
      'Attack',
    ],
    [
      'an attack opened by two car bombs stays a bomb attack when a gunfight with shells follows',
      {
        text: 'وقال مصدر أمني إن هجوما بسيارتين مفخختين تبعته اشتباكات بالقذائف استهدف نقطة عسكرية في مأرب.',
        mentions: [['مأرب', placeEntity('Marib', 'YE')]],
      },
      'Remote explosive/landmine/IED',
    ],
    [
      'a soldier killed by a projectile fired across the border is shelled, not fought',
      {
        text: 'قتل جندي على الحدود نتيجة إطلاق المسلحين مقذوفا عسكريا على موقعه قرب نجران.',
        mentions: [['نجران', placeEntity('Najran', 'SA')]],
      },
      'Shelling/artillery/missile attack',
    ],
    [
      'a soldier hit by a projectile is shelled',
      {
        text: 'وأصيب جندي بمقذوف قادم من خلف الحدود في جازان.',
        mentions: [['جازان', placeEntity('Jizan', 'SA')]],
      },
      'Shelling/artillery/missile attack',
    ],
    [
      'a vacuum bomb dropped from the air is an air strike, not a planted bomb',
      {
        text: 'The town of Saraqib was hit by a vacuum bomb attack aerially dropped by the regime on Monday.',
        mentions: [['Saraqib', placeEntity('Saraqib', 'SY')]],
      },
      'Air/drone strike',
    ],
    [
      'troops fighting under the cover of the air force fight a battle',
      {
        text: 'Army units with a cover from the Syrian Air Force clashed with militants in Morek on Monday.',
        mentions: [['Morek', placeEntity('Morek', 'SY')]],
      },
      'Armed clash',
    ],
    [
      'rebels breaking a siege take ground, they do not regain it for the government',
      {
        text: 'Rebel fighters broke the siege on the eastern districts of Aleppo on Saturday.',
        mentions: [['Aleppo', placeEntity('Aleppo', 'SY')]],
      },
      'Non-state actor overtakes territory',
    ],
    [
      'an airport liberated by its taker, the place named as its object, is ground taken',
      {
        text: 'وأعلنت المقاومة الشعبية تحريرها مطار عدن الدولي أمس.',
        mentions: [['عدن', placeEntity('Aden', 'YE')]],
      },
      'Government regains territory',
    ],
    [
      "an army unit destroying the militants' armed vehicles fights them",
      {
        text: 'An army unit destroyed two vehicles equipped with machineguns in the hills of Sweida.',
        mentions: [['Sweida', placeEntity('Sweida', 'SY')]],
      },
      'Armed clash',
    ],
    [
      'a hostage-taking in which people are killed is an attack on them',
      {
        text: 'Gunmen took hostages at a hotel in Sevare, killing four people.',
        mentions: [['Sevare', placeEntity('Sevare', 'ML')]],
      },
      'Attack',
    ],
    [
      'aerospace forces striking targets strike from the air',
      {
        text: 'Russian Aerospace Forces struck 30 targets in Hama province on Tuesday.',
        mentions: [
          ['Russian Aerospace Forces', actorEntity('Military Forces of Russia', 'state-forces', 'RU')],
          ['Hama', placeEntity('Hama', 'SY')],
        ],
      },
      'Air/drone strike',
    ],
    [
      'an armed group seizing people abducts them, it does not arrest them',
      {
        text: 'اعتقل تنظيم داعش 20 شابا في مدينة الرقة.',
        mentions: [
          ['تنظيم داعش', actorEntity('Islamic State')],
          ['الرقة', placeEntity('Raqqa', 'SY')],
        ],
      },
      'Abduction/forced disappearance',
    ],
    [
      'security operations launched by the gendarmerie are a round-up, not a battle',
      {
        text: 'شنت قوات الدرك فجر اليوم خمس عمليات أمنية في مدينة أنقرة ضد عناصر حزب العمال الكردستاني.',
        mentions: [
          ['حزب العمال الكردستاني', actorEntity('Kurdistan Workers Party')],
          ['أنقرة', placeEntity('Ankara', 'TR')],
        ],
      },
      'Arrests',
    ],
  ])('%s', (_, spec, expected) => {
    expect(typeOf(spec)).toBe(expected);
  });

  it('an air force general who tells the toll is no air strike', () => {
    const spec = {
      text: 'وقال جنرال في القوات الجوية إن 12 جنديا قتلوا في ولاية زابل.',
      mentions: [['زابل', placeEntity('Zabul', 'AF')]],
    } satisfies FixtureSpec;
    expect(typeOf(spec)).not.toBe('Air/drone strike');
  });
});
