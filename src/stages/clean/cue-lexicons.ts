import { MONTH_NAME } from './date-parser.js';

/**
 * Cue words for boilerplate, in Arabic and English. Arabic patterns allow the optional shadda and
 * tanween that some outlets write (جرّب / جرب, مجانًا / مجانا). Kept as data so a reader can add a cue
 * without touching the classifier.
 *
 * @example IMPERATIVE.test('Subscribe to The Courier today') // true
 */
const SH = '\\u0651?';

const IMPERATIVE_AR = `(?:ف|و)?(?:جر${SH}ب|اشترك|اشتركوا|سج${SH}ل (?:الآن|مجان)|حم${SH}ل (?:التطبيق|تطبيق)|احصل على|تابعنا|تابعونا|انضم(?:وا)? إلينا|اضغط هنا|ادعم|اكتشف المزيد|لا تفو${SH}ت|وس${SH}ع)(?![\\u0621-\\u064A])|(?:ف|و)?(?:قم|استمتع) ب`;
const IMPERATIVE_EN =
  "(?:subscribe|sign up|try|download|follow us|join us|join now|click here|follow (?:us|@\\w+)|get the latest|don['’]t miss|support (?:our|independent) journalism|become a (?:member|subscriber)|register|get (?:unlimited|full|the app|access|our|\\w+ \\w+ delivered)|expand your|unlock|start your (?:free )?trial)\\b";

/** The commands of `IMPERATIVE` opening a line, and after a sentence or clause mark. */
const IMPERATIVE_AT_START = new RegExp(`^(?:${IMPERATIVE_AR}|${IMPERATIVE_EN})`, 'i');
const IMPERATIVE_AFTER_MARK = new RegExp(
  `[.!?:,]\\s*(?:${IMPERATIVE_AR}|${IMPERATIVE_EN})|[؟،]\\s*(?:${IMPERATIVE_AR})`,
  'i',
);

/**
 * Second-person imperatives that open promos: try, subscribe, sign up, download, follow us … Only at the
 * start of a sentence or clause, where a command stands; "residents who subscribe" is reported speech.
 * Both languages' commands share one opening, Arabic ones also after "؟" and "،": the pattern tries its
 * opening at every character of a line, and tried it three times over when each list had its own.
 * A line's start is asked apart, by an anchored pattern: with "^" one of the openings, the engine could
 * skip no character to the next sentence mark, and the one pattern took three times as long over the
 * corpus's lines of up to 600 characters, as the promo rule asks them (2.4 → 0.9 ms).
 */
export const IMPERATIVE = {
  test: (text: string): boolean => IMPERATIVE_AT_START.test(text) || IMPERATIVE_AFTER_MARK.test(text),
};

/** What promos offer: free, trials, unlimited access, subscriptions, newsletters, apps, awards. */
export const OFFER = new RegExp(
  [
    'مجان(?:ا|\\u064B)*',
    'اشتراك',
    'وصول غير محدود',
    'لمدة \\d+ (?:أشهر|شهر|أيام|يوم)',
    'النشرة (?:البريدية|الإخبارية)',
    'تطبيق(?:نا)?',
    'عروض',
    'الحائز[ةه]? على جوائز',
    '\\b(?:free|trial|unlimited|subscriptions?|newsletters?|inbox|per month|a month|every month|issues for|delivered|offer|discount|our app|award-winning|premium|ad-free)\\b',
  ].join('|'),
  'i',
);

/** Author notes: book announcements and "X is a columnist" taglines. */
export const AUTHOR_BIO = new RegExp(
  [
    `^[*•\\s]*(?:صدر|يصدر|صدرت|تصدر)\\s+(?:(?:حديث|مؤخر)(?:ا|\\u064B)*\\s+)?(?:لل?كاتب[ة]?\\s+\\S+\\s+)?(?:ل)?(?:كتاب|رواية|ديوان)`,
    `كتاب\\s+.{2,40}?\\s+(?:الأخير|الجديد)`,
    `^[*•\\s]*(?:الكاتب|الكاتبة|كاتب|كاتبة|المؤلف|مؤلف|باحث|باحثة|أستاذ|أستاذة|محلل|محللة|صحفي|صحفية|صحافي|صحافية|رئيس تحرير)\\s+(?:و|في|ب|سياسي|سعودي|مصري|لبناني|أردني|فلسطيني|عراقي|سوري|كويتي|إماراتي|بريطاني|أمريكي|متخصص|مقيم)`,
    "^[*•\\s]*[A-Z][\\w.'’-]+(?:\\s+[A-Z][\\w.'’-]+){1,3}['’]s\\s+(?:latest|new|most recent|forthcoming|next)\\s+(?:book|novel)",
    "^[*•\\s]*[A-Z][\\w.'’-]+(?:\\s+[A-Z][\\w.'’-]+){1,3}\\s+(?:is|was)\\s+(?:a|an|the|[A-Z][\\w.]*['’]s)\\s+(?:[\\w-]+\\s+){0,4}(?:author|writer|columnist|editor|correspondent|reporter|curator|producer|professor|fellow|journalist|analyst|director|commentator|lecturer|contributor)\\b",
    '^[*•\\s]*(?:The )?(?:writer|author) is\\b',
    '\\b(?:may|can) be reached at\\b|\\bfollow (?:him|her|them) on (?:Twitter|X)\\b',
    '\\bis the author of\\b',
  ].join('|'),
  'i',
);

/** A short line that only names who wrote or reported the piece. */
export const BYLINE_LINE =
  /^[*•\s(]*(?:(?:By|Written by|Reporting by|Additional reporting by|Editing by|Compiled by)\s+[A-Z]|[A-Z].{2,60} contributed to this report|(?:بقلم|كتب|كتبت|إعداد|متابعة|تقرير|ترجمة|حوار|أجرى الحوار|أجرت الحوار)\s*[:：-]?\s*[\u0621-\u064A«"])/;

/** Photo captions and credits. */
export const CAPTION =
  /^[\s(]*(?:Photo|Image|Picture|File photo|Pictured|Caption|Image copyright|Image caption|Photograph)\b\s*[:：(]?|(?:Getty Images|AFP via Getty|AP Photo|\/Reuters|Shutterstock|EPA-EFE)\)?\s*$|^[\s(]*(?:صورة|الصورة|صور|من الصور)(?:\s+أرشيفية)?[)\s]*[:：-]|\.(?:jpe?g|png|gif|webp)\b/i;

/**
 * An embedded video's title on a line of its own: the player's site closing it ("Shells hit the market -
 * YouTube") or a player caption ("Watch: …", "فيديو: …").
 */
export const VIDEO_TITLE =
  /^[\s(]*(?:Watch|Video|شاهد|فيديو)\s*[:：|]|\s[-–|]\s(?:YouTube|Vimeo|Dailymotion)\s*$/i;

/** Lead words of related-article lists and teasers. */
export const RELATED =
  /^[\s•*-]*(?:(?:اقرأ|إقرأ|اقرا)\s+(?:(?:أيض|ايض)(?:ا|\u064B)*|المزيد)|(?:أخبار|مواضيع|مقالات|روابط)\s+(?:متعلقة|ذات صلة)|الأكثر (?:قراءة|مشاهدة)|رابط الخبر|(?:Read|See)\s+(?:more|also)\b|Related(?:\s+(?:stories|articles|coverage|news|content|links))?\s*[:：]|More (?:from|on|stories)\b|More(?: [\w-]+){0,3} Stories\s*$|Recommended\b|Most (?:read|popular)\b|Full coverage\s*:|You (?:may|might) also like)/i;

/** Tag and keyword lists. */
export const TAGS =
  /^[\s•*-]*(?:سمات|وسوم|الوسوم|كلمات (?:مفتاحية|دالة)|الكلمات الدالة|Tags|Topics|Keywords)\s*[:：]?(?:\s|$)/i;

/** Social networks and sharing verbs: a line made of them is a share bar. */
export const SOCIAL =
  /\b(?:Facebook|Twitter|X\.com|LinkedIn|Linkedin|WhatsApp|Whatsapp|Telegram|Pinterest|Reddit|Email|E-mail|Mail|Print|Share|Tweet|Copy link|Comments?)\b|فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تيليجرام|تلغرام|لينكد إن|طباعة|مشاركة|شارك|أرسل|بريد إلكتروني/g;

/** Copyright and rights lines. */
export const COPYRIGHT =
  /©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|may not be reproduced|terms of (?:use|service)|privacy policy|cookie policy|جميع الحقوق محفوظة|حقوق (?:النشر|الطبع) محفوظة|سياسة الخصوصية|شروط الاستخدام/i;

/** Advertising slots left in scraped text. */
export const ADVERT =
  /^\s*(?:Advert(?:isement)?|ADVERT(?:ISEMENT)?|Ad|Sponsored|Sponsored content|Anzeige|Publicidade|Реклама|إعلان|مساحة إعلانية|محتوى مدفوع)\s*$/;

/** Page-interface labels left in the text: comment counters, "Text size", script notices. */
export const INTERFACE =
  /^\s*(?:\d+\s+)?(?:comments?|repl(?:y|ies)|leave a (?:comment|reply)|add (?:a )?comment|post a comment|(?:show|view|load) (?:\d+ )?comments|tell us what you think\W*|text size|subscribe|continue reading(?: below)?|(?:-\s*)?(?:next|previous|prev|older|newer)(?: [\w-]+){0,3}(?:\s*-)?|loading\W*|skip to (?:main )?content|this (?:slideshow|video|content|page) requires javascript\W*|التعليقات|تعليقات|(?:أضف|اترك) تعليق(?:ا|\u064B)*|شارك برأيك|(?:\.{2,}|…)\s*(?:(?:اقرأ )?المزيد|(?:read )?more))\s*[.:!…]*\s*$/i;

/** Date and clock tokens, for lines that are only a time stamp with a name. */
export const DATE_TOKEN = new RegExp(
  `\\d{4}-\\d{2}-\\d{2}|\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AP]M)?|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|(?:${MONTH_NAME})\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+(?:${MONTH_NAME})\\.?,?\\s+\\d{4}`,
  'gi',
);
