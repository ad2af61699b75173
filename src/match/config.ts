/**
 * Matching thresholds and weights. Each is declared with its default, the range a config file may set it in,
 * and what it means, so that `dialist match --explain` can print them and a user can change them safely.
 * Ranges keep a config file from making weak evidence auto-accept: weights of evidence that is review by design
 * (a homophone, a name that also reads as pinyin) stay below the lowest autoMinimum, context cannot outweigh
 * the name, and decide() keeps namesakes in review whatever the settings.
 */
export interface Setting {
  value: number;
  /** Lowest and highest value a config file may set. */
  min: number;
  max: number;
  description: string;
}

export const MATCH_DEFAULTS = {
  // How strongly each way of agreeing on a name counts (before context). The best agreeing key wins.
  characters: { value: 1.0, min: 0.5, max: 1, description: 'same characters after traditional -> simplified' },
  romanised: { value: 0.97, min: 0.5, max: 1, description: 'same romanised spelling as recorded (case, tones, hyphens and spaces ignored)' },
  pinyin: { value: 0.96, min: 0.5, max: 1, description: 'same toneless pinyin, one side read from characters' },
  wadeGiles: { value: 0.94, min: 0.5, max: 1, description: 'same name after Wade-Giles -> pinyin' },
  wadeGilesOrPinyin: { value: 0.86, min: 0, max: 0.89, description: 'same name after Wade-Giles -> pinyin, though the spelling is also valid pinyin as written (Sun Cheng)' },
  westernOrder: { value: 0.93, min: 0.5, max: 1, description: 'same syllables with the surname last (Xutao Luo)' },
  westernShort: { value: 0.8, min: 0, max: 0.89, description: 'a two-syllable name read the other way round (Yang Li for Li Yang): often another person' },
  tibetan: { value: 0.93, min: 0.5, max: 1, description: 'same Tibetan name components (Tashi/Trashi/Zhaxi/扎西)' },
  cantonese: { value: 0.92, min: 0.5, max: 1, description: 'same Hong Kong Cantonese spelling after folding (Leong/Leung)' },
  englishName: { value: 0.9, min: 0.5, max: 1, description: 'romanised name with an English given name before it (Peter Chan Tai-man)' },
  skeleton: { value: 0.86, min: 0.5, max: 1, description: 'same consonant skeleton of each part (Abdurehim/Abdurahim; Ilham/Yilihamu)' },
  skeletonOfPinyin: { value: 0.78, min: 0, max: 0.89, description: 'same skeleton, but the query also reads as Chinese pinyin (Abudureyimu): plausible, not certain' },
  homophone: { value: 0.68, min: 0, max: 0.89, description: 'one character differs but reads the same (a homophone typed in)' },
  otherCharacters: { value: 0.7, min: 0, max: 0.89, description: 'both names in characters, different characters with the same reading (何梅 / 贺梅)' },
  oneCharacter: { value: 0.55, min: 0, max: 0.89, description: 'one character differs (a look-alike or a mistake)' },
  oneSyllable: { value: 0.5, min: 0, max: 0.89, description: 'one romanised syllable differs' },
  fallbackBelow: { value: 0.6, min: 0, max: 1, description: 'the syllable-by-syllable fallback runs only when no key found a candidate scoring this much' },
  spellingFallback: { value: 0.88, min: 0, max: 0.89, description: 'syllable-by-syllable similar spelling (own romanisations such as Ma Ying-jeou), times the mean syllable agreement; always below auto' },
  surnameOnly: { value: 0.5, min: 0, max: 0.89, description: 'same surname with a Western or unknown given name (Albert Ho, Hsiao Bi-khim): a candidate for review, never more' },
  swappedParts: { value: 0.62, min: 0, max: 0.89, description: 'same parts in another order, for names without a surname (Tibetan, Uyghur)' },
  // Context: added to the name score.
  toneAgree: { value: 0.02, min: 0, max: 0.05, description: 'query tone marks agree with the pinyin of the record' },
  toneDisagree: { value: -0.05, min: -1, max: 0, description: 'query tone marks disagree with the pinyin of the record' },
  birthYearAgree: { value: 0.04, min: 0, max: 0.1, description: 'same birth year' },
  birthYearNear: { value: 0.0, min: -0.35, max: 0.05, description: 'birth years one apart' },
  birthYearDisagree: { value: -0.35, min: -1, max: 0, description: 'birth years two or more apart' },
  provinceAgree: { value: 0.03, min: 0, max: 0.1, description: 'same province' },
  provinceDisagree: { value: -0.25, min: -1, max: 0, description: 'different province' },
  genderDisagree: { value: -0.25, min: -1, max: 0, description: 'different gender' },
  englishNameDisagree: { value: -0.2, min: -1, max: 0, description: 'the English given name written differs from the one on the record (Raphael Wong for Peter Wong Ho-ming): probably another person' },
  ethnicityDisagree: { value: -0.2, min: -1, max: 0, description: 'different ethnicity' },
  onList: { value: 0.06, min: 0, max: 0.1, description: 'on the list the response answers (ranks first among namesakes; never enough alone to auto-accept one of two)' },
  // Decisions.
  autoMinimum: { value: 0.9, min: 0.9, max: 2, description: 'auto-accept only from this score up' },
  autoMargin: { value: 0.1, min: 0.05, max: 1, description: 'auto-accept only if the next record scores at least this much lower' },
  ocrPenalty: { value: 0.1, min: 0, max: 0.5, description: 'subtracted from scores of OCR text before deciding (misreads look like other people)' },
  ocrAutoConfidence: { value: 85, min: 70, max: 101, description: 'OCR text read with less confidence than this (0-100) is never auto-accepted' },
  reviewMinimum: { value: 0.45, min: 0.3, max: 0.89, description: 'below this score a candidate is not plausible: decision none' },
  // Confidence: softmax over candidates and "none of them".
  sharpness: { value: 30, min: 1, max: 100, description: 'how sharply confidence follows score differences (fitted with noneScore on ../shared/eval for calibration; see README)' },
  noneScore: { value: 0.8, min: 0.5, max: 1, description: 'score of the "none of these" alternative in the confidence softmax' },
} satisfies Record<string, Setting>;

export type MatchSettings = { [K in keyof typeof MATCH_DEFAULTS]: number };

/** Normalises what a user wrote (any subset of settings) into complete settings, reporting unknown names and values out of range. */
export function resolveMatchSettings(written: Partial<Record<string, number>> = {}): { settings: MatchSettings; errors: string[] } {
  const settings = Object.fromEntries(Object.entries(MATCH_DEFAULTS).map(([k, v]) => [k, v.value])) as MatchSettings;
  const errors: string[] = [];
  for (const [k, v] of Object.entries(written)) {
    if (!(k in MATCH_DEFAULTS)) errors.push(`unknown match setting "${k}"`);
    else if (typeof v !== 'number' || !Number.isFinite(v)) errors.push(`match setting "${k}" must be a number`);
    else {
      const { min, max, value } = MATCH_DEFAULTS[k as keyof typeof MATCH_DEFAULTS] as Setting;
      if (v < min || v > max) errors.push(`match setting "${k}" is ${v}: it must be from ${min} to ${max} (default ${value})`);
      else (settings as Record<string, number>)[k] = v;
    }
  }
  return { settings, errors };
}
