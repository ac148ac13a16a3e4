import { describe, expect, it } from 'vitest';
import { countPashtoParticles, englishWordShare } from './word-cues.js';

describe('countPashtoParticles', () => {
  it.each([
    ['پولیسو د یوه برید په تور دوه کسان ونیول', 2],
    ['د کابل په ښار کې چاودنه وشوه', 3],
    ['پلیس گفت که دو نفر بازداشت شدند', 0],
    ['قال د. محمد إن الوضع مستقر', 0],
  ])('counts the particles of %j as %i', (text, count) => {
    expect(countPashtoParticles(text)).toBe(count);
  });
});

describe('englishWordShare', () => {
  it('is high for running English', () => {
    expect(
      englishWordShare('The army said that the attack on the town was repelled by the police'),
    ).toBeGreaterThan(0.3);
  });

  it('is zero for French and German', () => {
    expect(
      englishWordShare('Une voiture piégée a explosé dans le centre-ville, faisant au moins trois morts.'),
    ).toBe(0);
    expect(
      englishWordShare(
        'Tausende Menschen demonstrierten am Samstag in der Hauptstadt gegen die geplante Reform der Regierung.',
      ),
    ).toBe(0);
  });

  it('is null when there are too few words to tell', () => {
    expect(englishWordShare('The army said')).toBeNull();
  });
});
