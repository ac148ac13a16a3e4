// A spokesman («المتحدث/الناطق», "official", "military") or an officer's rank, then the body spoken for — each
// of its words the article's or a head of one («باسم وزارة الداخلية», «باسم الجيش النيجيري») — then one or two
// words of a personal name right before the match.
const SPOKESMAN = 'متحدث|ناطق';
const RANK = 'عقيد|لواء|عميد|رائد|نقيب|مقدم|جنرال|ملازم|رقيب';
const ARABIC_ROLE = new RegExp(`ال(?:${SPOKESMAN}|${RANK})`);
// «ة» only after a spokesman («المتحدثة»): after a rank it would let in «العقيدة» (the doctrine).
const ARABIC_ROLE_THEN_NAME = new RegExp(
  String.raw`(?:^|[\s(،,])(?:ال(?:${SPOKESMAN})ة?|ال(?:${RANK}))(?:\s+(?:[\u0621-\u065f]+\s+){0,2}ال[\u0621-\u065f]+){0,3}\s+([\u0621-\u065f]+)(?:\s+([\u0621-\u065f]+))?\s+$`,
  'u',
);
// Words that follow such a title without being a name: prepositions, particles, and the nouns that announce a
// place («في»، «إن»، «مدينة»), each also behind a one-letter proclitic («بمدينة»، «وفي»).
const NOT_NAME_WORDS_AR = new Set(
  `في فى من إلى الى على عن قرب بين مع أن ان إن انه أنه إنه بأن لدى خلال بعد قبل حيث التي الذي مدينة بلدة قرية
  محافظة ولاية منطقة حي ريف مخيم ناحية قضاء مديرية إقليم اقليم شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي`.split(
    /\s+/,
  ),
);

/**
 * «المتحدث باسم الجيش توكور غوساو»: a town named right after a spokesman's or an officer's title and the
 * body spoken for, behind one or two words that are no article's, preposition or place noun, ends a person's
 * name.
 *
 * @example arabicNameAfterRole('قال المتحدث باسم الجيش توكور ') === true
 */
export function arabicNameAfterRole(lead: string): boolean {
  // The whole pattern is slow to fail; most leads name no role at all, and one plain search tells so.
  if (!ARABIC_ROLE.test(lead)) return false;
  const found = ARABIC_ROLE_THEN_NAME.exec(lead);
  if (found === null) return false;
  const names = [found[1], found[2]].filter((w): w is string => w !== undefined);
  return names.every(
    (w) => !w.startsWith('ال') && !NOT_NAME_WORDS_AR.has(w) && !NOT_NAME_WORDS_AR.has(w.slice(1)),
  );
}
