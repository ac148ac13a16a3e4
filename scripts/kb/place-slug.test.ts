import { describe, expect, it } from 'vitest';
import { asciiFold, slugify } from './place-slug.js';

describe('asciiFold', () => {
  it.each([
    ['Ḩamāh', 'Hamah'],
    ['Mişrātah', 'Misratah'],
    ['Dar‘ā', 'Dara'],
    ['Adıyaman', 'Adiyaman'],
    ['Kramators’k', 'Kramatorsk'],
  ])('folds %s to %s', (name, folded) => {
    expect(asciiFold(name)).toBe(folded);
  });
});

describe('slugify', () => {
  it.each([
    ['Al Ḩillah', 'al-hillah'],
    ["Ma'rib", 'marib'],
    ['Deir ez-Zor', 'deir-ez-zor'],
    ['6th of October City', '6th-of-october-city'],
    ['  Rif Dimashq  ', 'rif-dimashq'],
  ])('turns %s into %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});
