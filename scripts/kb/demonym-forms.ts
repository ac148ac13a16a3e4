/**
 * Every written form of an Arabic nisba demonym: from the masculine singular (روسي) the feminine (روسية),
 * the sound plurals (روسيون، روسيين، روسيات), each with and without the article, plus any broken plurals
 * typed by hand (روس) with their articled form. News writes all of them ("القوات الروسية", "جنود روس").
 *
 * @example
 * arabicDemonymForms('روسي', ['روس']);
 * // ['روسي', 'روسية', 'روسيون', 'روسيين', 'روسيات', 'روس', 'الروسي', …, 'الروس']
 */
export function arabicDemonymForms(masculine: string, brokenPlurals: readonly string[] = []): string[] {
  if (masculine === '') return [];
  const stem = masculine.endsWith('ي') ? masculine : `${masculine}ي`;
  const bare = [stem, `${stem}ة`, `${stem}ون`, `${stem}ين`, `${stem}ات`, ...brokenPlurals];
  const articled = bare.map((form) => (form.startsWith('ال') ? form : `ال${form}`));
  return [...new Set([...bare, ...articled])];
}

/**
 * English demonym forms: the adjective and, when English has one, its plural noun
 * (Russian → Russians; French, Chinese, Swiss stay as they are).
 *
 * @example
 * englishDemonymForms('Iraqi'); // ['Iraqi', 'Iraqis']
 * englishDemonymForms('Lebanese'); // ['Lebanese']
 */
export function englishDemonymForms(adjective: string): string[] {
  if (adjective === '') return [];
  const invariable = /(ese|ss|sh|ch|ois)$/.test(adjective);
  return invariable ? [adjective] : [adjective, `${adjective}s`];
}
