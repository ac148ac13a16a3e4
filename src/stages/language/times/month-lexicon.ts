import { PhraseTable } from '../quantities/phrase-table.js';

/** A month name: its number in its calendar. */
export interface MonthName {
  month: number;
  calendar: 'gregorian' | 'hijri';
}

// Gregorian months in the three Arabic naming systems — Egyptian/Gulf (يناير), Levantine/Iraqi
// (كانون الثاني) and Maghrebi (جانفي), with Moroccan variants (يوليوز، غشت، شتنبر) — and English.
const GREGORIAN: string[][] = [
  ['يناير', 'كانون الثاني', 'جانفي', 'january', 'jan'],
  ['فبراير', 'شباط', 'فيفري', 'february', 'feb'],
  ['مارس', 'آذار', 'march', 'mar'],
  ['أبريل', 'ابريل', 'إبريل', 'نيسان', 'أفريل', 'april', 'apr'],
  ['مايو', 'أيار', 'ماي', 'may'],
  ['يونيو', 'يونيه', 'حزيران', 'جوان', 'june', 'jun'],
  ['يوليو', 'يوليه', 'تموز', 'جويلية', 'يوليوز', 'july', 'jul'],
  ['أغسطس', 'آب', 'أوت', 'غشت', 'august', 'aug'],
  ['سبتمبر', 'أيلول', 'شتنبر', 'september', 'sept', 'sep'],
  ['أكتوبر', 'اكتوبر', 'تشرين الأول', 'october', 'oct'],
  ['نوفمبر', 'تشرين الثاني', 'نونبر', 'november', 'nov'],
  ['ديسمبر', 'كانون الأول', 'دجنبر', 'december', 'dec'],
];

const HIJRI: string[][] = [
  ['محرم'],
  ['صفر'],
  ['ربيع الأول', 'ربيع الاول'],
  ['ربيع الآخر', 'ربيع الثاني'],
  ['جمادى الأولى', 'جمادى الأول'],
  ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر'],
  ['رجب'],
  ['شعبان'],
  ['رمضان'],
  ['شوال'],
  ['ذو القعدة', 'ذي القعدة'],
  ['ذو الحجة', 'ذي الحجة'],
];

/**
 * Month names of both calendars. The rules accept English names only when capitalised ("May", not "may").
 *
 * @example MONTHS.matchAt(lexSentences('كانون الثاني', [{ span: [0, 12] }]), 0)?.value // { month: 1, calendar: 'gregorian' }
 */
export const MONTHS = new PhraseTable<MonthName>([
  ...GREGORIAN.flatMap((names, i) => names.map((n) => [n, { month: i + 1, calendar: 'gregorian' }] as const)),
  ...HIJRI.flatMap((names, i) => names.map((n) => [n, { month: i + 1, calendar: 'hijri' }] as const)),
]);
