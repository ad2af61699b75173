/** Mends what OCR gets wrong in predictable ways, before the text is split and read. */
import { toSimplified, normalizeText } from '../names/index.js';

export function mendOcrText(line: string): string {
  let s = normalizeText(line);
  // Spaces around punctuation next to Chinese ("丁家乐 , 男 ,1967年"), and around a dot between characters.
  s = s.replace(/(?<=[\u4e00-\u9fff0-9])\s*([,.:;，。：；、])\s*(?=[\u4e00-\u9fff0-9])/g, '$1').replace(/(?<=[\u4e00-\u9fff])\s+([,.:;，。：；、])/g, '$1');
  // Tesseract puts spaces between Chinese characters; there are none in Chinese text.
  s = s.replace(/(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef·])\s+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef·0-9])/g, '').replace(/(?<=[0-9])\s+(?=[\u4e00-\u9fff])/g, '');
  // The middle dot read as a period, a hyphen or a bullet between two characters.
  s = s.replace(/(?<=\p{Script=Han})[.\-•・](?=\p{Script=Han})/gu, '·');
  // Traditional forms where the letter was simplified (the model mixes them).
  return toSimplified(s);
}
