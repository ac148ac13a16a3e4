import type { Quantity } from '../../../core/records.js';
import { PhraseTable } from './phrase-table.js';

export type Role = NonNullable<Quantity['role']>;

/** What a counted noun tells: who was counted, what happened to them, and whether it names one person. */
export interface NounSense {
  noun?: string;
  role?: Role;
  /** Singular form ("جندي", "soldier"): counts one when a casualty word stands right before it. */
  one?: boolean;
}

// Arabic counted nouns in the forms numbers govern: plural (3–10), singular accusative with alif (11–99),
// singular genitive (100+, and "مقتل جندي"). English nouns in both numbers. Singular | plural; multi-word
// phrases join their words with "_".
const NOUNS: [string, Role | undefined, string][] = [
  ['people', undefined, 'شخص شخصا فرد person | أشخاص اشخاص أفراد people persons'],
  ['people', undefined, 'ضحية | ضحايا victims'],
  ['others', undefined, '| آخرين آخرون آخران أخريات others'],
  ['civilians', undefined, 'مدني مدنيا مواطن مواطنا civilian | مدنيين مدنيون مواطنين مواطنون civilians'],
  [
    'soldiers',
    undefined,
    'جندي جنديا عسكري عسكريا soldier serviceman | جنود عسكريين عسكريون soldiers troops servicemen',
  ],
  [
    'police',
    undefined,
    'شرطي شرطيا رجل_شرطة رجل_أمن policeman police_officer | رجال_الشرطة رجال_الأمن عناصر_الشرطة عناصر_الأمن شرطيين police policemen police_officers',
  ],
  ['officers', undefined, 'ضابط ضابطا officer | ضباط officers'],
  [
    'guards',
    undefined,
    'حارس حارسا guard | حراس رجال_حرس_الحدود حرس_الحدود عناصر_حرس_الحدود guards border_guards',
  ],
  [
    'militants',
    undefined,
    'مسلح مسلحا مقاتل مقاتلا إرهابي إرهابيا متشدد متشددا متمرد متمردا militant fighter gunman rebel guerrilla guerilla insurgent jihadist terrorist militiaman | مسلحين مسلحون مقاتلين مقاتلون إرهابيين متشددين متمردين militants fighters gunmen rebels guerrillas guerillas insurgents jihadists terrorists militiamen militia',
  ],
  ['members', undefined, 'عنصر عنصرا member | عناصر members'],
  ['leaders', undefined, 'قيادي قياديا قائد قائدا leader commander | قادة قياديين leaders commanders'],
  ['families', undefined, 'عائلة أسرة family | عائلات families'],
  [
    'children',
    undefined,
    'طفل طفلا رضيع رضيعا child boy girl baby infant | أطفال اطفال رضع children kids boys girls babies infants',
  ],
  ['women', undefined, 'امرأة سيدة woman | نساء سيدات women'],
  ['men', undefined, 'رجل رجلا man | رجال men'],
  ['adults', undefined, 'بالغ بالغا راشد راشدا مسن مسنا adult | بالغين بالغون راشدين مسنين مسنون adults'],
  [
    'protesters',
    undefined,
    'متظاهر متظاهرا محتج محتجا protester demonstrator | متظاهرين متظاهرون محتجين protesters demonstrators',
  ],
  [
    'attackers',
    undefined,
    'مهاجم مهاجما انتحاري انتحاريا attacker bomber | مهاجمين انتحاريين attackers bombers assailants',
  ],
  ['students', undefined, 'طالب طالبا student | طلاب students'],
  ['journalists', undefined, 'صحفي صحفيا صحافي صحافيا journalist | صحفيين صحافيين journalists'],
  ['tourists', undefined, 'سائح سائحا tourist | سياح سائحين tourists'],
  ['prisoners', undefined, 'سجين سجينا أسير أسيرا prisoner | سجناء أسرى prisoners'],
  [
    'workers',
    undefined,
    'عامل عاملا worker employee labourer laborer driver | عمال workers employees labourers laborers drivers',
  ],
  ['refugees', undefined, 'لاجئ لاجئا refugee | لاجئين refugees migrants'],
  // People named by what they were doing or where they lived: the victims of most attacks on civilians.
  [
    'people',
    undefined,
    'قروي قرويا مزارع مزارعا فلاح فلاحا صياد صيادا مصل راكب حاج متسوق peasant farmer villager resident passenger pilgrim worshipper shopper bystander passerby | قرويين قرويون مزارعين مزارعون فلاحين فلاحون صيادين صيادون مصلين مصلون ركاب حجاج متسوقين peasants farmers villagers residents passengers pilgrims worshippers shoppers bystanders passersby',
  ],
  ['people', 'killed', 'قتيل قتيلا شهيد شهيدا | قتلى شهداء dead bodies fatalities deaths'],
  ['people', 'injured', 'جريح جريحا مصاب مصابا | جرحى مصابين مصابون wounded injured injuries'],
  // "15 حالة اختناق", "12 suffocation cases": each case is a person hurt by smoke or gas.
  ['people', 'injured', 'حالة_اختناق | حالات_اختناق suffocation_cases cases_of_suffocation'],
  ['people', 'arrested', 'معتقل معتقلا موقوف موقوفا | معتقلين موقوفين detainees'],
  ['hostages', 'abducted', 'رهينة مخطوف مختطف hostage | رهائن مخطوفين مختطفين hostages'],
];

const phrases = (list: string) =>
  list
    .split(' ')
    .filter(Boolean)
    .map((w) => w.replace(/_/g, ' '));

/** Counted nouns and noun phrases after a number: "شخصا", "رجال الشرطة", "civilians", "police officers". */
export const COUNTED_NOUNS = new PhraseTable<NounSense>(
  NOUNS.flatMap(([noun, role, forms]) => {
    const [singular, plural] = forms.split('|').map(phrases);
    return [
      ...singular.map((w) => [w, { noun, role, one: true }] as const),
      ...plural.map((w) => [w, { noun, role }] as const),
    ];
  }),
);

/**
 * Duals that count two on their own. Only nouns whose plural is spelt differently are listed:
 * "مدنيين" is both the dual and the plural of مدني, so it is never read as two.
 */
export const DUAL_NOUNS = new PhraseTable<NounSense>([
  ...(
    [
      ['قتيل', 'people', 'killed'],
      ['جريح', 'people', 'injured'],
      ['شخص', 'people', undefined],
      ['جندي', 'soldiers', undefined],
      ['شرطي', 'police', undefined],
      ['ضابط', 'officers', undefined],
      ['طفل', 'children', undefined],
      ['رجل', 'men', undefined],
      ['عنصر', 'members', undefined],
      ['امرأت', 'women', undefined],
      ['صحفي', 'journalists', undefined],
      ['شاب', 'men', undefined],
      ['شقيق', 'people', undefined],
      ['حارس', 'guards', undefined],
      ['قائد', 'leaders', undefined],
      ['طفلت', 'children', undefined],
    ] as const
  ).flatMap(([stem, noun, role]) => ['ين', 'ان'].map((end) => [stem + end, { noun, role }] as const)),
  // "وجرح آخران": the nominative dual of "another" is two; its -ين form is also the plural "آخرين".
  ['آخران', { noun: 'others' }],
]);

/** Words before a number that say what happened to those counted: "مقتل 12", "killing 12", "وإصابة 5". */
export const ROLE_BEFORE = new PhraseTable<Role>([
  ...words(
    'killed',
    'مقتل قتل قتلت قتلوا يقتل تقتل مصرع استشهاد استشهد وفاة إعدام أعدم اغتيال اغتال اغتالت اغتيل killing killed kill kills executing executed assassinated assassinating murdered murdering massacred massacring slaughtered slaughtering beheaded beheading decapitated decapitating',
  ),
  // "saw the murder of two guards", "the massacre of 30 villagers": nouns of the act, like «مقتل», name its dead.
  ...words('killed', 'murder murders massacre assassination'),
  ...[
    'لقي حتفه',
    'أودى بحياة',
    'أودت بحياة',
    'death of',
    'deaths of',
    'claimed the lives',
    'claiming the lives',
    'claimed the life',
    'took the lives',
    'cost the lives',
    'gunned down',
    'shot dead',
    // Told in the present, as headlines and incident lists tell: "militants shoot dead seven".
    'shoot dead',
    'shoots dead',
    'gun down',
    'guns down',
    // "نفذ حكم الإعدام بحق خمسة": those a death sentence was executed upon are dead; so are those of
    // «الإعدام بـ12», its «ب» glued to the count by a tatweel or written onto the digits.
    'الإعدام بحق',
    'الإعدام ب',
    // "غارة سقط ضحيتها 12", "راح ضحيته 5": those who fell as the act's victims are its dead.
    ...['سقط', 'راح', 'ذهب'].flatMap((verb) => ['ضحيتها', 'ضحيته', 'ضحيتهم'].map((v) => `${verb} ${v}`)),
  ].map((p) => [p, 'killed'] as const),
  ...words(
    'injured',
    'إصابة اصابة أصيب أصيبت إصابات جرح جرحت جرحوا أصابوا طعن wounding wounded injuring injured injures wounds injury injuries stabbed stabbing',
  ),
  ...words(
    'arrested',
    'اعتقال اعتقل اعتقلت توقيف أوقف أوقفت إيقاف احتجاز احتجز احتجزت arresting arrested detaining detained',
  ),
  ...['القبض على', 'ألقت القبض على', 'rounded up'].map((p) => [p, 'arrested'] as const),
  ...words('abducted', 'اختطاف خطف اختطف اختطفت abducting abducted kidnapping kidnapped'),
]);

/**
 * Verbs whose form names one victim: "اغتيل القيادي", "لقي حتفه" (his death). A count after the verb is
 * the victims instead ("اغتيل ثلاثة قادة").
 */
export const ONE_VICTIM = new PhraseTable<Role>(
  [
    'اغتيل',
    'اغتيلت',
    'لقي حتفه',
    'لقيت حتفها',
    'لقي مصرعه',
    'لقيت مصرعها',
    // "وأنه قتل في ضربة": the pronoun is the one victim of the passive verb.
    'أنه قتل',
    'أنها قتلت',
    'توفي متأثرا',
    'توفيت متأثرة',
    // "فقتلاه", "وقتلوها": a past verb whose object pronoun is the one killed.
    'قتلاه',
    'قتلاها',
    'قتلوه',
    'قتلوها',
    // "أدى إلى مقتله", "عن اغتيالها": the pronoun names the one killed.
    'مقتله',
    'مقتلها',
    'اغتياله',
    'اغتيالها',
    'استشهاده',
    'استشهادها',
  ].map((p) => [p, 'killed'] as const),
);

/**
 * Ranks, titles and kin a victim is named by after a casualty word: "استشهاد العريف أحمد …، والجندي أول
 * …", "وإصابة زميله", "مقتل القيادي وسائقه", "أصيب والداه وشقيقه". Each one names as many people as its
 * value (a dual kin noun, "والداه" his parents, names two); a list of them is counted by its items.
 */
export const TITLES = new PhraseTable<number>([
  ...[
    'العريف الجندي الرقيب الملازم النقيب الرائد المقدم العقيد العميد اللواء الشرطي المجند الضابط الشيخ',
    'زميله زميلها مرافقه مرافقها حارسه حارسها سائقه سائقها شقيقه شقيقها ابنه ابنها نجله نجلها زوجته زوجها',
    'والده والدها والدته والدتها شقيقته شقيقتها ابنته ابنتها أخوه أخوها أخته أختها',
  ]
    .join(' ')
    .split(' ')
    .map((w) => [w, 1] as const),
  ...'والداه والداها شقيقاه شقيقاها ابناه ابناها ابنتاه ابنتاها'.split(' ').map((w) => [w, 2] as const),
  // The same duals after a verbal noun ("وإصابة والديه"): their genitive ending.
  ...'والديه والديها شقيقيه شقيقيها ابنيه ابنيها ابنتيه ابنتيها'.split(' ').map((w) => [w, 2] as const),
]);

/**
 * Tolls, which may stand a few words before "to"/"إلى" and the number: "ارتفعت حصيلة ضحايا التفجير إلى 50",
 * "the death toll from the blast rose to 40".
 */
export const TOLLS = new PhraseTable<Role>([
  ...['حصيلة القتلى', 'عدد القتلى', 'حصيلة ضحايا', 'عدد ضحايا', 'حصيلة الضحايا', 'death toll', 'toll'].map(
    (p) => [p, 'killed'] as const,
  ),
  ...['عدد الجرحى', 'عدد المصابين', 'حصيلة الجرحى'].map((p) => [p, 'injured'] as const),
]);

/** Words after a number or its noun that say what happened: "قتلوا", "لقوا حتفهم", "were killed", "dead". */
export const ROLE_AFTER = new PhraseTable<Role>([
  ...words(
    'killed',
    'قتلوا قتلو قتلا استشهدوا توفوا قضوا اغتيلوا مصرعهم حتفهم مصرعهما حتفهما killed died die dead assassinated martyred murdered slain',
  ),
  ...[
    // "a guard was shot dead": the fates of several words, as after a count.
    'shot dead',
    'shot and killed',
    'gunned down',
    'لقوا حتفهم',
    'لقوا مصرعهم',
    'لقيا حتفهما',
    'لقيا مصرعهما',
    'سقطوا قتلى',
    'سقطوا شهداء',
    'lost their lives',
    'fell martyrs',
  ].map((p) => [p, 'killed'] as const),
  // "was stabbed" hurts; "was stabbed to death", "hacked to death" kill (the longer phrase wins).
  ...[
    'stabbed',
    'beaten',
    'hacked',
    'burnt',
    'burned',
    'shot',
    'lynched',
    'stoned',
    'strangled',
    'choked',
    'bludgeoned',
  ].map((w) => [`${w} to death`, 'killed'] as const),
  // "nine persons were burnt alive": said of people, it kills ("buried alive" does not: many are dug out).
  ...['burnt alive', 'burned alive'].map((p) => [p, 'killed'] as const),
  ...words('injured', 'أصيبوا اصيبوا أصيبا جرحوا جرحا للإصابة wounded injured hurt stabbed blinded maimed'),
  ...['suffered suffocation', 'suffered from suffocation'].map((p) => [p, 'injured'] as const),
  ...words('arrested', 'اعتقلوا أوقفوا احتجزوا arrested detained'),
  ...words('abducted', 'اختطفوا خطفوا abducted kidnapped captured'),
]);

/**
 * Words that kill only people: "سقوط 11 مواطنا", "سقط 4 مدنيين" (falling, said of people, is falling dead),
 * "تصفية 8 مسلحين" (liquidating them), "eliminated 12 militants", "neutralized three gunmen". Said of shells,
 * firms or posts they are not ("سقوط 3 قذائف", "تصفية 20 شركة" winds up companies, "eliminated 3
 * checkpoints"), so these words give the role only to a count of people.
 */
export const PEOPLE_ROLE_BEFORE = new PhraseTable<Role>(
  words(
    'killed',
    'سقوط سقط تصفية elimination eliminated eliminating neutralized neutralizing neutralised neutralising',
  ),
  { screened: false },
);

/** Adjectives an English counted noun may carry: "12 unarmed civilians", "a young man". */
export const ADJECTIVES = new Set(
  'other more unarmed innocent armed local foreign young suspected alleged security government nearby elderly'.split(
    ' ',
  ),
);

/**
 * Words allowed between a counted noun and the verb after it: "12 people were killed", "and three slightly
 * injured", "four others were reported injured". Not "fatally" nor "mortally": "fatally wounded" are dead.
 */
export const AUXILIARIES = new Set([
  'slightly',
  'seriously',
  'critically',
  'severely',
  'lightly',
  'badly',
  'were',
  'was',
  'have',
  'has',
  'had',
  'been',
  'are',
  'being',
  'reportedly',
  'reported',
  'also',
]);

function words(role: Role, list: string): [string, Role][] {
  return list.split(' ').map((w) => [w, role]);
}
