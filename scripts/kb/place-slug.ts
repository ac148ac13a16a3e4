/**
 * Folds a romanised GeoNames name to plain ASCII letters (Ḩamāh → Hamah, Mişrātah → Misratah) and drops
 * the ayn/hamza marks (‘ ’ ʼ) that news copy never writes.
 *
 * @example
 * asciiFold('Ḩamāh'); // 'Hamah'
 */
export function asciiFold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’ʼʻ`´]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/đ/g, 'd');
}

/**
 * The id fragment for a place name: ASCII, lower case, words joined by `-`.
 *
 * @example
 * slugify('Al Ḩillah'); // 'al-hillah'
 * slugify("Ma'rib"); // 'marib'
 */
export function slugify(name: string): string {
  return asciiFold(name)
    .toLowerCase()
    .replace(/['"]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
