/**
 * Western given names that Hong Kong and Taiwan people write before their Chinese name (Albert Ho Chun-yan,
 * Emily Lau, Annette Lu Hsiu-lien). Most cannot be read as Chinese syllables at all, and are recognised by
 * that; this list holds the common ones that can ("Alan" is a lan, "Tanya" tan ya, "Ben" ben) and the most
 * frequent others, so they are recognised even inside names that would otherwise read as Chinese.
 */
import { readsAsChinese } from './romanize.js';

const WESTERN_GIVEN_NAMES = new Set(`
agnes alan albert alex alexander alice alvin amy andrew andy angela ann anna annie annette anson anthony audrey
ben benjamin benny betty bill billy bonnie brian carrie catherine charles cherry christina christine christopher
cindy claudia connie cyd daisy daniel david dennis denise derek diana donald dora doris eddie edmund edward eileen
elaine elizabeth ellen emily eric erica ernest esther eugene eva fanny fernando frank freddy frederick gary george
gloria grace gwyneth helen helena henry ian irene jack jackie james jane janet jason jasper jeffrey jennifer jenny
jerry jimmy joan joe john johnny joseph joshua joyce judy julia junius karen kate kathy kelly kenneth kevin lester
lily linda lisa louis lucy margaret maria martin mary may michael michelle nancy nathan nina nora oscar pamela
patrick paul peggy peter philip priscilla rachel raphael raymond regina richard rita robert roger ronald rose roy
ruby sally sam samuel sandra sarah simon sixtus stanley starry stephen steven sunny susan tanya ted teresa terry
thomas tiffany tim tina tom tommy tony vincent virginia vivian wayne wendy william winnie
`.split(/\s+/).filter(Boolean));

/**
 * True for a word that is a Western given name, or that cannot be Chinese syllables at all ("Albert", "Khim").
 * Callers check the rest of the name: Uyghur and Tibetan words cannot be read as Chinese either.
 */
export function isWesternGivenName(word: readonly string[]): boolean {
  return (word.length === 1 && WESTERN_GIVEN_NAMES.has(word[0])) || !readsAsChinese(word);
}
