import type { EventType, SubEventType } from '../../../src/core/taxonomy.js';
import type { EntityKind, RemovedKind } from '../../../src/core/records.js';
import { locale } from './locale.js';
import type { Locale } from './strings.js';

/** ACLED's names stay the English keys; Arabic analysts read these labels. */
const AR_TYPES: Record<EventType, string> = {
  Battles: 'معارك',
  'Explosions/Remote violence': 'انفجارات/عنف عن بعد',
  'Violence against civilians': 'عنف ضد المدنيين',
  Protests: 'احتجاجات',
  Riots: 'أعمال شغب',
  'Strategic developments': 'تطورات استراتيجية',
};

const AR_SUB_TYPES: Record<SubEventType, string> = {
  'Armed clash': 'اشتباك مسلح',
  'Government regains territory': 'استعادة الحكومة أراضي',
  'Non-state actor overtakes territory': 'سيطرة جهة غير حكومية على أراضٍ',
  'Chemical weapon': 'سلاح كيميائي',
  'Air/drone strike': 'غارة جوية/بطائرة مسيّرة',
  'Suicide bomb': 'تفجير انتحاري',
  'Shelling/artillery/missile attack': 'قصف مدفعي/صاروخي',
  'Remote explosive/landmine/IED': 'عبوة ناسفة/لغم أرضي',
  Grenade: 'قنبلة يدوية',
  'Sexual violence': 'عنف جنسي',
  Attack: 'هجوم',
  'Abduction/forced disappearance': 'اختطاف/إخفاء قسري',
  'Peaceful protest': 'احتجاج سلمي',
  'Protest with intervention': 'احتجاج مع تدخل',
  'Excessive force against protesters': 'قوة مفرطة ضد المحتجين',
  'Violent demonstration': 'مظاهرة عنيفة',
  'Mob violence': 'عنف جماعي',
  Agreement: 'اتفاق',
  Arrests: 'اعتقالات',
  'Change to group/activity': 'تغيّر في جماعة/نشاط',
  'Disrupted weapons use': 'إحباط استخدام أسلحة',
  'Headquarters or base established': 'إنشاء مقر أو قاعدة',
  'Looting/property destruction': 'نهب/تدمير ممتلكات',
  'Non-violent transfer of territory': 'انتقال سلمي لأراضٍ',
  Other: 'أخرى',
};

const REMOVED: Record<RemovedKind, { en: string; ar: string }> = {
  promo: { en: 'promotion', ar: 'ترويج' },
  'related-links': { en: 'related links', ar: 'روابط ذات صلة' },
  'author-bio': { en: 'author bio', ar: 'نبذة عن الكاتب' },
  byline: { en: 'byline', ar: 'سطر الكاتب' },
  'share-widget': { en: 'share buttons', ar: 'أزرار المشاركة' },
  caption: { en: 'caption', ar: 'تعليق صورة' },
  other: { en: 'other boilerplate', ar: 'حشو آخر' },
};

/** @example typeLabel('Battles') // 'معارك' when the interface is Arabic */
export function typeLabel(type: string): string {
  return locale() === 'ar' ? (AR_TYPES[type as EventType] ?? type) : type;
}

/** @example subTypeLabel('Air/drone strike') */
export function subTypeLabel(sub: string): string {
  return locale() === 'ar' ? (AR_SUB_TYPES[sub as SubEventType] ?? sub) : sub;
}

/** @example removedKindLabel('related-links') // 'related links' */
export function removedKindLabel(kind: string): string {
  const label = REMOVED[kind as RemovedKind];
  return label ? label[locale()] : kind;
}

const KINDS: Record<EntityKind, { en: string; ar: string }> = {
  country: { en: 'country', ar: 'بلد' },
  region: { en: 'region', ar: 'إقليم' },
  city: { en: 'city or town', ar: 'مدينة أو بلدة' },
  district: { en: 'district', ar: 'منطقة' },
  site: { en: 'site', ar: 'موقع' },
  person: { en: 'person', ar: 'شخص' },
  'state-forces': { en: 'state forces', ar: 'قوات حكومية' },
  'armed-group': { en: 'armed group', ar: 'جماعة مسلحة' },
  party: { en: 'political party', ar: 'حزب سياسي' },
  igo: { en: 'international organisation', ar: 'منظمة دولية' },
  media: { en: 'media', ar: 'وسيلة إعلام' },
  organisation: { en: 'organisation', ar: 'منظمة' },
  group: { en: 'group', ar: 'جماعة' },
};

/**
 * The kind of an entity in the interface language, or `loc`'s. Places share the words of the precision
 * labels (strings.ts): one word for a district wherever the reader meets it.
 *
 * @example entityKindLabel('armed-group') // 'armed group'
 */
export function entityKindLabel(kind: string, loc: Locale = locale()): string {
  const label = KINDS[kind as EntityKind];
  return label ? label[loc] : kind;
}
