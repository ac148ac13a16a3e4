import { countryName as acledCountryName } from '../../../src/core/country-names.js';
import { PLURALS, STRINGS, type Locale, type PluralKey, type StringKey } from './strings.js';

const STORAGE_KEY = 'marsad.locale';
let current: Locale = 'en';
const listeners = new Set<() => void>();

/**
 * Translates a key in the current locale; `{name}` placeholders are filled from `vars`.
 *
 * @example t('removed', { kind: 'promotion' }) // 'Removed: promotion'
 */
export function t(key: StringKey, vars: Record<string, string | number> = {}): string {
  return STRINGS[current][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}

/**
 * A counted phrase in the grammatical number the language needs: Arabic has a dual and two plurals.
 *
 * @example tn('events', 2) // '2 events' in English, 'حدثان' in Arabic
 */
export function tn(key: PluralKey, n: number, suffix = ''): string {
  return countPhrase(current, key, n, suffix);
}

/** @example countPhrase('ar', 'events', 12) === '12 حدثًا' */
export function countPhrase(loc: Locale, key: PluralKey, n: number, suffix = ''): string {
  const forms = PLURALS[loc][key];
  const form = forms[new Intl.PluralRules(loc).select(n)] ?? forms.other;
  return form.replace('{n}', formatNumber(n, loc) + suffix);
}

/** @example locale() === 'ar' */
export function locale(): Locale {
  return current;
}

/**
 * Switches the interface language: sets `<html lang dir>` so the whole layout mirrors, remembers the
 * choice, and asks the views to render again.
 *
 * @example setLocale('ar') // <html lang="ar" dir="rtl">
 */
export function setLocale(next: Locale): void {
  current = next;
  document.documentElement.lang = next;
  document.documentElement.dir = next === 'ar' ? 'rtl' : 'ltr';
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Storage can be disabled (private windows); the switch still works for this visit.
  }
  for (const listener of listeners) listener();
}

/** Restores the saved choice, else the browser's preference. @example initLocale(); render() */
export function initLocale(): void {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(STORAGE_KEY);
  } catch {
    saved = null;
  }
  const preferred = saved ?? (navigator.language.startsWith('ar') ? 'ar' : 'en');
  setLocale(preferred === 'ar' ? 'ar' : 'en');
}

/** @example onLocaleChange(() => render()) */
export function onLocaleChange(listener: () => void): void {
  listeners.add(listener);
}

/**
 * A country's name in the interface language, from its ISO 3166-1 alpha-2 code; in English as ACLED, the
 * exports and the actor names spell it ("Turkey", beside "Police Forces of Turkey").
 *
 * @example countryName('SY') // 'Syria' or 'سوريا'
 */
export function countryName(code: string | null | undefined, loc: Locale = current): string {
  if (code && loc === 'en') return acledCountryName(code);
  return displayName('region', code?.toUpperCase(), loc);
}

/** A language's name in the interface language. @example languageName('ar') // 'Arabic' or 'العربية' */
export function languageName(code: string | null | undefined): string {
  return displayName('language', code);
}

// Intl throws on a malformed code; the code itself is then the best name there is.
function displayName(
  type: 'region' | 'language',
  code: string | undefined | null,
  loc: Locale = current,
): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([loc], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Numbers in the interface language, Latin digits in Arabic too, as news sites write them. @example formatNumber(1200) // '1,200' */
export function formatNumber(n: number, loc: Locale = current): string {
  return new Intl.NumberFormat(numberLocale(loc)).format(n);
}

/**
 * A share (0 to 1) as a whole percentage. Intl wraps the Arabic sign in direction marks, so a right-to-left
 * line shows "90%" and not the "%90" a bare `${n}%` turns into there.
 *
 * @example formatPercent(0.9) // '90%'
 */
export function formatPercent(share: number, loc: Locale = current): string {
  return new Intl.NumberFormat(numberLocale(loc), { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );
}

function numberLocale(loc: Locale): string {
  return loc === 'ar' ? 'ar-u-nu-latn' : 'en';
}
