/**
 * The Arabic verbs of calling on someone to act («دعا», «حث») and of demanding it of them («طالب», «ناشد»),
 * folded as token norms are: read by the rule that scopes the act called for as unreal and by the one that
 * finds the side addressed, so that both spell the same words. Each reader adds the forms it alone needs.
 */

/**
 * «دعا», «دعت», «حثوا»: the past of calling and urging.
 *
 * @example ARABIC_CALLED.split(' ').includes('حثت') === true
 */
export const ARABIC_CALLED = 'دعا دعت دعوا حث حثت حثوا';

/**
 * «طالب», «طالبوا», «ناشدت»: the past of demanding and appealing.
 *
 * @example ARABIC_DEMANDED.split(' ').includes('ناشد') === true
 */
export const ARABIC_DEMANDED = 'طالب طالبت طالبوا ناشد ناشدت ناشدوا';
