import { describe, expect, it } from 'vitest';
import { IMPERATIVE } from './cue-lexicons.js';

describe('IMPERATIVE', () => {
  it.each([
    ['an English command opening the line', 'Subscribe now for the morning briefing'],
    ['an English command after a full stop', 'Read the full story. Download our app today'],
    ['an Arabic command opening the line', 'تابعونا على صفحاتنا'],
    ['an Arabic command after an Arabic question mark', 'هل فاتك الخبر؟ اشترك الآن في النشرة'],
    ['an Arabic command after an Arabic comma', 'لمعرفة المزيد، حمّل التطبيق'],
    ['an Arabic command with its conjunction after a comma', 'هذا كل شيء, فقم بزيارة موقعنا'],
  ])('finds %s', (_name, text) => {
    expect(IMPERATIVE.test(text)).toBe(true);
  });

  it.each([
    ['a verb in reported speech', 'Residents who subscribe to the water scheme pay less'],
    ['an English command after an Arabic comma', 'قال المسؤول، subscribe'],
    ['an Arabic word that only starts like a command', 'ادعمت الفرق المحلية الجهود'],
  ])('leaves %s alone', (_name, text) => {
    expect(IMPERATIVE.test(text)).toBe(false);
  });
});
