import { describe, expect, it } from 'vitest';
import { identifyLanguage } from './language-id.js';

/** [expected language, text] — sentences written for these tests. */
const CASES: [string, string][] = [
  ['ar', 'قالت وزارة الداخلية إن انفجارا وقع قرب سوق شعبي في المدينة صباح اليوم.'],
  ['ar', 'أسفر القصف عن مقتل سبعة مدنيين بينهم ثلاثة أطفال وإصابة آخرين.'],
  ['ar', 'تظاهر مئات الطلاب أمام مبنى البرلمان احتجاجا على رفع الأسعار.'],
  ['ar', 'اعتقلت قوات الأمن خمسة أشخاص يشتبه في انتمائهم إلى خلية مسلحة.'],
  ['ar', 'أعلن الجيش أنه استعاد السيطرة على البلدة بعد معارك استمرت يومين.'],
  ['ar', 'قال إن الحرب لن تنتهي قريبا'],
  ['ar', 'هجوم على حاجز للشرطة'],
  ['ar', 'وصل الوفد إلى العاصمة مساء الأحد لإجراء محادثات مع المسؤولين.'],
  ['ar', 'نقلت وكالة رويترز عن مصدر أمني أن المهاجمين فروا إلى الجبال.'],
  ['ar', 'أكدت مصادر طبية أن حصيلة الضحايا مرشحة للارتفاع.'],
  ['ar', 'دعت الأمم المتحدة إلى وقف فوري لإطلاق النار في المنطقة.'],
  ['ar', 'قُتِلَ شَخْصَانِ فِي اشْتِبَاكٍ مُسَلَّحٍ'],
  ['ar', 'ﻗﺎﻟﺖ ﺍﻟﺸﺮﻃﺔ ﺇﻥ ﺍﻟﻬﺠﻮﻡ ﻭﻗﻊ ﻟﻴﻼ'],
  ['ar', 'قال المتحدث باسم Human Rights Watch إن التقرير سينشر غدا في جنيف.'],
  ['ar', 'زار الرئيس الإيراني مدينة گرگان والتقى بمسؤولين محليين في المحافظة.'],
  ['en', 'The ministry said the explosion killed at least seven people near the market.'],
  ['en', 'Protesters gathered outside parliament on Sunday to oppose the new tax.'],
  ['en', 'Security forces arrested five suspects after the attack on the checkpoint.'],
  ['en', 'Gunmen opened fire on a bus carrying pilgrims, officials said.'],
  ['en', 'the police said the mob set fire to several shops in the old city.'],
  ['en', 'Al-Shabaab claimed responsibility for the bombing in Mogadishu.'],
  ['en', 'The spokesman for the Syrian Observatory, Rami Abdulrahman, said قتلى were counted.'],
  ['fa', 'وزارت امور خارجه ایران روز دوشنبه اعلام کرد که گفتگوها ادامه خواهد یافت.'],
  ['fa', 'این گزارش نشان می‌دهد که چند نفر در حمله کشته شدند.'],
  ['fa', 'پلیس تهران گفت که دو نفر بازداشت شده‌اند.'],
  ['fa', 'رئیس جمهور در سخنرانی خود به مشکلات اقتصادی کشور اشاره کرد.'],
  ['fa', 'باران شدید در شمال کشور باعث سیل شد و چند روستا را ویران کرد.'],
  ['ur', 'پولیس نے بتایا کہ دھماکے میں پانچ افراد ہلاک ہو گئے ہیں۔'],
  ['ur', 'وزیر اعظم نے کہا کہ حکومت عوام کے مسائل حل کرے گی۔'],
  ['ur', 'کراچی میں فائرنگ کے واقعے میں دو افراد زخمی ہوئے۔'],
  ['ur', 'یہ خبر اسلام آباد سے موصول ہوئی ہے اور مزید تفصیلات کا انتظار ہے۔'],
  ['ps', 'د کابل په ښار کې یوه چاودنه وشوه او پنځه کسان ووژل شول.'],
  ['ps', 'پولیسو وویل چې برید کوونکي ونیول شول.'],
  ['ps', 'د افغانستان حکومت د سولې خبرو ته چمتو دی.'],
  ['ps', 'په ننګرهار ولایت کې جګړه روانه ده او خلک وېرېږي.'],
  ['ckb', 'پۆلیس ڕایگەیاند کە دوو کەس لە تەقینەوەکەدا کوژران.'],
  ['ckb', 'حکومەتی هەرێمی کوردستان بڕیاری دا کە مووچە دابەش بکات.'],
  ['ckb', 'لە شاری هەولێر خۆپیشاندانێکی گەورە کرا.'],
  ['ckb', 'ئەمڕۆ بارانێکی زۆر لە سلێمانی باری.'],
  ['fr', "Le ministère a annoncé que l'explosion avait fait sept morts près du marché."],
  ['de', 'Das Ministerium teilte mit, dass bei der Explosion sieben Menschen getötet wurden.'],
  ['es', 'El ministerio informó que la explosión dejó siete muertos cerca del mercado.'],
  ['tr', 'Bakanlık, patlamada pazar yerinin yakınında yedi kişinin öldüğünü açıkladı.'],
  ['ru', 'Министерство сообщило, что в результате взрыва погибли семь человек.'],
  ['he', 'משרד הפנים הודיע כי שבעה בני אדם נהרגו בפיצוץ ליד השוק.'],
  ['und', ''],
  ['und', '2024-03-10 — 12:30'],
];

describe('identifyLanguage', () => {
  it.each(CASES)('says %s for %j', (language, text) => {
    expect(identifyLanguage(text).language).toBe(language);
  });

  it('is surer of a long clean Arabic paragraph than of a mixed one', () => {
    const clean = identifyLanguage('قالت وزارة الداخلية إن انفجارا وقع قرب سوق شعبي في المدينة. '.repeat(5));
    const mixed = identifyLanguage(
      'قالت وزارة الداخلية Ministry of Interior Baghdad Operations Command إن انفجارا وقع',
    );
    expect(clean.confidence).toBeGreaterThan(mixed.confidence);
    expect(clean.confidence).toBeLessThanOrEqual(1);
  });
});
