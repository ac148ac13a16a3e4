/**
 * Reads a folded digit string (ASCII digits; separators `,` `.` `'`) as a number, deciding whether the
 * separators group thousands (1,200 · 1.200 · 1'200 · Indian 1,00,000) or mark a decimal (1.5, 2,5).
 * Returns null when the grouping is inconsistent (a list such as "3,4,56"), so no number is guessed.
 *
 * @example parseDigitString('1,200') === 1200; parseDigitString('1,00,000') === 100000; parseDigitString('1.5') === 1.5
 */
export function parseDigitString(norm: string): number | null {
  const groups = norm.split(/[,.']/);
  const seps = norm.replace(/[0-9]/g, '');
  if (groups.length === 1) return Number(norm);
  if (THOUSANDS.test(norm) && new Set(seps).size === 1) return Number(groups.join(''));
  if (INDIAN.test(norm)) return Number(groups.join(''));
  // One separator that does not group thousands: a decimal mark ("1.5 million", "2,5").
  if (groups.length === 2 && groups[1].length !== 3) return Number(`${groups[0]}.${groups[1]}`);
  // Thousands grouped with one mark and a decimal with the other: 1,234.5 or 1.234,5.
  const mixed = /^(\d{1,3}(?:([,.'])\d{3})+)([,.])(\d+)$/.exec(norm);
  if (mixed && mixed[2] !== mixed[3]) return Number(`${mixed[1].split(mixed[2]).join('')}.${mixed[4]}`);
  return null;
}

const THOUSANDS = /^\d{1,3}(?:[,.']\d{3})+$/;
const INDIAN = /^\d{1,2}(?:,\d{2})+,\d{3}$/;
