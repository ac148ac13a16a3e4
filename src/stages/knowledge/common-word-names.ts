import { normalizeName } from '../../core/text/normalize.js';
import { nextWord } from './match-context.js';
import type { NameMatch } from './mention-matcher.js';
import { looseLatin } from './name-tokens.js';

/**
 * Place and actor names that are also ordinary words ("الخبر" Khobar / the news, "العين" Al Ain / the eye,
 * "مالي" Mali / financial, "Police" in Poland, "Van", "Mobile"). Such a match stands only with context: a
 * cue word in front of it ("مدينة الخبر", "in Van"), or the same entity or its country named elsewhere in the
 * article. Typed by hand; keep each line to one region so additions are easy to review.
 */
const ARABIC = `
الخبر العين الباب التل الطبقة العمارة الحلة الخالص بلد الزاوية الخمس الوادي المدينة الرياض جدة العقبة
المفرق الأبيض البيضاء الزرقاء الجنينة المنصورة صور حجة سرت الضالع الجوف حرض الخوخة عبس عتق يافع الحوطة
تدمر السفيرة الميادين القصير السلمية إعزاز حارم حديثة القائم الرطبة الخضر الصينية العلم الدور المدائن
الشعلة المنصور الدورة الحرية الشعب البياع الجهاد الصدر المرج القبة الأبيار الكفرة الجفرة هون شحات السدرة
العبور الشروق بدر الطور الخارجة الداخلة الأقصر ملوي المحلة الوراق فيصل الهرم المعادي الزيتون النزهة
المهندسين الخليفة التجمع الحسنة نخل دهب مطروح الواحات الواسطى العاشر المنزلة رشيد المنتزه العطارين الرمل
الباحة حائل الخرج عنيزة المجمعة المبرز طريف القريات العلا ينبع الليث القنفذة الدرب الحد المحرق سترة الريان
الخور حولي مسقط عبري إبراء مطرح المرفأ معان الرصيفة سحاب الأزرق عاليه الشوف المتن القاع الضاحية الحمرا
الخيام الميناء البريج المغازي الرمال الشاطئ البيرة الظاهرية الطيبة الطيرة الناصرة الرملة العفولة الخضيرة
البليدة المدية معسكر سعيدة النعامة البيض بشار ميلة فاس الناظور آسفي الجديدة سلا العرائش المهدية الكاف
قبلي الحمامات المرسى ربك الدامر مروي بحري المناقل رفاعة الفولة المجلد كتم الطينة جوهر زابل غور بنو مشهد
قم أراك كلس حماة بورصة قيصري فان كانو واو بور قطر مالي بنين بنما القمر إب أب السلام النصر الفتح الوحدة الثورة
المستقبل الاتحاد التحرير النهضة العاصمة المركز الساحل الجبل البحر السوق المطار الجامعة المحطة الوسط
الشمال الجنوب الشرق الغرب القاعدة الأسد الشيخ مروة كيفة الريحان الصف
`;

const ENGLISH = `
of police than date temple can march central most much same union come deal man along young university
alliance holiday sale best save normal begun apex opportunity gap pace buy golden manage goes independence
mobile paramount sake bear wedding surprise hue pen federal van enterprise dig liberal summit retreat spring
mission god garner more ham tal al fleet banning marks boom shaping coin mentor republic cantonment reading orange green tours bush
liberty drama lens sunset lend acre felling nice split bath bury derby hull wells rich hope unity concord
freedom peace justice harmony providence eagle palm coral progress commerce industry victory salvation
independencia libertad paz esperanza union city market bay port mount valley lake river beach hills heights
park garden villa la el san santa said says asia africa europe america borne abu bin ibn fourth oriental
`;

// Given names and surnames that are also towns ("Ariel" Sharon, Roberto "Calvi", "Medina"): a preposition
// in front ("in Ariel", "near Calvi") is enough to make them places, as for big cities.
const PERSONAL = `
ariel itamar ofra kanaan raman calvi erez efrat dolev talmon immanuel fatih uri matta medina rashid badr adam
dora hura mansour cesar caldas santander valencia trujillo vergara jasim safi saida saleh sale manar
ortega suarez solano balboa argelia gigante calamar convencion eli kadim safwan mora whitehead metzer munger
qasim qassim khalid khaled nasir ana aga sabah samar rhodes larissa valera muthana muthanna tata lal
moira dekel kedar tasso bulalacao riyad yokota artem artyom kochi eyal matignon restrepo acevedo kang mungo
tovar velez amari ercan tuba dol rashad obi girard dafni baghdadi al-baghdadi
`;

// Towns of conflict reporting whose names are also English words ("Hit", "Tank", "Swat") or name a better-known
// thing ("Kama", a Russian river): written with a capital after "in" or "near" they are the town, so a
// preposition will do, as for the names above.
const TOWN_WORDS = `hit tank swat sui bara burqa litter waterside kama hay`;

// English words and brands that name towns: these need a place noun in front ("the Swat valley" does not count).
const ENGLISH_MORE = `
mayo samba hub meta java sur center centre karma wadi goodyear
`;

const words = (list: string): string[] => list.split(/\s+/).filter((w) => w !== '');

/** Nouns of a town's administrative unit: after a name they make it the town's, as "the town of" before it does. */
const ADMIN_NOUNS_AFTER = new Set(
  words('district districts province governorate tehsil subdistrict municipality').map(normalizeName),
);

/**
 * Each key and its loosened spelling: the matcher may meet "Qasim" or "Wells" under the key "kasim" or
 * "wels" (name-tokens' looseLatin), and a listed word must be known under both.
 */
const withLooseForms = (keys: readonly string[]): Set<string> =>
  new Set(keys.flatMap((k) => [k, k.split(' ').map(looseLatin).join(' ')]));

/**
 * Normalised keys of people's names and of English words that name towns: they need a cue, but a preposition
 * will do.
 *
 * @example PERSONAL_NAME_KEYS.has('calvi') === true
 */
export const PERSONAL_NAME_KEYS: ReadonlySet<string> = withLooseForms([
  ...words(PERSONAL),
  ...words(TOWN_WORDS),
]);

/** Normalised keys of the English words that name towns (TOWN_WORDS, ENGLISH_MORE). */
const TOWN_WORD_KEYS: ReadonlySet<string> = withLooseForms(
  [...words(TOWN_WORDS), ...words(ENGLISH_MORE)].map(normalizeName),
);

/**
 * True for an English word naming a town with its administrative noun right after ("Thailand's Mayo
 * District", "the Hub tehsil"): the unit says the word is the town's name, while "the mayo on the
 * sandwich" or "a cargo hub district" (the word uncapitalised, which the surface filter drops) says nothing.
 *
 * @example namedByAdminNoun(view.text, matchOf('Mayo')) === true // in "in the Mayo District"
 */
export function namedByAdminNoun(viewText: string, match: NameMatch): boolean {
  return TOWN_WORD_KEYS.has(match.key) && ADMIN_NOUNS_AFTER.has(normalizeName(nextWord(viewText, match)));
}

// Names of more than one word that read as dates ("the sixth of October") are listed whole.
const ARABIC_PHRASES = ['السادس من أكتوبر', 'العاشر من رمضان', '6 أكتوبر'];
// Every old town has its "old city": the gazetteer's name for Jerusalem's says nothing without Jerusalem.
const ENGLISH_PHRASES = ['old city'];

/** Normalised keys of names that are also ordinary words. */
export const COMMON_WORD_KEYS: ReadonlySet<string> = withLooseForms(
  [
    ...words(ARABIC),
    ...words(ENGLISH),
    ...words(ENGLISH_MORE),
    ...words(PERSONAL),
    ...words(TOWN_WORDS),
    ...ARABIC_PHRASES,
    ...ENGLISH_PHRASES,
  ].map(normalizeName),
);

/**
 * Names so often an ordinary word in conflict news that only a cue right before them will do, never
 * another mention elsewhere: "فتح النار" (opened fire) in an article about Fatah, "القاعدة الجوية" (the air
 * base) in one about al-Qaeda, "كيف" (how, and Kyiv), "الأربعاء" (Wednesday, and Larbaa), "بيان"
 * (statement, and Bayan), "قبالة" (facing, and Gabala), "شكا" (complained, and Chekka), "الجزيرة" (the island, the TV channel, an Iraqi desert; Gezira only as "ولاية
 * الجزيرة"). English common words are treated the same way.
 */
export const CUE_ONLY_KEYS: ReadonlySet<string> = new Set(
  words(`
فتح القاعدة الأسد بدر الشيخ الخبر كيف مقر بيان إطار عنه بأنه وأن وإن وان الشهداء الغربية الشرقية المالية
المالي مالية يهود دوري أمل امل الشريعة الوجه الحزم الخبراء جمال قارة بأي كريمة الصافي نايف إيل السبت الأحد
الاثنين الثلاثاء الأربعاء الخميس الجمعة سبت أحد جمعة خميس الحرية العمارة التل الباب الوادي المدينة العين
الجميل أبا الناصر بول بيو سكر دورا دخيل الظاهرة مؤدية اليمنى برمودا ليون
تربة الطرف وجده العبر بشرى حتا البرج جلب لعل ينقل أدري آتي جاسم مينا باما عثمانية البندقية
الجزيرة قبالة شكا
`).map(normalizeName),
);

/**
 * Short names that several parties share ("حزب العمال": the Kurdistan Workers' Party in a Turkish story, Labour
 * in a British or an Australian one): they stand only where the article names the same entity in full or its
 * country, never by a cue word alone ("زعيم حزب العمال" leads Labour as well), and never with another
 * country's adjective after them ("حزب العمال البريطاني"). So too "the putschists" («الانقلابيين»: the Houthis in
 * a Yemeni story, the Gülenists in a Turkish one) and "the people's army" («الجيش الشعبي»: Yemen's resistance,
 * South Sudan's army).
 */
export const SUPPORT_ONLY_KEYS: ReadonlySet<string> = new Set(
  ['حزب العمال', 'الانقلابيين', 'الانقلابيون', 'الجيش الشعبي'].map(normalizeName),
);
