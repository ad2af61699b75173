/**
 * Extracts what an entry says about a person: the name as written, personal details, charge, sentence,
 * court, events with dates, the term's end, the place held and the status now. Chinese and English.
 */
import type { EntryFacts, EventType, PartialDate, ResponseEvent, Sentence, Status } from '../model/index.js';
import { hasHan, normalizeProse, normalizeText, surnameAt, toSimplified } from '../names/index.js';
import { chargeNames, lookupCharge, lookupEthnicity, lookupPrison, lookupStatus, parseChineseNumber, parseSentence, placeEnglish, provinceTerms, translatePlace } from '../vocabulary/index.js';
import { findDates, isBirthDate, type FoundDate } from './find-dates.js';
import type { Segment } from './segment.js';
import { HAN_TITLE_WORDS, splitSentences } from './prose/text.js';

const escapeRegExp = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Relatives, as a text names them after 的: "久买谈克的弟弟". */
const KIN_ZH = '父亲|母亲|妻子|丈夫|儿子|女儿|哥哥|弟弟|姐姐|妹妹|兄弟|家人|亲属';
const KIN_AFTER_WORD = new RegExp(`^的(?:${KIN_ZH}|朋友|同伴|同事)`);
/** Patterns built around a person's name, kept for the next event of the same entry (a long text has thousands). */
const NAME_PATTERNS = new Map<string, RegExp>();
function namePattern(key: string, source: string): RegExp {
  let re = NAME_PATTERNS.get(key + '\u0000' + source);
  if (!re) {
    if (NAME_PATTERNS.size > 512) NAME_PATTERNS.clear();
    re = new RegExp(source);
    NAME_PATTERNS.set(key + '\u0000' + source, re);
  }
  return re;
}
const CNUM = '[0-9零〇一二两三四五六七八九十百]+';
const EN_NUM: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20 };
const enNum = (s?: string) => (s === undefined ? 0 : /^\d+$/.test(s) ? Number(s) : EN_NUM[s.toLowerCase()] ?? 0);
const EN_NUM_RE = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)';

/** Event keywords: where they stand decides which date belongs to them. */
const EVENT_PATTERNS: [EventType, RegExp][] = [
  // ("whose life sentence was reduced to a fixed term sentence": a life term cut to a fixed one is a commutation.)
  ['commuted', /减为(?:无期徒刑|有期徒刑)|commuted to|\b(?:life|death)\s+sentences?\s+(?:was|were|has been|had been)\s+(?:reduced|changed)\s+to\b/gi],
  // "…, subsequently sentencing Gulmire Imin and two men to life terms": the verb with a name after it (case kept:
  // "the sentencing hearing" is no sentencing); "The sentencing of Lukhar Sham … took place in July 1994".
  ['sentenced', /\b[Ss]entencing\s+(?=(?:Mr\.?\s+|Ms\.?\s+)?[A-Z][a-z'’-]+\s+[A-Z])|\b[Tt]he\s+sentencing\s+of\b(?=[^.;]{0,120}?\b(?:took place|was held|happened|came)\b)/g],
  ['sentence_reduced', /\b(?:an?\s+(?:additional|further)\s+|one\s+|\w+\s+)?(?:years?|months?)\s+(?:was\s+|were\s+)?cut\s+(?:from|off)\b|\b(?:\w+)[- ](?:year|month)s?[- ](?:sentence\s+)?reductions?\b|减刑|减去|裁定减|减至(?=[零〇一二两三四五六七八九十\d])|(?:sentence|term)s? (?:was |were |has been |had been )?(?:reduced|cut|shortened)|(?:a |an )?(?:sentence )?reduction of|\bsentence reductions?\b(?!\s+(?:rally|ceremony|meeting|hearing|proceedings?|applications?|requests?|proposals?))|reduced (?:his|her|the|\w+['’]s) sentence|(?:his|her) sentence was reduced/gi],
  ['medical_parole', /保外就医|暂予监外执行|medical parole|bail (?:for|on) medical|release on medical grounds/gi],
  ['paroled', /(?<!保外就医|医)假释|released on parole|(?<!medical |(?:years?|months?) on )\bparoled?\b/gi],
  // (A foreigner expelled, or who has left China, is out of custody: "他的妻子潘婉芬星期五离开中国"; not "deported",
  // which is as often "deported back to China".)
  ['released', /(?:监狱|惩教所|看守所)[^。；，,]{0,12}?离开|(?:被)?放的是|(?<=[人都均])已放(?=[。，,”]|$)|(?<!下令将其|下令|将其)被?驱逐出境(?!的)|被驱逐(?:到|至|回)(?!中国)|离开(?:了)?中国|\bleft China\b|刑满释放|(?<!申请|要求|提出|争取|办理)(?:获|获得|被|予以|准予|已)?取保候审(?!期间|期满|的)|重获自由|恢复自由|\bregained (?:his|her|their) freedom\b|拘留期满|(?<!假释|将|预计|拟)释放|获释|出狱|(?<!on parole|medical parole )\breleased\b(?! on (?:medical )?parole)|\bfreed\b|\b(?:his|her|their)\s+release\s+from\b|completed (?:his|her|their|the|a|an) (?:[\w’'-]+ ){0,3}(?:sentence|term)|\b(?:left|walked out of|walked free from)\s+prison\b|\bwalked free\b|(?<!\bfor\s+)\b(?:his|her|their|the)\s+(?:early\s+)?release(?=\s+(?:on|in|earlier|last|this|late|early)\b)(?!\s+on\s+(?:medical\s+)?parole)/gi],
  ['died', /死亡(?!医学|证明|鉴定|原因|赔偿|人数|事故|后果)|猝死|暴毙|死于(?=[^，,。；;]{0,14}(?:年|月|日|狱|监|看守所|营|医院))|病逝|去世|辞世|谢世|亡故|身故|(?<=的)(?:尸体|遗体)|过世|逝世|病故|身亡|(?:被)?(?:迫害|折磨|虐待|殴打|毒打|酷刑)致死|离开(?:了)?人间|离开了?这个世界|离开人世|(?<!逝)离世|瘐死|自杀|(?:被|遭|已被|已经被)处决|(?:被|已被)执行死刑|\b(?:was|were|been|being)\s+executed\b|\bdied\b|\bdeaths?\s+of\b(?=[^.;]{0,60}\bin\s+(?:[\w-]+\s+)?(?:custody|prison|detention|jail|camps?)\b)|\b(?:reported|found|pronounced|declared|confirmed)\s+dead\b|passed away|\bdeath in custody\b|committed suicide|killed (?:himself|herself)/gi],
  // A profile's labelled lines: "Sentencing Date: October 27, 2023", "…, October 23, 2023 (sentencing)".
  ['sentenced', /\bSentencing Date\s*:|\(\s*sentenc(?:ing|ed)\s*\)/g],
  ['detained', /\(\s*(?:criminal detention|formal arrest|detained|arrested|detention)\s*\)/gi],
  ['released', /\bRelease Date\s*:|\(\s*released\s*\)/g],
  ['sentenced', /判处|改判|判了(?=[^，。；,;]{0,6}(?:有期|无期|死刑|死缓|\d|[一二三四五六七八九十两]))|处以(?=[^，。；,;]{0,10}(?:徒刑|监禁|拘役))|判(?=(?:他|她|其)?[^，。；,;判]{0,10}罪成)|判(?=[一二三四五六七八九十两\d]+名(?:被告|罪犯))|(?:冤|重|枉)判|判决(?=[^。；，,]{0,40}?罪名成立)|(?<=刑期)(?:修改|变更)为|单处罚金|判刑|判囚|判监|获刑|(?<!择期|将|尚未|等待|未)宣判|(?<!不服|对)一审判决|二审维持|被判|作出[^。；]{0,30}?刑事判决|\b(?:handed|hands) (?:down|out)\b|\b(?:issued|announced)\s+(?:(?:a|the|its|his|her|their)\s+)?(?:sentences?|verdicts?)\b|\b(?:given|handed|received)\s+(?:(?:jail|prison)\s+)?(?:terms?|sentences?)\s+(?:of|ranging)\b|\b(?<!awaiting\s+(?:the\s+|a\s+)?)(?:verdicts?|convictions?(?=\s+(?:was|were))|sentences(?=\s+were))\s+(?:was\s+|were\s+)?(?:issued|delivered|announced|pronounced)\b|\bsentenced\b|\b(?:gave|gives|give|imposed|meted\s+out)\s+(?:(?:heavy|severe|harsh|lengthy|long|prison|jail)\s+){0,2}(?:sentences|penalties|prison\s+terms|jail\s+terms)(?:\s+of\s+imprisonment)?\s+(?:to|on)\b|(?<=\b(?:appeared|appear|appears)\b[^.;]{0,80}?\bfor\s+(?:mitigation\s+and\s+)?)sentencing\b|\breceived\s+(?:their|his|her|the)\s+sentences?\b|\b(?:sentences?|(?:jail\s+|prison\s+)?terms?)\s+(?:was|were)\s+(?:given|handed|imposed)\s+(?:to|on)\b|\b(?:handed|given|received|receiving|gave)\s+(?:(?:him|her|them)\s+)?(?:a\s+)?life\s+(?:term|sentence|imprisonment)\b|\bconvicted\b|\b(?:found|confirmed|declared|pronounced|ruled)\s+guilty\b|(?<=\bfound\s+[^.;]{1,200}?\s)guilty\b|\bjailed\b|\bimprisoned for\b|\bgiven (?:a )?(?:\w+[- ])?(?:years?|months?)\b|\b(?:handed|gave|given|received|receiving)\s+(?:(?:him|her|them)\s+)?(?:a|the)\s+death\s+(?:sentence|penalty)\b|\b(?:handed|gave|given|received|receiving)\s+(?:(?:him|her|them)\s+)?(?:an?\s+)?(?:[\w-]+[- ]){0,3}?(?:years?|months?)(?:[- ](?:\w+[- ]){0,2}?(?:term|sentence)|\s+in\s+(?:jail|prison))\b|\bimposed\s+(?:an?\s+|the\s+)?(?:[\w-]+[- ]){0,3}?(?:jail|prison)?\s*(?:term|sentence)\b|\bcourt\b[^.;]{0,40}?\b(?:arrived at|reached|delivered|issued)\s+(?:its|the|a)\s+(?:decision|verdict|ruling|judgment)\b|\b(?:received|got)\s+(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|\d+|and|a|half)\s+){1,4}(?:years?|months?)\b(?!\s*(?:old|ago|later|earlier|of)\b)/gi],
  ['detained', /刑事拘留|(?:被|遭)?刑拘|(?:被|遭)软禁|(?:将|把)(?:他|她|其)关押|\bplaced under house arrest\b|行政拘留(?!期满)|被拘留|被(?:[^，,。；;判]{1,24}?)拘留(?!期满)|抓获|被抓|抓捕|(?<!抗拒|拒絕|拒绝|阻止)拘捕|遭留置|被留置|被逮捕|批准逮捕|被捕|逮捕|(?:指定居所|秘密)?监视居住|(?:刑事)?强制措施|被(?:[^，,。；;]{0,12}?(?:警察|警方|公安|国保|國保|便衣|当局|當局|军人|武警)[^，,。；;]{0,6}?)?(?:带走|抓走)|被羁押|劳动教养|(?<!\b(?:the|two|three|four|five|six|several|many|other|both|all|of|these|those|some)\s+)\bdetained\b|(?<=\b(?:the|two|three|four|five|six|several|many|other|both|all|of|these|those|some)\s+)\bdetained\b(?!\s+(?:[\w-]+\s+){0,2}(?:monks?|nuns?|activists?|lawyers?|journalists?|dissidents?|defenders?|Uyghurs?|Uighurs?|Tibetans?|people|persons|individuals|men|women|prisoners?|students?|writers?|bloggers?|booksellers?|members?|practitioners?|Christians?|Muslims?)\b)|(?:被|遭)(?:[^，,。；;]{0,6}?)(?:扣查|扣押|扣留)|被(?:[^，,。；;]{0,12}?)(?:绑架|綁架)|\barrested\b|\b(?:was|were|been|being)\s+(?:caught|abducted)\b|taken into custody|taken away|\btaken\s+by\s+(?:the\s+)?(?:police|authorities|security|state security|officers|plainclothes)\b|\bin\s+(?:police\s+)?custody\s+since\b|\b(?:his|her|their)\s+arrest\b(?=\s+(?:on|in)\b)|\b(?:grabbed|seized|abducted|snatched|kidnapped)\s+(?:in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?by\b|residential surveillance|\bcriminal(?:ly)? detention\b|held incommunicado|rehabilitation through labou?r|re-?education through labou?r/gi],
];

interface Hit { type: EventType; start: number; end: number }

/** A law's title names no event and no charge: 《关于办理减刑、假释案件具体应用法律若干问题的规定》 (offsets kept). */
const maskTitles = (text: string): string => text.replace(/[《﹤〈][^《》﹤﹥〈〉]{0,80}[》﹥〉]/g, (t) => ' '.repeat(t.length));

function eventHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const [type, re] of EVENT_PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const h = { type, start: m.index, end: m.index + m[0].length };
      if (!hits.some((o) => h.start < o.end && h.end > o.start)) hits.push(h);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Written in Chinese: more characters than Latin letters (an English sentence may quote a name in characters). */
const isChinese = (text: string): boolean => (text.match(/\p{Script=Han}/gu)?.length ?? 0) > (text.match(/[A-Za-z]/g)?.length ?? 0) / 3;

/** Sentences with their offsets (see splitSentences: "No. 2 Prison", "Mr.", "U.S." do not end one). */
function sentences(text: string): { start: number; text: string }[] {
  return splitSentences(text).map((p) => ({ start: p.start, text: text.slice(p.start, p.end) }));
}

/** Dates written one after another with 、 or 和 before an event word: the event happened on each of them. */
function enumeratedDatesBefore(hit: Hit, prevEnd: number, dates: FoundDate[], sentence: string): FoundDate[] {
  const before = dates.filter((d) => d.end <= hit.start && d.start >= prevEnd);
  const run: FoundDate[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const d = before[i];
    const gap = sentence.slice(d.end, run.length ? run[0].start : d.end);
    if (run.length && !/^\s*(?:、|,|，|和|及|以及)\s*$/.test(gap)) break;
    run.unshift(d);
  }
  return run.length >= 2 && /^[^，。；,;]{0,24}$/.test(sentence.slice(run[run.length - 1].end, hit.start)) ? run : [];
}

/** The date for an event: Chinese puts it before the verb, English mostly after. */
function dateFor(hit: Hit, prevEnd: number, nextStart: number, dates: FoundDate[], zh: boolean, sentence = '', laterStage?: Hit): PartialDate | undefined {
  // (In English, not across a verb of speaking: "China on Thursday warned … a national sentenced to life".)
  // (In English a date after an earlier event word is that event's: "detained on April 26, 2008, and was subsequently
  // given a six-year sentence".)
  let before = dates.filter((d) => d.end <= hit.start && d.start >= prevEnd && (zh || prevEnd === 0)
    && (zh || !/\b(?:warned|said|says|told|announced|reported|stated|urged|confirmed|denied|added|noted|protested)\b/i.test(sentence.slice(d.end, hit.start)))
    // (…nor across a relative pronoun: "three monks who published a pamphlet in 1989, and … Ngawang Choephel who got 18 years".)
    && (zh || !/,\s+(?:and|or|but)\b[^.;]*\b(?:who|whom|which)\b/i.test(sentence.slice(d.end, hit.start))));
  // In Chinese a date after the verb is a term's end ("减去有期徒刑六个月，刑期至2020年1月24日止"), not the event's.
  let after = dates.filter((d) => d.start >= hit.end && d.end <= nextStart && !(zh && (/(?:至|到|止|截至|自)\s*$/.test(sentence.slice(Math.max(0, d.start - 4), d.start)) || /刑期/.test(sentence.slice(hit.end, d.start)))));
  // "On July 22, 2019 … criminally detained … and formally arrested on August 26": a date past the next stage of
  // custody is that stage's.
  if (laterStage && before.length) after = after.filter((d) => d.start < laterStage.start);
  // "遭到15天行政拘留的…，已于1月16日拘留期满获释": in Chinese a date in a later clause, before another event word,
  // is that event's.
  if (zh && nextStart < sentence.length) after = after.filter((d) => !/[，,；;]/.test(sentence.slice(hit.end, d.start)));
  // "was granted a reduction and is scheduled for release … on December 13, 2011": a date past words of what is still
  // to come is not this event's.
  if (!zh) after = after.filter((d) => !/\b(?:scheduled|expected|due|set|slated|will|would|to be)\b/i.test(sentence.slice(hit.end, d.start)));
  // "sentenced … after being found guilty of rioting near the government headquarters in September 2019": the date of
  // the offence told with where it was, not of the sentencing (a month or a year: "found guilty of the charge on Jan. 12"
  // is the verdict's day, "convicted of subversion in 2009" the conviction's year).
  if (!zh && hit.type === 'sentenced') after = after.filter((d) => d.date.precision === 'day' || !/\b(?:guilty\s+of|convicted\s+of|charged\s+with|accused\s+of)\s+(?:[\w'’-]+\s+){1,}?[^.;]*\b(?:near|outside|at|during|while|in\s+an?|on\s+an?)\s[^.;]*$/i.test(sentence.slice(hit.start, d.start)));
  // "arrested … in the run-up to the anniversary of the massacre … on June 4, 1989": the day remembered, not the event's.
  if (!zh) after = after.filter((d) => !/\banniversary\b/i.test(sentence.slice(hit.end, d.start)));
  // "were sentenced to prison for their faith, a … discipline that has been persecuted … since 1999": a date in a
  // relative clause after the event is that clause's.
  // (…after a comma: "a reduction of six months that was granted … in May 2018" is the reduction's own clause.)
  if (!zh) after = after.filter((d) => !/,[^,;]*\b(?:that|which|who|whom)\b/i.test(sentence.slice(hit.end, d.start)));
  // "Chinese government sources confirmed this year that two men convicted …": the date of the saying, not of the news.
  // (Not the word of the event itself: "The convictions were announced June 20, following …".)
  const said = (d: FoundDate) => {
    if (zh) return false;
    const from = Math.max(0, d.start - 30);
    const verb = /\b(?:said|says|confirmed|announced|reported|stated|revealed|disclosed|told\s+\w+|learned|learnt)\s+(?:on\s+|in\s+|earlier\s+|late\s+)?$/i.exec(sentence.slice(from, d.start));
    return Boolean(verb) && !(from + verb!.index >= hit.start && from + verb!.index < hit.end) && /^\s*(?:that\b|,)/.test(sentence.slice(d.end, d.end + 8));
  };
  before = before.filter((d) => !said(d));
  // "He was scheduled to complete his sentence in 2024 and has been released two years early": a date of what was to
  // come is not the date of what happened.
  if (!zh) before = before.filter((d) => !/\b(?:scheduled|expected|due|slated|set)\s+(?:to|for)\b[^.;]*$/i.test(sentence.slice(0, d.start)));
  after = after.filter((d) => !said(d));
  // ("August 31, 2022 (criminal detention)": a label in brackets names the date before it.)
  const pick = zh || /^\(/.test(sentence.slice(hit.start)) ? before[before.length - 1] ?? after[0] : after[0] ?? before[before.length - 1];
  return pick?.date;
}

function months(y?: string, m?: string): number | undefined {
  const years = y ? parseChineseNumber(y) : 0;
  const mon = m ? parseChineseNumber(m) : 0;
  if (years === undefined || mon === undefined) return undefined;
  return years * 12 + mon || undefined;
}

function reductionMonths(text: string): number | undefined {
  const zh = new RegExp(`(?:减刑|减去|减)(?:有期徒刑|刑期)?(?:(${CNUM})年)?(?:(${CNUM})个?月)?`).exec(text);
  if (zh && (zh[1] || zh[2])) return months(zh[1], zh[2]);
  const en = new RegExp(`(?:reduced|cut|shortened|reduction of)\\s+(?:by\\s+)?${EN_NUM_RE}\\s+(years?|months?)(?:,?\\s+(?:and\\s+)?${EN_NUM_RE}\\s+months?)?`, 'i').exec(text);
  if (en) return /year/i.test(en[2]) ? enNum(en[1]) * 12 + enNum(en[3]) : enNum(en[1]);
  // "a further one-year reduction", "an additional year cut from her original sentence".
  const before = new RegExp(`\\b(?:${EN_NUM_RE}|an?)(?:\\s+(?:additional|further))?[- ]?(?:${EN_NUM_RE}[- ])?(year|month)s?(?:[- ](?:sentence\\s+)?reduction|\\s+(?:was\\s+)?cut\\s+(?:from|off))`, 'i').exec(text);
  if (before) {
    const n = before[2] ?? before[1];
    const count = !n || /^an?$/i.test(n) ? 1 : enNum(n);
    return /year/i.test(before[3]) ? count * 12 : count;
  }
  return undefined;
}

function commutedTo(text: string): Sentence | undefined {
  const zh = new RegExp(`减为(无期徒刑|有期徒刑(${CNUM}年)?(${CNUM}个?月)?)`).exec(text);
  if (zh) return parseSentence(zh[1]);
  const en = /(?:commuted|(?:life|death)\s+sentences?\s+(?:was|were|has been|had been)\s+(?:reduced|changed))\s+to\s+([^.;,]+)/i.exec(text);
  // ("reduced to a fixed term sentence", the new term not yet announced: fixed, its length unknown.)
  return en ? parseSentence(en[1]) ?? sentenceIn(en[1]) ?? (/\bfixed[- ]term\b/i.test(en[1]) ? { kind: 'fixed' } : undefined) : undefined;
}

const GRAVITY = { death: 4e6, death_suspended: 3e6, life: 2e6, fixed: 0 } as const;
/** The graver of two sentences, or undefined when `b` is. */
function graver(a: Sentence, b: Sentence): Sentence | undefined {
  const g = (x: Sentence) => GRAVITY[x.kind] + (x.kind === 'fixed' ? x.months ?? 0 : 0);
  return g(a) > g(b) ? a : undefined;
}

/** A term in Chinese as news writes it: "14年", "3年半", "4年两个月" (parseSentence reads it whole). */
// (…or half a year: "判刑半年".)
const ZH_TERM = `(?:${CNUM}年半?(?:${CNUM}个?半?月)?|${CNUM}个半?月|(?<![0-9零〇一二两三四五六七八九十百年多近])半年)`;
/** A length of time in words: "four months", "2 weeks", "14 months". */
const DURATION = `${EN_NUM_RE}\\s+(?:years?|months?|weeks?|days?)`;

/**
 * The term a text tells. Time spent in prison ("after 17 years in jail", "in prison for over 17 years") is not the
 * term where the text tells one too ("a year before his 18-year jail term ended"); where it tells none, the time a
 * prisoner was released after is the best there is ("released after eight years in prison").
 */
function sentenceIn(written: string): Sentence | undefined {
  // A range of terms is no one's term: "jail terms ranging from eight years to life", "between three and five years".
  const text = written.replace(TERM_RANGE_EN, (m) => ' '.repeat(m.length)).replace(TERM_RANGE_ZH, (m) => ' '.repeat(m.length));
  return sentenceTold(text, true) ?? sentenceTold(text, false);
}
// (…in Chinese: "判处4-6年徒刑", "三至五年".)
const TERM_RANGE_ZH = new RegExp(`(?<![\\d零〇一二两三四五六七八九十百])${CNUM}\\s*(?:年|个月)?\\s*(?:-|–|—|~|～|至|到)\\s*${CNUM}\\s*(?:年|个月)`, 'g');
const TERM_RANGE_EN = new RegExp(`\\b(?:ranging\\s+)?(?:from|between)\\s+${EN_NUM_RE}(?:\\s+(?:years?|months?))?(?:\\s+and\\s+(?:a\\s+half|${EN_NUM_RE}\\s+months?))?\\s+(?:to|and)\\s+(?:life|death|${EN_NUM_RE}\\s+(?:years?|months?))\\b`, 'gi');

/** "after 17 years in jail", "in prison for over 17 years": time spent. */
const TIME_SPENT = new RegExp(`\\bafter\\s+(?:more\\s+than\\s+|over\\s+|nearly\\s+|almost\\s+|some\\s+)?${EN_NUM_RE}\\s+years?\\s+(?:in|behind)\\s+(?:jail|prison|bars|detention|custody)\\b|\\b(?:in|behind)\\s+(?:jail|prison|bars)\\s+for\\s+(?:over|more\\s+than|nearly|almost|about|some)\\s+${EN_NUM_RE}\\s+years?\\b`, 'gi');

function sentenceTold(written: string, spentIsNoTerm: boolean): Sentence | undefined {
  // "6-1/2 years", "6½ years": six and a half.
  // (A number given its own part of a shared "13 and 10-year" keeps the unit's hyphen after a space: "13 -year".)
  const told = written.replace(/(\d+)(?:-|\s)?(?:1\/2|½)(?=\s*-?\s*years?)/g, (m, n: string) => `${n}.5`.padEnd(m.length, ' '))
    .replace(/(\w) -(?=(?:years?|months?)\b)/gi, '$1-');
  // Time already served is no sentence: "had already served a total of 23 years in prison … before receiving a new
  // sentence of 18 years", "released in 2013 after serving 21 years".
  const shown = told
    // A range for several people is nobody's term: "between seven months and three years", "4年2个月到10年不等", "were
    // sentenced to up to three years" (a group's longest).
    .replace(new RegExp(`\\b(?:up\\s+to|at\\s+least)\\s+${DURATION}|\\b(?:ranging\\s+)?from\\s+${EN_NUM_RE}(?:\\s+(?:years?|months?))?\\s*(?:–|-|—|to)\\s*${DURATION}|\\b(?:terms?|sentences?|imprisonment)\\s+of\\s+${EN_NUM_RE}\\s*(?:–|-|—|to)\\s*${DURATION}|\\bbetween\\s+${DURATION}(?:\\s+and\\s+${DURATION})?\\s+and\\s+${DURATION}|\\bbetween\\s+${EN_NUM_RE}\\s+and\\s+${DURATION}|(?:有期徒刑|管制|拘役)?${CNUM}(?:年|个月)?(?:${CNUM}个?月)?(?:管制|拘役|有期徒刑)?(?:到|至|—|-)(?:有期徒刑)?${CNUM}(?:年|个月)(?:${CNUM}个?月)?(?:不等)?(?:有期徒刑)?`, 'gi'), (m) => ' '.repeat(m.length))
    // "they thought he would get more than 20 years", "asking for the wife to get 15-18 years": a term feared or asked
    // for, not given; a bare range ("15-18 years") is nobody's term either.
    .replace(new RegExp(`\\b(?:would|could|might|may|will|to)\\s+(?:get|receive|face)\\s+(?:more\\s+than\\s+|over\\s+|at\\s+least\\s+|up\\s+to\\s+|as\\s+(?:much|many|long)\\s+as\\s+)?(?:(?:\\d{1,2}\\s*(?:–|-|—)\\s*)?${DURATION}|life(?:\\s+imprisonment)?)|(?<![\\d.])\\d{1,2}\\s*(?:–|-|—)\\s*\\d{1,2}\\s+years?\\b`, 'gi'), (m) => ' '.repeat(m.length))
    .replace(TIME_SPENT, (m) => (spentIsNoTerm ? ' '.repeat(m.length) : m))
    // "about four years into his sentence": time served so far, never the term.
    .replace(new RegExp(`\\b(?:about\\s+|some\\s+|nearly\\s+|almost\\s+|just\\s+)?${EN_NUM_RE}\\s+(?:years?|months?)\\s+into\\s+(?:his|her|their|the|a)\\s+(?:[\\w-]+\\s+)?(?:sentence|term)\\b`, 'gi'), (m) => ' '.repeat(m.length))
    .replace(new RegExp(`\\b(?:(?<!(?:is|are|was|were|be|been|now|still|currently)\\s+)served|after\\s+serving|having\\s+served|spent)\\s+(?:a\\s+total\\s+of\\s+|more\\s+than\\s+|nearly\\s+|almost\\s+|over\\s+|about\\s+|some\\s+|an?\\s+(?:earlier\\s+|previous\\s+)?(?:term|sentence)\\s+of\\s+)?${EN_NUM_RE}\\s+(?:years?|months?)\\b`, 'gi'), (m) => ' '.repeat(m.length));
  // The law's maximum is no one's term: "该罪名最高可判處10年監禁", "面临最高十年徒刑", "which carries a maximum sentence
  // of 10 years", "faces up to five years in prison".
  const text = shown
    // Political rights taken away for a time are no prison term: "剥夺政治权利3年改为2年".
    .replace(new RegExp(`剥夺政治权利(?:${CNUM}年|终身)?(?:(?:改为|减为|改判为?)${CNUM}年)?`, 'g'), (m) => ' '.repeat(m.length))
    // "Lukhar Sham and two other Tibetans were sentenced to a total of 45 years": several people's terms added up.
    .replace(new RegExp(`(?<=\\bwere\\s+(?:\\w+\\s+){0,3}(?:sentenced|jailed)\\s+(?:to|for)\\s+)(?:a\\s+)?(?:total|combined)\\s+of\\s+${EN_NUM_RE}\\s+years?`, 'gi'), (m) => ' '.repeat(m.length))
    .replace(new RegExp(`(?:最高|最多|最重)(?:可|可以|将|將|会|會)?(?:被)?(?:判处|判處|判|处|處|面临|面臨)[^，。；,;]{0,16}|可(?:被)?判(?:处|處)?(?:最高|最多)[^，。；,;]{0,16}|最高(?:刑罚|刑罰|刑期)(?:为|為|是)?[^，。；,;]{0,16}`, 'g'), (m) => ' '.repeat(m.length))
    .replace(new RegExp(`\\b(?:carr(?:y|ies|ying)|faces?|faced|facing|punishable\\s+by|risks?)\\s+(?:an?\\s+|the\\s+)?(?:possible\\s+)?(?:maximum\\s+(?:penalty|sentence|term|punishment)\\s+(?:of\\s+)?|up\\s+to\\s+|as\\s+(?:much|long)\\s+as\\s+)(?:${DURATION}|life(?:\\s+imprisonment)?)|\\bmaximum\\s+(?:penalty|sentence|term|punishment)\\s+(?:of|is)\\s+(?:${DURATION}|life(?:\\s+imprisonment)?)`, 'gi'), (m) => ' '.repeat(m.length));
  // An appeal that changes the term ("法院经二审将刑期修改为两年半", "二审改判有期徒刑三年"): the term now.
  // (…or an appeal court's cut: "高等法院上诉庭…将刑期减至15个月".)
  // (…"一审判决的有期徒刑12年减为10年": the appeal's term.)
  const changed = new RegExp(`(?:改判(?:为)?|修改为|改为|变更为|刑期减至|减至|(?<=${CNUM}年)减为)(?:有期徒刑|监禁)?(${ZH_TERM})`).exec(text);
  if (changed) return parseSentence(changed[1]);
  // Sentences for several crimes (or a new crime and an old sentence) are served as one: that is the term.
  const combined = new RegExp(`(?:合并|决定|并罚|並罰)执行(有期徒刑(?:${CNUM}年半?)?(?:${CNUM}个?月)?|${ZH_TERM}|无期徒刑|死刑[，,]?缓期(?:二|两)年执行)`).exec(text);
  if (combined) return parseSentence(combined[1].replace(/[，,]/g, ''));
  // "The court combined the two sentences into a single six-year prison term".
  const combinedEn = new RegExp(`combined[^.;]{0,60}?into (?:a |one )?(?:single )?${EN_NUM_RE}[- ]years?`, 'i').exec(text);
  if (combinedEn) return { kind: 'fixed', months: enNum(combinedEn[1]) * 12 };
  // "Of these, 2-1/2 years will run consecutively, resulting in a total term of nine years".
  const totalEn = new RegExp(`\\b(?:total|combined|overall|aggregate)\\s+(?:prison\\s+|jail\\s+)?(?:term|sentence)\\s+of\\s+${EN_NUM_RE}\\s+(years?|months?)`, 'i').exec(text);
  if (totalEn) return { kind: 'fixed', months: /year/i.test(totalEn[2]) ? enNum(totalEn[1]) * 12 : enNum(totalEn[1]) };
  // "sentenced to 7.5 years imprisonment", "a 3.5 years sentence": a decimal term, read whole before its last digit is.
  const decimalTerm = /(?<![\d.])(\d{1,2}\.\d)[\s-]+years?(?![a-z])(?![\s-]+(?:old|ago|later|earlier))/i.exec(text);
  if (decimalTerm && /\b(?:sentenced|sentence|jailed|imprison\w*|prison|term|received|got|given|serve)\b/i.test(text)) return { kind: 'fixed', months: Math.round(Number(decimalTerm[1]) * 12) };

  // "判处伊力哈木·土赫提无期徒刑": the name may stand between the verb and the term.
  const zh = new RegExp(`(?:判处|判了|判|处)(?:其|他|她)?(?:被告人|罪犯)?(?:(?:(?!有期徒刑|无期徒刑|死刑|死缓|拘役)[^，。；,;！？]){2,80}?(?<![0-9零〇一二两三四五六七八九十百年半个月])(?=有期徒刑|无期徒刑|死刑|死缓|拘役))?(有期徒刑(?:${CNUM}年半?)?(?:${CNUM}个?月)?|拘役${CNUM}个?月|无期徒刑|死刑[，,]?缓期(?:二|两)年执行|死缓|死刑)`).exec(text);
  if (zh) return parseSentence(zh[1].replace(/[，,]/g, ''));
  // "判处扎西文色5年徒刑", "判处…扎西文色(Tashi Wangchuk)5年有期徒刑", "被判处两年监禁", "判处…班丹旺杰,三年徒刑": the number before the word.
  const numberFirst = new RegExp(`(?:判处|判|处以)[^，。；,;]{0,40}?(?:[，,]\\s*)?(?<![\\d${CNUM.slice(1, -1)}])(${ZH_TERM})(?:(?:有期)?徒刑|监禁|監禁|刑期)`).exec(text);
  if (numberFirst) return parseSentence(numberFirst[1]);
  // "分别判处杨荣丽七年,王晓光三年,…": the name, then its term.
  const namedTerm = new RegExp(`判处(?:(?![零〇一二两三四五六七八九十百年月个刑徒])[\\u4e00-\\u9fff·]){2,8}?(${ZH_TERM})(?=[，,；;。]|$)`).exec(text);
  if (namedTerm) return parseSentence(namedTerm[1]);
  // "判处合共12年刑期": a total term in years.
  const total = new RegExp(`判处?(?:合共|共计?|总计|总共)(${ZH_TERM})(?:刑期|徒刑|监禁)`).exec(text);
  if (total) return parseSentence(total[1]);
  // News: "被判14年", "被判无期", "判刑3年缓刑3年" (the term, not the probation), "被判入狱6年", "各入狱3年半", "李柱銘判11個月".
  const shortZh = new RegExp(`(?:被判(?:[囚监]|入狱)?|(?:冤|重|枉)判|(?<=[\\u4e00-\\u9fff]{2})(?<![审宣裁评批谈研公初终改轻从重误])判(?=\\d|[一二两三四五六七八九十]+(?:年|个月))|判刑|判[囚监]|获刑|囚(?=[\\d一二两三四五六七八九十])|入狱(?=[\\d一二两三四五六七八九十])|(?<!非法)监禁(?=[\\d一二两三四五六七八九十])|(?:被判(?:处)?)?(?:劳动教养|劳教)(?=[\\d一二两三四五六七八九十]))(?:刑)?\\s*(?:(${ZH_TERM})|(无期)|(死缓))`).exec(text);
  if (shortZh) return shortZh[2] ? { kind: 'life' } : shortZh[3] ? { kind: 'death_suspended' } : parseSentence(shortZh[1]);
  // "sentenced Tenzin Deleg Rinpoche (…) to death, deferred for two years": the name may stand between.
  // …and so may a date: "sentenced, on 15 November 2007, to five years".
  const unnamed = text.replace(/([Ss]entenced)\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:[(（][^)）]{1,20}[)）]\s+)?(?=to\b)/g, '$1 ')
    .replace(/([Ss]entenced),?\s+(?:on|in)\s+[^,;.]{3,30},\s+(?=to\b)/g, '$1 ');
  const en = new RegExp(`sentenced\\s+(?:him |her |them )?to\\s+(${EN_NUM_RE}\\s+years?(?:,?\\s+(?:and\\s+)?${EN_NUM_RE}\\s+months?)?|${EN_NUM_RE}\\s+months?|life(?: imprisonment)?|death,? (?:with (?:a )?(?:two-year )?(?:reprieve|suspension)|(?:deferred|suspended) for two years)|death(?: with (?:a )?(?:two-year )?reprieve)?)`, 'i').exec(unnamed);
  if (en) {
    const s = en[1].toLowerCase();
    if (s.startsWith('life')) return { kind: 'life' };
    if (/reprieve|suspen|deferred/.test(s)) return { kind: 'death_suspended' };
    if (s.startsWith('death')) return { kind: 'death' };
    const m = new RegExp(`${EN_NUM_RE}\\s+(years?|months?)(?:,?\\s+(?:and\\s+)?${EN_NUM_RE}\\s+months?)?`, 'i').exec(s)!;
    return { kind: 'fixed', months: /year/.test(m[2]) ? enNum(m[1]) * 12 + enNum(m[3]) : enNum(m[1]) };
  }
  // "after a year-long sentence", "a two-year-long term".
  const yearLong = new RegExp(`\\b(?:an?|${EN_NUM_RE})[- ](years?|months?)[- ]?long\\s+(?:prison\\s+|jail\\s+)?(?:sentence|term|imprisonment)\\b`, 'i').exec(text);
  if (yearLong) return { kind: 'fixed', months: (yearLong[1] ? enNum(yearLong[1]) : 1) * (/year/i.test(yearLong[2]) ? 12 : 1) };
  // "a five-year, nine-month sentence": years and months, each as a word before the noun.
  const yearsMonths = new RegExp(`${EN_NUM_RE}[- ]years?,?\\s+(?:and\\s+)?${EN_NUM_RE}[- ]months?\\s+(?:prison |jail )?(?:sentence|term|imprisonment)`, 'i').exec(text);
  if (yearsMonths) return { kind: 'fixed', months: enNum(yearsMonths[1]) * 12 + enNum(yearsMonths[2]) };
  const phrased = new RegExp(`(?:imprisonment|sentences?|terms?|jailed|imprisoned|given)\\s+(?:of\\s+|for\\s+)?${EN_NUM_RE}\\s+(years?|months?)(?:,?\\s+(?:and\\s+)?${EN_NUM_RE}\\s+months?)?|${EN_NUM_RE}[- ](years?|months?)(?:['’]s?)?(?:\\s+and\\s+${EN_NUM_RE}\\s+months?['’]?)?\\s+(?:prison |jail |fixed-term )?(?:sentence|term|imprisonment|in prison|in jail|behind bars)(?!\\s+(?:reduction|cut|commutation))`, 'i').exec(text);
  // "jailed … Liu Xiaobo, for 11 years": a term after "for" where the words speak of prison.
  // (…but "deprivation of political rights for two years" is no prison term.)
  // (The prison word is near: "textbooks approved by him were used for 13 years" is no term.)
  const forTerm = new RegExp(`\\b(?:jail|jailed|imprison|imprisoned|sentenced|prison|punished|locked up)\\b[^.;]{0,160}?(?<!political rights\\s+)\\bfor\\s+${EN_NUM_RE}\\s+(years?|months?)(?:,?\\s+(?:and\\s+)?${EN_NUM_RE}\\s+months?)?\\b(?!\\s+(?:ago|old|before|after|later))`, 'i').exec(text);
  if (!phrased && forTerm) return { kind: 'fixed', months: /year/i.test(forTerm[2]) ? enNum(forTerm[1]) * 12 + enNum(forTerm[3]) : enNum(forTerm[1]) };
  // "the exile musicologist Ngawang Choephel who got 18 years".
  const got = !phrased && !forTerm ? new RegExp(`\\b(?:got|gets|received|receiving|getting)\\s+(?:a\\s+)?${EN_NUM_RE}[- ](years?|months?)\\b(?:,?\\s+and\\s+${EN_NUM_RE}\\s+months?\\b)?(?![- ](?:old|ago|later|earlier)|\\s+(?:sentence\\s+|prison\\s+|term\\s+)?(?:reductions?|cuts?|commutations?|extensions?))`, 'i').exec(text) : null;
  // ("received three years and eight months each".)
  if (got) return { kind: 'fixed', months: /year/i.test(got[2]) ? enNum(got[1]) * 12 + (got[3] ? enNum(got[3]) : 0) : enNum(got[1]) };
  if (phrased) {
    const [n, unit, extra] = phrased[1] !== undefined ? [phrased[1], phrased[2], phrased[3]] : [phrased[4], phrased[5], phrased[6]];
    return { kind: 'fixed', months: /year/i.test(unit) ? enNum(n) * 12 + enNum(extra) : enNum(n) };
  }
  if (/\bsentenced\s+to\s+(?:be\s+executed|execution)\b/i.test(text)) return { kind: 'death' };
  // "two and a half years in prison".
  const half = new RegExp(`${EN_NUM_RE}[\\s-]+and[\\s-]+a[\\s-]+half[\\s-]+years?\\b(?!\\s+(?:old|ago|later))`, 'i').exec(text);
  if (half && /\b(?:sentenced|jailed|imprisoned|prison|term|given|handed|received|assigned|re-?education|RTL)\b/i.test(text)) return { kind: 'fixed', months: enNum(half[1]) * 12 + 6 };
  // "handed a death sentence", "given the death penalty".
  if (/\b(?:a|the|its|his|her)\s+death\s+(?:sentences?|penalty)\b/i.test(text) && !/suspended|reprieve|commuted|overturned/i.test(text)) return { kind: 'death' };
  if (/死刑缓期二年执行|死缓|suspended death sentence|death sentence with (a )?(two-year )?reprieve|death,? (?:with a |suspended|with reprieve)/i.test(text)) return { kind: 'death_suspended' };
  if (/(?<!减为)无期徒刑|life imprisonment|life sentences?|life[- ]terms?|imprisonment for life|sentenced to life|life in (?:prison|jail)/i.test(text)) return { kind: 'life' };
  // A table cell or a short note: "有期徒刑六年" with no verb before it (but not a reduction's "减去有期徒刑八个月").
  const bare = new RegExp(`(?<!减去|减为|减)有期徒刑(?:${CNUM}年半?)?(?:${CNUM}个?月)?`).exec(text);
  if (bare) return parseSentence(bare[0]);
  // An English term standing alone, as in a table row ("13 years and 6 months"), not a reduction's "by one year".
  // (…or in months alone, as a table's "Jail term" column has it: "14 months".)
  // (Digits may follow letters where a pasted table lost its spaces, "Cheuk-yan14 months", never another number's
  // decimal point; words stand alone.)
  const term = new RegExp(`(?<!(?:by|of|reduced|cut|shortened|after|for|in|within|every)\\s)(?:(?<![\\d-])(?<!\\d\\.)(?=\\d)|(?<![\\w-])(?=[a-z]))${EN_NUM_RE}\\s+(?:years?(?![a-z])(?:\\s+and\\s+${EN_NUM_RE}\\s+months?(?![a-z]))?|months?(?![a-z]))(?![\\s-]+(?:old|ago|later|earlier|early|ahead|after|before))`, 'i').exec(text);
  if (term) return parseSentence(term[0]);
  // "2.5 years".
  const decimal = /(?<![\d.])(\d{1,2}\.\d)\s+years?(?![a-z])(?![\s-]+(?:old|ago|later|earlier|early|ahead))/i.exec(text);
  if (decimal) return { kind: 'fixed', months: Math.round(Number(decimal[1]) * 12) };
  return undefined;
}

const PLACE_ZH = /([\u4e00-\u9fff]{2,24}?(?:女子监狱|未成年犯管教所|监狱医院|监狱|看守所|拘留所|戒毒所|教育培训中心))/g;
const PLACE_LEAD = /^(?:现在|现于|目前在|目前于|正在|关押在|关押于|羁押在|羁押于|押于|被关押在|被羁押于|在|于|曾在|曾于|送往|送入|送至|押往|关进|关入|转至|转到|移送|投入|押送|并在|后在|其在|仍在|现|押)+/;
// (Not "Memetemin's Prison Sentences Expire": a headline's prison sentence is no place.)
const PLACE_EN = /\b((?:[A-Z][\w'’-]*(?<!['’]s)\s+){0,4}(?:No\.\s*\d+\s+)?(?:[A-Z][\w'’-]*(?<!['’]s)\s+){0,3}(?:Women['’]s\s+)?(?:Prison|Detention Cent(?:re|er)|Detention House|Jail|Prison Hospital))\b(?!\s+(?:Sentences?|Terms?)\b)/g;

/**
 * The place held, canonical and in both languages when the gazetteer knows it ("Pukou Prison in Jiangsu
 * province" and 江苏省浦口监狱 are one place); else as written, cut to the place's own name ("黄琪现在四川省
 * 川东监狱" is 四川省川东监狱), with an English rendering of a Chinese name.
 */
function placeIn(text: string): { zh?: string; en?: string } | undefined {
  // "现已获监狱表扬四次" names no place: words of a sentence (已, 获, 被 …) are not part of a prison's name.
  // ("青海省首府西宁监狱": the capital's word is no part of the name.)
  const zh = [...text.matchAll(PLACE_ZH)].map((m) => cutPlaceZh(m[1].replace(PLACE_LEAD, '').replace(/(省|自治区)(?:首府|省会|省會)/, '$1'))).filter((p) => p.length >= 4 && !/[已获被了将对给向受要仍]/.test(p));
  // The last place named, preferring one the gazetteer knows or one with its locality (省, 市, 县 …).
  // (Not words about jails: "在各县设立黑监狱", "set up black jails in every county".)
  const placed = zh.filter((p) => lookupPrison(p) || (/[省市县区州盟旗]/.test(p) && !/[设各]|黑监狱/.test(p)));
  // A place neither known nor placed must read as a name (川西监狱, 提篮桥监狱), not as words before the word
  // "prison" (判决生效后交付监狱执行: "handed to the prison after the judgment took effect").
  const named = zh.filter((p) => placed.includes(p) || looksLikePlaceName(p));
  const pick = placed.length ? placed : named;
  if (pick.length) return canonicalPlace(pick[pick.length - 1]);
  if (zh.length) return undefined;
  const en = [...text.matchAll(PLACE_EN)].map((m) => ({
    name: m[1].replace(/^(?:(?:The|In|At|Is|Was|He|She|Now|Currently|From|To|Held|Serving|Detained)\s+)+/i, '').trim(),
    near: text.slice(m.index! + m[0].length, m.index! + m[0].length + 40),
  })).filter((p) => /\s/.test(p.name));
  // (A bare "Prison" names no place: "released from Prison", a column's title "Letters from Prison".)
  const last = en[en.length - 1];
  if (!last) return undefined;
  const known = lookupPrison(last.name, { near: last.near });
  return known ? { zh: known.zhFull ?? known.zh, en: placeEnglish(known) } : { en: last.name };
}

const PLACE_SUFFIX = /(?:女子监狱|未成年犯管教所|监狱医院|监狱|看守所|拘留所|戒毒所|教育培训中心)$/;
/** Characters of sentences, not of places' names: particles, verbs of handing over and judging, pronouns. */
const NOT_IN_PLACE_NAMES = /[的了着过后把被由将从对向给交付判决效执在到出入送押我本其该犯罪某他她们这那是为与及或设各]/;
function looksLikePlaceName(place: string): boolean {
  const name = place.replace(PLACE_SUFFIX, '');
  return name.length >= 2 && name.length <= 6 && !NOT_IN_PLACE_NAMES.test(name);
}

/** A table's "place held" cell: the gazetteer's place, or the cell as written (with an English rendering). */
function placeInCell(cell: string): { zh?: string; en?: string } {
  if (hasHan(cell)) return canonicalPlace(cutPlaceZh(cell.trim()));
  const known = lookupPrison(cell);
  return known ? { zh: known.zhFull ?? known.zh, en: placeEnglish(known) } : { en: cell.trim() };
}

/** A Chinese place name with what went before it cut off: from a place the gazetteer knows, or from the province. */
function cutPlaceZh(phrase: string): string {
  for (let i = 0; i < phrase.length - 3; i++) {
    const known = lookupPrison(phrase.slice(i), { near: phrase });
    if (!known) continue;
    // Keep the province written just before the name (四川省川东监狱), drop anything else (黄琪现在).
    const head = phrase.slice(0, i);
    const province = /(?:[\u4e00-\u9fff]{2,8}?(?:省|自治区|市))$/.exec(head)?.[0];
    const provinceOk = province && provinceTerms().some((t) => province.startsWith(t.zh));
    return (provinceOk ? province : '') + phrase.slice(i);
  }
  const at = Math.max(...provinceTerms().map((t) => phrase.lastIndexOf(t.zh)));
  if (at > 0) return phrase.slice(at);
  const lead = /^.*?(?:现在|现于|关押在|关押于|羁押在|羁押于|押于|服刑于|送往|送入|送至|押往|关进|关入|收押于|转至|转到|在|于|押)(?=[\u4e00-\u9fff]{3,})/.exec(phrase);
  return lead ? phrase.slice(lead[0].length) : phrase;
}

function canonicalPlace(zh: string): { zh?: string; en?: string } {
  const known = lookupPrison(zh);
  // Only a place of the same kind: a prison named by an alias of its administration (沙洋监狱 / 沙洋监狱管理局) stays a prison.
  const kind = (s: string) => /(女子监狱|未成年犯管教所|监狱医院|监狱|看守所|拘留所|戒毒所|[\u4e00-\u9fff]{2})$/.exec(s)?.[1];
  if (known && kind(known.zh) === kind(zh)) return { zh: known.zhFull ?? known.zh, en: placeEnglish(known) };
  return { zh, en: translatePlace(zh) };
}

function chargeIn(text: string): { zh?: string; en?: string } | undefined {
  const whole = lookupCharge(text.trim().replace(/[.;。；]$/, ''));
  if (whole) return whole;
  const simplified = toSimplified(text);
  const named = /以(.{2,40}?罪)/.exec(simplified) ?? /犯(.{2,40}?罪)/.exec(simplified);
  // "以涉嫌间谍犯罪": suspected of the crime of espionage.
  const direct = named ? lookupCharge(named[1]) ?? lookupCharge(named[1].replace(/^(?:涉嫌|犯)/, '').replace(/犯罪$/, '罪')) : undefined;
  if (direct) return direct;
  for (const name of chargeNames()) if (name.length >= 3 && simplified.includes(name)) return lookupCharge(name);
  const en = /(?:charges? of|convicted of|for|guilty of|on suspicion of|accused of)\s+["“]?([a-z][a-z ,'’-]{5,90}?)["”]?(?:[.;]|,? (?:and|by|in|on|to)\b|$)/i.exec(text);
  if (en) {
    const c = lookupCharge(en[1].trim());
    if (c) return c;
  }
  return englishChargeIn(text);
}

function nameOf(seg: Segment): string {
  if (seg.fields?.name) return normalizeText(seg.fields.name);
  const t = normalizeText(seg.text).replace(/^(经查[，,]?|经核查[，,]?|关于|罪犯|犯人|服刑人员|被告人|当事人|Re:|Regarding|Case of|Mr\.?|Ms\.?|Mrs\.?)\s*/i, '');
  // "……无王小明此人……": a not-found answer names the person inside the sentence.
  const absent = /(?:无|查无|没有)[“"「]?([\u4e00-\u9fff·]{2,10}?)[”"」]?(?:此人|其人|这个人|的(?:任何)?(?:记录|信息))/.exec(t);
  if (absent) return absent[1];
  const zh = /^([\u4e00-\u9fff·]{2,14}?)(?=[，,：:（(\s]|男|女|，|系|现|因|于|已|出生|生于|\d)/.exec(t);
  if (zh) return zh[1];
  const en = /^([^,:;(（]{2,60}?)(?:\s*[(（]([^)）]{1,30})[)）])?\s*(?:[,:;]|\s+(?:was|is|has|male|female|born|\(|-))/.exec(t);
  if (en) return en[2] ? `${en[1].trim()} (${en[2].trim()})` : en[1].trim();
  return t.split(/[，,。.:：]/)[0].slice(0, 40).trim();
}

function genderIn(text: string, fields?: Record<string, string>, name?: string): 'M' | 'F' | undefined {
  const g = fields?.gender ?? text;
  // The title the text sets before this person's own name: "Mr. He Binggang and Ms. Zhang Yibo, … his fiancée" tells
  // Zhang Yibo's gender; the pronouns of the clause may be another's.
  if (!fields?.gender && name) {
    const esc = escapeRegExp(name);
    if (new RegExp(`\\b(?:Ms|Mrs|Miss|Madam|Madame)\\.?\\s+${esc}\\b|${esc}\\s*(?:女士|小姐|太太)`).test(text)) return 'F';
    if (new RegExp(`\\bMr\\.?\\s+${esc}\\b|${esc}\\s*先生`).test(text)) return 'M';
  }
  if (/(^|[，,\s:：;])男(性)?([，,\s;。]|$)|\bmale\b|\bman\b/i.test(g) && !/\bfemale\b/i.test(g)) return 'M';
  if (/(^|[，,\s:：;])女(性)?([，,\s;。]|$)|\bfemale\b|\bwoman\b/i.test(g)) return 'F';
  // Pronouns alone only when they all agree and are said more than once: a clause may speak of others too, and a gender
  // read wrongly would part two namesakes the wrong way.
  if (!fields?.gender) {
    const he = (text.match(/\b(he|his|him)\b/gi) ?? []).length;
    const she = (text.match(/\b(she|her|hers)\b/gi) ?? []).length;
    if (he >= 2 && she === 0) return 'M';
    if (she >= 2 && he === 0) return 'F';
  }
  return undefined;
}

/** English charge names and their common phrasings found anywhere in the text. */
function englishChargeIn(text: string): { zh?: string; en?: string } | undefined {
  const lower = text.toLowerCase();
  for (const [phrase, zh] of EN_CHARGE_PHRASES) if (lower.includes(phrase)) return lookupCharge(zh);
  return undefined;
}

const EN_CHARGE_PHRASES: [string, string][] = [
  ['inciting subversion', '煽动颠覆国家政权罪'], ['incitement to subvert', '煽动颠覆国家政权罪'], ['subversion of state power', '颠覆国家政权罪'], ['subverting state power', '颠覆国家政权罪'],
  ['inciting splitting', '煽动分裂国家罪'], ['inciting separatism', '煽动分裂国家罪'], ['incitement to split', '煽动分裂国家罪'], ['splitting the state', '分裂国家罪'], ['separatism', '分裂国家罪'],
  ['picking quarrels', '寻衅滋事罪'], ['provoking trouble', '寻衅滋事罪'], ['illegal business', '非法经营罪'], ['state secrets', '为境外窃取、刺探、收买、非法提供国家秘密、情报罪'],
  ['disturb social order', '聚众扰乱社会秩序罪'], ['disturbing social order', '聚众扰乱社会秩序罪'], ['undermine the enforcement of law', '组织、利用会道门、邪教组织、利用迷信破坏法律实施罪'],
  ['using a cult', '组织、利用会道门、邪教组织、利用迷信破坏法律实施罪'], ['cult organisation', '组织、利用会道门、邪教组织、利用迷信破坏法律实施罪'], ['cult organization', '组织、利用会道门、邪教组织、利用迷信破坏法律实施罪'],
  ['espionage', '间谍罪'], ['inciting ethnic hatred', '煽动民族仇恨、民族歧视罪'], ['fraud', '诈骗罪'], ['illegal assembly', '非法集会、游行、示威罪'],
  // Shortened names letters use: after the full ones above, so that "inciting subversion" is never read as "subversion".
  ['disrupt traffic', '聚众扰乱公共场所秩序、交通秩序罪'], ['disrupting traffic', '聚众扰乱公共场所秩序、交通秩序罪'],
  ['obstructing official', '妨害公务罪'], ['illegally crossing the border', '偷越国（边）境罪'], ['illegal border crossing', '偷越国（边）境罪'],
  ['spying', '间谍罪'], ['providing intelligence', '为境外窃取、刺探、收买、非法提供国家秘密、情报罪'],
  ['splittism', '分裂国家罪'], ['splitting the country', '分裂国家罪'], ['cult', '组织、利用会道门、邪教组织、利用迷信破坏法律实施罪'],
  ['subversion', '颠覆国家政权罪'], ['embezzlement', '贪污罪'], ['accepting bribes', '受贿罪'], ['intentional homicide', '故意杀人罪'],
  ['intentional injury', '故意伤害罪'], ['illegal detention', '非法拘禁罪'], ['drug trafficking', '走私、贩卖、运输、制造毒品罪'],
  ['theft', '盗窃罪'], ['robbery', '抢劫罪'],
];

function birthIn(text: string, dates: FoundDate[], fields?: Record<string, string>): PartialDate | undefined {
  if (fields?.birth) return findDates(fields.birth)[0]?.date ?? (/^\d{4}$/.test(fields.birth.trim()) ? { value: fields.birth.trim(), precision: 'year' } : undefined);
  for (const d of dates) {
    const after = text.slice(d.end, d.end + 4);
    const before = text.slice(Math.max(0, d.start - 12), d.start);
    if (/^\s*(出生|生人|生[，,。])/.test(after) || /(出生于|生于|born(?: on| in)?\s*)$/i.test(before)) return d.date;
  }
  const b = /\((?:b\.|born)\s*(\d{4})\)/i.exec(text) ?? /(?:^|[，,\s])(?:男|女|male|female)[，,]\s*(\d{4})(?:年)?[，,]/i.exec(text);
  return b ? { value: b[1], precision: 'year' } : undefined;
}

/** The age written right by the person's name: "Lobsang Tenzin, aged 28,", "Kuntho, 20,", "a 45-year-old", 现年26岁的X, X(34岁). */
function ageIn(text: string, name: string): number | undefined {
  const own = toSimplified(name.replace(/\s*[（(].*$/, '').trim());
  const at = own ? text.indexOf(own) : -1;
  if (at < 0) return undefined;
  const after = text.slice(at + own.length, at + own.length + 40);
  const before = text.slice(Math.max(0, at - 16), at);
  const m = /^\s*(?:[（(][^)）]{0,20}[)）]\s*)?,\s*(?:aged\s+)?(?:(?:about|around|approximately|some)\s+)?(\d{1,2})\s*(?:,|and\b|years? old\b)/i.exec(after)
    ?? /^\s*,\s*an?\s+(\d{1,2})-year-old\b/i.exec(after)
    // ("吳偉德(現39歲,保安員)": the age first in the bracket, "now" before it, what they do after.)
    ?? /^\s*[（(](?:[^)）]{0,8}[，,、])?(?:现年|现|今年)?(\d{1,2})岁(?=[)），,、])/.exec(after)
    ?? /(?:现年|今年)(\d{1,2})岁的[^，。,]{0,8}$/.exec(before);
  const years = m ? Number(m[1]) : NaN;
  return years >= 12 && years <= 99 ? years : undefined;
}

function ethnicityIn(text: string, fields?: Record<string, string>): string | undefined {
  if (fields?.ethnicity) return lookupEthnicity(fields.ethnicity)?.en ?? fields.ethnicity;
  const zh = /([\u4e00-\u9fff]{1,5}族)/.exec(text);
  if (zh && lookupEthnicity(zh[1])) return lookupEthnicity(zh[1])!.en;
  const en = /\b(Han|Uyghur|Uighur|Tibetan|Mongolian|Hui|Kazakh|Korean|Zhuang|Manchu|Kyrgyz)\b/.exec(text);
  return en ? lookupEthnicity(en[1])?.en : undefined;
}

function nativePlaceIn(text: string, fields?: Record<string, string>): string | undefined {
  if (fields?.province) return fields.province;
  const zh = /籍贯[为是：:\s]*([\u4e00-\u9fff]{2,16}?)[，,。;；\s]/.exec(text) ?? /([\u4e00-\u9fff]{2,6}(?:省|自治区)[\u4e00-\u9fff]{0,8}?(?:市|县|区|州)?)人[，,。]/.exec(text);
  if (zh) return zh[1];
  // Where the person is from, not where a report came from ("according to a report from Tibet"). ("Tibet" in English
  // prose is the Tibetan plateau, Sichuan and Qinghai as much as the Autonomous Region: no province.)
  const en = /\b(?:native of|hails? from|(?:is|was|are|were|originally|comes?|came)\s+from|(?:man|woman|monk|nun|resident|villager|farmer|herder|nomad|student|teacher|worker|businessman|businesswoman)\s+from|hometown:?)\s+((?:[A-Z][a-z]+\s?){1,3})(?:Province)?/.exec(text);
  return en && !/^(?:Tibet|East Turkestan)$/.test(en[1].trim()) ? en[1].trim() : undefined;
}

function courtIn(text: string): string | undefined {
  const at = text.indexOf('人民法院');
  if (at > 0) {
    // Back from 人民法院 to the word before the court's name (被, 由, 经, 罪, a comma ...).
    const head = text.slice(Math.max(0, at - 16), at);
    const cut = Math.max(...[...'被由经于在罪日，,、。；以\n'].map((c) => head.lastIndexOf(c)));
    return head.slice(cut + 1).trim() + '人民法院';
  }
  const en = /((?:[A-Z][\w-]*\s+){1,6}People['’]s Court)/.exec(text);
  return en?.[1];
}

function termEndsIn(text: string): PartialDate | undefined {
  // The last one told: a ruling gives the term's end before its decision ("现刑期至2028年12月20日止") and after it
  // ("刑期自2011年2月21日起至2028年4月20日止").
  const zh = [...text.matchAll(/刑期(?:自[^。；]*?起)?至([^。；，,止]+)止?/g)].pop() ?? /(?:将于|预计于?|拟于|应于)([^。；，,]{4,16}?)(?:刑满|释放|出狱)/.exec(text);
  if (zh) return findDates(zh[1])[0]?.date;
  const en = /(?:term|sentence)\s+(?:ends|expires|will end|will expire|is due to end|runs until|ends on)\s+(?:on\s+|in\s+)?([^.;]{4,30})|(?:due|expected|scheduled) (?:to be released|for release) (?:on|in)\s+([^.;]{4,30})|will be released (?:on|in)\s+([^.;]{4,30})/i.exec(text);
  if (en) return findDates(en[1] ?? en[2] ?? en[3])[0]?.date ?? findDates(`in ${(en[1] ?? en[2] ?? en[3]).trim()}`)[0]?.date;
  return undefined;
}

const PRESENT: [Status, RegExp][] = [
  // ("who has been missing since 1997": disappeared. Not "whereabouts unknown" after a detention, which is held where no one says.)
  // (…or still unheard of: 至今音信全无; missing for years, 失踪二十多年, 失踪至今; among the cases of the missing, 失踪案例;
  // "has disappeared", "disappeared since".)
  ['not_found', /(?:remains?|remained|are still|is still|has been|have been)\s+missing|\bmissing\s+since\b|\b(?:has|have)\s+(?:been\s+)?disappeared\b|\bdisappeared\s+since\b|(?:目前|现|仍|至今|依然|仍然)(?:下落不明|失联|失踪|音信全无|音讯全无|杳无音信)|失踪(?:了)?(?:[一二三四五六七八九十两\d]+|多)多?年(?![后後变變才就])|失踪[，,]?至今|失踪(?:的)?案例|被消失|被失踪|(?:后|後)失踪|至今(?:没有|沒有|无|無)(?:任何)?(?:消息|音讯|音訊)|查无此人|无此人|没有此人|无[\u4e00-\u9fff·]{2,10}此人|查无|未查到此人|经查.*无此人|no (?:such|record of (?:this|the)) (?:person|individual|prisoner)|no such (?:person|individual|prisoner)|could not be (?:found|located|identified)|cannot be (?:found|located|identified)|not found|no information (?:was|could be) found|no (?:person|one) (?:of|by|with) (?:this|that) name/i],
  ['deceased', /已(?:经)?(?:死亡|病逝|去世)|has died|is deceased|died in/i],
  ['medical_parole', /(?:现|目前|正在|已)(?:在)?保外就医|is (?:currently |now )?on medical parole|remains on medical parole/i],
  ['paroled', /(?:现|目前|已)(?:被)?假释|is (?:currently |now )?on parole|was released on parole|has been paroled/i],
  ['released', /(?:现|目前)?已(?:经)?(?:于[^。，,；]{0,16})?(?:刑满)?(?:释放|获释|出狱)|has (?:been released|completed (?:his|her) (?:[\w-]+ ){0,3}(?:sentence|term))|is (?:now )?free|was released(?! on parole| on medical)/i],
  ['serving', /(?:现(?!年)|目前|正|仍)(?:在|于|押于|羁押于|关押于)?[^。；]{0,25}?(?:服刑|改造|关押|监禁)|(?:前不久|日前|近日|最近)[^。；]{0,20}?(?:进入|送入|投入|送往|押往|收监)[^。；]{0,20}?服刑|confirmed (?:as|to be) serving|在押|正在服刑|将于[^。；]{0,16}刑满|is (?:currently |now |still )?(?:serving|held|imprisoned|incarcerated)|remains in (?:prison|custody)|(?:is|was) due (?:for release|to be released|to complete)|will complete (?:his|her|the) [^.;]{0,60}sentence|(?:is|was) expected to be released/i],
  // (Not yet tried, not yet sentenced: held for trial. 尚未开庭的有…, 开庭…尚未宣判, "has yet to stand trial".)
  ['detained', /尚未(?:开庭|宣判|判决|审判|起诉)|(?:等待|等候)(?:开庭|审判|宣判)|\b(?:yet to (?:be tried|stand trial|be sentenced)|has not (?:yet )?been (?:tried|sentenced)|pending trial)\b|(?:现|目前|正)?(?:被)?(?:羁押|关押)(?:于|在)[^。；]{0,20}看守所|(?:现|目前)?(?:被)?指定居所监视居住|awaiting (?:(?:a|his|her|the)\s+)?(?:trial|verdict|sentencing|judgment)|is (?:being |currently )?detained|under residential surveillance/i],
];

/** Status words in a status cell of a table, where no present-tense marker is needed. */
const STATUS_WORDS: [Status, RegExp][] = [
  ['not_found', /查无|无此人|没有此人|无该人|未查到|查不到|无记录|no such (?:person|individual|prisoner)|not found|no record|no trace|unknown person|not (?:known|identified|located)|cannot be (?:found|located|identified)|could not be (?:found|located|identified)|no (?:person|one) (?:of|by|with) (?:this|that) name|no information/i],
  ['deceased', /死亡|病故|病逝|去世|\bdied\b|deceased|passed away/i],
  ['medical_parole', /保外就医|暂予监外执行|medical parole/i],
  ['paroled', /(?<!保外就医)假释|(?<!medical )\bparole/i],
  ['released', /释放|获释|出狱|\breleased\b|\bfreed\b/i],
  // (A call to release someone says they are held: "calls on China to release him", 呼吁释放.)
  ['detained', /羁押|拘留|看守所|候审|detained|awaiting trial|residential surveillance|\bindictment\b|\bcall(?:s|ed|ing)?\s+(?:on\s+[\w\s]{1,20}?\s+)?(?:for\s+(?:the\s+)?(?:immediate\s+|unconditional\s+)?release|to\s+(?:immediately\s+)?release)\b|\burg(?:e|es|ed|ing)\s+[\w\s]{1,20}?\s+to\s+(?:immediately\s+)?release\b|(?:呼吁|要求|促请|敦促)[^。；]{0,10}?释放/i],
  ['serving', /服刑|在押|\bserving\b|imprisoned|in prison/i],
];

const EVENT_STATUS: Partial<Record<EventType, Status>> = {
  released: 'released', paroled: 'paroled', medical_parole: 'medical_parole', died: 'deceased',
  sentenced: 'serving', sentence_reduced: 'serving', commuted: 'serving', detained: 'detained',
};

const DETENTION_WORDS = /拘留|逮捕|羁押|关押|监视居住|强制措施|失踪|被(?:指)?控涉嫌|\b(?:detained|detention|arrested|custody|disappeared|disappearance|held incommunicado|taken away)\b/i;

interface Said { status: Status; at: number; date?: PartialDate; strong: boolean }

/** The order a case moves in: detention, sentence, reduction, parole, release or death. */
const STAGE: Record<EventType, number> = { detained: 1, sentenced: 2, sentence_reduced: 3, commuted: 3, paroled: 4, medical_parole: 4, released: 5, died: 5 };
const STAGE_OF_STATUS: Partial<Record<Status, number>> = { detained: 1, serving: 2, paroled: 4, medical_parole: 4, released: 5, deceased: 5 };

const STRONG_NOW = /现|目前|正在|仍|至今|尚在|前不久|日前|近日|最近|currently|\bnow\b|\bstill\b|\bremains?\b|\bis (?:serving|held|being held|imprisoned|detained|on)\b|\bconfirmed (?:as|to be) serving\b/i;

/**
 * One spell of custody told in stages ("于2014年12月4日被刑事拘留，同年12月27日被逮捕"; "detained on 19 September,
 * formally arrested on 27 October") is one detention, dated by its first stage: a detention told right after
 * another (no sentence or release between) and dated on or after it, within the year, is the same spell.
 */
function firstOfCustody(events: ResponseEvent[], spells: WeakSet<ResponseEvent>): ResponseEvent[] {
  const out: ResponseEvent[] = [];
  for (const e of events) {
    const last = out[out.length - 1];
    // A detention for a term of days (行政拘留十日) is a spell of its own, served and over, not a stage of the next.
    if (spells.has(e) || (last && spells.has(last))) { out.push(e); continue; }
    // A later stage follows within the year; a detention told next but dated years before is another spell.
    if (e.type === 'detained' && last?.type === 'detained' && last.date && e.date && e.date.value >= last.date.value
      && Number(e.date.value.slice(0, 4)) - Number(last.date.value.slice(0, 4)) <= 1) continue;
    out.push(e);
  }
  return out;
}

/**
 * The status now: a table's status cell; else what is said to hold now ("现在…服刑", "is still held"); else
 * the latest dated news, whether an event ("released on 9 June 2005") or a statement with a date in its
 * sentence; else the statement or event written last. A ruling's own decision was applied before this.
 */
function statusOf(text: string, events: { ev: ResponseEvent; at: number }[], dates: FoundDate[], fields?: Record<string, string>): Status {
  const status = statusTold(text, events, dates, fields);
  if (fields?.status) return status;
  // A death told is the last news, wherever it is told ("对阿克毛被处决表示震惊" before "阿克毛…被判处死刑").
  if (events.some(({ ev }) => ev.type === 'died')) return 'deceased';
  if (status !== 'released') return status;
  // Freed on (medical) parole: a release told with the parole, undated or the same day, is the parole's
  // ("暂予监外执行。…从看守所释放"), unless the text says the term was served out.
  const release = events.find(({ ev }) => ev.type === 'released');
  const parole = events.filter(({ ev }) => (ev.type === 'medical_parole' || ev.type === 'paroled') && (!ev.date || !release?.ev.date || ev.date.value === release.ev.date.value)).pop();
  if (parole && !/刑满|期满|completed|served (?:his|her|the) (?:full )?(?:sentence|term)|end of (?:his|her) (?:sentence|term)/i.test(text)) return EVENT_STATUS[parole.ev.type]!;
  return status;
}

function statusTold(text: string, events: { ev: ResponseEvent; at: number }[], dates: FoundDate[], fields?: Record<string, string>): Status {
  if (fields?.status) {
    const s = lookupStatus(fields.status);
    if (s) return s;
    // The status word written last in the cell ("2019年减刑一年；保外就医").
    const last = lastWord(fields.status, STATUS_WORDS);
    if (last) return last;
  }
  const said: Said[] = [];
  const sents = sentences(text);
  for (const [status, re] of PRESENT) {
    for (const m of text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))) {
      // A release the text tells makes a release once scheduled background ("Yu was originally scheduled for release in
      // August 2013", "Xu was expected to complete her sentence in March"); political rights taken away are no prison
      // term ("is currently serving a supplemental sentence of five years deprivation of political rights").
      if (status === 'serving' && /^was\b/i.test(m[0]) && events.some(({ ev }) => ev.type === 'released' || ev.type === 'paroled')) continue;
      if (status === 'serving' && /deprivation of political rights|剥夺政治权利/i.test(text.slice(m.index!, m.index! + m[0].length + 70).split(/[.;。；]/)[0])) continue;
      const sent = sents.find((x) => m.index! >= x.start && m.index! < x.start + x.text.length);
      const inSentence = sent ? dates.filter((d) => d.start >= sent.start && d.end <= sent.start + sent.text.length) : [];
      // (The date told with the words, not one later in the sentence: "Huang, who was released from prison … on Aug. 1,
      // was detained again on Sept. 12" was released on August 1.)
      const end = m.index! + m[0].length;
      const near = inSentence.find((d) => d.start >= end && d.start - end <= 60) ?? inSentence.filter((d) => d.end <= m.index!).pop();
      said.push({ status, at: m.index!, date: (near ?? inSentence[inSentence.length - 1])?.date, strong: STRONG_NOW.test(m[0]) });
    }
  }
  const strong = said.filter((x) => x.strong).sort((a, b) => a.at - b.at).pop();
  // "现羁押于…看守所" in a ruling that also tells the judgment: held, but sentenced (an appeal may be pending).
  const sentencedSince = strong?.status === 'detained' && events.some(({ ev }) => STAGE[ev.type] >= 2);
  if (strong && !sentencedSince) return strong.status;
  const news: Said[] = [
    ...said,
    ...events.map(({ ev, at }) => ({ status: EVENT_STATUS[ev.type]!, at, date: ev.date, strong: false })).filter((x) => x.status),
  ];
  // (On the same date, the later stage is the later news: "今年8月…被判刑6年,在这之前,他们已被关押在…看守所" is serving.)
  // (A date that only names the year or month of another is the same time: "sentenced in 2018" and "detained on 28 January
  // 2018" are ordered by their stage.)
  const cmp = (x: string, y: string) => (x.startsWith(y) || y.startsWith(x) ? 0 : x < y ? -1 : 1);
  const dated = news.filter((x) => x.date).sort((a, b) => cmp(a.date!.value, b.date!.value) || (STAGE_OF_STATUS[a.status] ?? 0) - (STAGE_OF_STATUS[b.status] ?? 0) || a.at - b.at);
  const undatedSaid = said.sort((a, b) => a.at - b.at).pop();
  // An undated statement written after the latest dated news is later news ("…减刑一年；保外就医").
  const latest = dated.pop();
  // News without a date but of a later stage than the latest dated news came after it: a sentence after the
  // detention dates of a biography ("判处何桂榕有期徒刑一年六个月 … 于2018年11月14日被羁押").
  const later = latest && events.filter(({ ev }) => !ev.date && STAGE[ev.type] > (STAGE_OF_STATUS[latest.status] ?? 9))
    .sort((a, b) => STAGE[a.ev.type] - STAGE[b.ev.type] || a.at - b.at).pop();
  if (later) return EVENT_STATUS[later.ev.type]!;
  // An undated statement after it wins only if it tells a later stage ("…减刑一年；保外就医"), not background.
  const laterSaid = undatedSaid && !undatedSaid.date && latest && undatedSaid.at > latest.at
    && (STAGE_OF_STATUS[undatedSaid.status] ?? 0) >= (STAGE_OF_STATUS[latest.status] ?? 9);
  if (latest && !laterSaid) return latest.status;
  // "Two Tibetan monks missing since last year after being detained … have been sentenced": missing until news came.
  const surfaced = undatedSaid?.status === 'not_found' && events.filter(({ ev, at }) => at > undatedSaid.at && STAGE[ev.type] >= 2 && EVENT_STATUS[ev.type]).sort((a, b) => a.at - b.at).pop();
  if (surfaced) return EVENT_STATUS[surfaced.ev.type]!;
  if (undatedSaid) return undatedSaid.status;
  const lastEvent = news.sort((a, b) => a.at - b.at).pop();
  // Undated, a detention told after a sentencing is background ("黄琦被捕后才将其列为机密文件"), unless it is a new one.
  if (lastEvent?.status === 'detained' && !/again|re-?(?:arrested|detained)|再次|又被|重新|再度/i.test(text.slice(Math.max(0, lastEvent.at - 30), lastEvent.at + 20))) {
    const later = events.filter(({ ev }) => (STAGE[ev.type] === 2 || STAGE[ev.type] === 3) && EVENT_STATUS[ev.type]).sort((a, b) => STAGE[a.ev.type] - STAGE[b.ev.type] || a.at - b.at).pop();
    if (later) return EVENT_STATUS[later.ev.type]!;
  }
  // Undated, a release is later than the sentence and the reductions told after it ("were both released early after
  // receiving at least one sentence reduction").
  if (lastEvent?.status === 'serving' && events.some(({ ev }) => ev.type === 'released' && !ev.date)) return 'released';
  return lastEvent?.status ?? lastWord(text, STATUS_WORDS) ?? 'unknown';
}

function lastWord(text: string, words: [Status, RegExp][]): Status | undefined {
  let found: { status: Status; at: number } | undefined;
  for (const [status, re] of words) {
    const all = [...text.matchAll(new RegExp(re.source, re.flags + 'g'))];
    const at = all[all.length - 1]?.index;
    if (at !== undefined && (!found || at > found.at)) found = { status, at };
  }
  return found?.status;
}

const NEGATION_ZH = /(?:(?:未|没有|没|并未|尚未|从未|不予|不得|未能|未曾|拒绝)(?:被|获|获得|予以|予|得到|能|曾|再)?[\u4e00-\u9fff]{0,2}|不(?:被|能|会|得|予|准)?|不(?:同意|批准|允许)[\u4e00-\u9fff]{0,4})$/;
/** Silence about an event, not its denial: "had not commented on the release", "have not issued any statement on his release". */
const SILENT_ON = /\b(?:not|never)\s+(?:yet\s+)?(?:commented|issued\s+(?:any|a)\s+statement|made\s+(?:any|a)\s+statement|announced|explained|publici[sz]ed)\s+(?:on|about|upon)\s+(?:the|his|her|their)?\s*$/i;
const NEGATION_EN = /\b(?:not|never|no longer|neither|nor|denied|deny|denies|refused|without|ineligible for|instead of)\b(?:\s+\w+){0,3}\s*$/i;
const DENIAL = /不实|不属实|谣言|谣传|并非事实|纯属捏造|子虚乌有|造谣|\b(?:false|untrue|not true|unfounded|baseless|groundless|fabricated)\b|\b(?:denied|denies|denying)\b(?:\s+(?:on|in|last|this)?\s*\w+){0,3}?\s+(?:that|reports|claims)|\b(?:denies|denied) (?:it|they|he|she) (?:had )?(?:sentenced|detained|arrested|executed)\b|\brumou?rs? (?:that|of)\b|\breports that\b[^.]*\b(?:are|were|is) (?:false|untrue|wrong|incorrect)/i;
const HYPOTHETICAL_ZH = /(?:(?:害怕|担心|擔心|担忧|擔憂|恐怕|以免|以防|免得|避免|防止)[^，,。；;]{0,14}|(?:可能|如果|若|是否|能否|可以|应当|应予|应该|(?<![相反答供适响对])应)(?:被|予以|予|对其|获|获得|得到)?[\u4e00-\u9fff]{0,3}|(?:(?<![大上中少])将(?!其|他|她|该|罪犯|刑期|原判|官|军|領|领|士)|拟|预计|预期|预定|定于|计划|准备|有望|日后|将来|今后|未来)[^，,。；;]{0,14}|(?:申请|提请|建议|争取|等待|希望|要求|呼吁|敦促|促请|请求)[\u4e00-\u9fff]{0,8})$/;
const HYPOTHETICAL_EN = /\b(?:will|would|could|may|might|shall|should|if|whether|eligible|eligibility|apply|applied|applying|application|request(?:ed|s)?|petition(?:ed|s)?|propos(?:ed|al)|recommend(?:ed|ation)?|expected to|due to|due for|scheduled|set to|plans? to|hope[sd]?|fear(?:s|ed)?|feared|seek(?:s|ing)?|sought|asked for|call(?:ed|s)? for|urged?|demand(?:ed|s)?|(?<!known |said |reported |believed |understood |found )to be|awaiting|pending)\b(?:\s+[\w'’.“”"-]+){0,8}\s*$/i;
// (…or co-workers counted apart from the person: "两位同工在经过大约两年的超期羁押之后被释放".)
const OTHERS_ZH = /(?:(?:两|二|三|四|五|六|几|多|数|\d+)(?:位|名)(?:同工|同事|同伴|教友|工作人员|员工|助手)|父亲|母亲|爸爸|妈妈|父母|弟媳|嫂子|儿媳|女婿|侄子|侄女|外甥|岳父|岳母|公公|婆婆|妻子|丈夫|儿子|女儿|哥哥|弟弟|姐姐|妹妹|家属|家人|亲属|(?:其|的|辩护|代理|委托)律师|同案犯|同案人|同伙|其父|其母|其妻|其夫|其子|其女|之父|之母|之妻|之子|的父|的母|的妻|的儿|的女)[^，,。；;]*$/;
const OTHERS_EN = /\b(?:his|her|their|the)\s+(?:(?:late|youngest|eldest|oldest|elder|younger|second|third|other|only|two|three)\s+){0,2}(?:father|mother|wife|husband|son|daughter|brother|sister|lawyers?|attorneys?|relatives?|family members?|parents?|co-defendants?|colleagues?|friends?|associates?|cellmates?)\b[^,.;]*$|\b\p{Lu}[\p{L}-]*['’]s\s+(?:(?:late|youngest|eldest|oldest|elder|younger|second|third|other|only|two|three)\s+){0,2}(?:father|mother|wife|husband|sons?|daughters?|brothers?|sisters?|lawyers?|attorneys?)\b[^,.;]*$/iu;

/**
 * Why an event word in a sentence is no event of this person, or undefined when it is one: it is negated
 * ("未被假释", "has not been paroled"), denied ("…的说法不实", "reports that he was released are false"),
 * hypothetical or still to come ("拟", "will be released", "applied for parole"), or it is a relative's or a
 * lawyer's ("黄琪的父亲于2023年5月病故", "his father died").
 */
function whyNotAnEvent(sentence: string, hit: Hit, ownName?: string): string | undefined {
  // The clause the word stands in, up to the word itself.
  const head = sentence.slice(0, hit.start);
  const clauseStart = Math.max(...['，', ',', '；', ';', '。', '：', ':'].map((c) => head.lastIndexOf(c))) + 1;
  const clause = head.slice(clauseStart);
  const near = head.slice(Math.max(0, hit.start - 40));
  // (Not what was said about it: "had not commented on the release of …" tells the release.)
  if (NEGATION_ZH.test(clause.slice(-8)) || (NEGATION_EN.test(near) && !SILENT_ON.test(near))) return 'negated';
  const others = OTHERS_EN.exec(head.slice(Math.max(0, clauseStart - 1)));
  // …unless the relative is named right after the word: "Wang's wife Xu Zhongyun was sentenced" is Xu's news.
  const namedRelative = others && /^[\p{L}'’ -]*?\b(?:father|mother|wife|husband|sons?|daughters?|brothers?|sisters?|lawyers?|attorneys?|relatives?|members?|parents?|co-defendants?|colleagues?|friends?|associates?|cellmates?),?\s+\p{Lu}\p{Ll}/u.test(others[0]);
  // "曾为李旺阳家属维权的广州律师唐荆陵…宣判": the person is named after the word, so it describes them.
  // (A clause that opens with the word has its subject in the clause before: "爸爸突然晕倒,去世了".)
  const prevClauseStart = Math.max(...['，', ',', '；', ';', '。', '：', ':'].map((c) => head.lastIndexOf(c, clauseStart - 2))) + 1;
  // (Not a word that describes the name after it: "获释的沈亚明".)
  const kin = OTHERS_ZH.exec(clause) ?? (/^\s*(?:又|也|便|就|随即|随后|后来|已|已经)?\s*$/.test(clause) && clauseStart > 0 && !/^的/.test(sentence.slice(hit.end)) ? OTHERS_ZH.exec(head.slice(prevClauseStart, clauseStart - 1)) : null);
  // (…or the person and the relative are told of together: "郭洪伟及其母亲肖蕴苓…一案2月1日…宣判" is his news too.)
  // (…by the first part of a dotted name too: "他的小弟弟居马努尔于当年…被判刑25年" for 居马努尔.阿山.)
  const ownFirst = ownName && /[.·•]/.test(ownName) ? ownName.split(/[.·•]/)[0] : undefined;
  const kinDescribesOwn = kin && ownName && ownName.length >= 2 && (clause.slice(kin.index).includes(ownName) || Boolean(ownFirst && ownFirst.length >= 2 && clause.slice(kin.index).includes(ownFirst))
    || new RegExp(`${ownName}${HAN_TITLE_WORDS}?(?:及|和|与|與|同|连同|連同|以及)(?:其|他的|她的)?$`).test(clause.slice(0, kin.index)));
  // (…nor in English: "Zhang Mingxuan and his son were released" is his news as much as the son's.)
  const withOwnKin = others && /(?:\b\p{Lu}[\p{L}'’-]+|\b(?:he|she))\s+(?:and|together with|along with)\s+$/u.test(head.slice(Math.max(0, clauseStart - 1)).slice(0, others.index));
  // "哈力尤拉的长子阿黑哈提得知其父亲身亡": the child's parent is the person.
  const parentOfChild = hit.type === 'died' && ownName && ownName.length >= 2 && namePattern(ownName, `${escapeRegExp(ownName)}的(?:长子|次子|长女|儿子|女儿|子女|孩子|孙子|孙女)[^。；;]{0,24}?(?:其|他的|她的|他|她)?(?:父亲|母亲|爸爸|妈妈)$`).test(head.slice(-48).replace(/\s/g, ''));
  if (hit.type === 'died' && parentOfChild) return undefined;
  if ((kin && !kinDescribesOwn) || (others && !namedRelative && !withOwnKin)) return "someone else's (a relative, lawyer or co-defendant)";
  // "被刑事拘留的十位牧者同工中,已有八人获准取保候审": some of a group, not said which.
  // ("被捕者有5人于10月已获释，另有4人于11月10日获准保释": the arrested, some of them, not said which.)
  if (/(?:[中里者][，,]?\s*(?:已经?|目前|至今)?有|另有)(?:\d+|[一二两三四五六七八九十]+)(?:人|名|位)[^，,。；;]{0,12}$/.test(head.slice(-30)) && !(ownName && clause.includes(ownName))) return "someone else's (some of a group, not said which)";
  if (DENIAL.test(sentence)) return 'denied';
  // A slogan or a sign's words: "上面写着“维权无罪 释放黄琦”", "placards reading 'Free Liu Xiaobo'".
  if (/(?:标语|口号|横幅|写着|写有|高呼|呼喊|喊出|举牌)[^。]*[“「"『][^”」"』]*$/.test(head) || /\b(?:banners?|placards?|signs?|slogans?|chant(?:ed|ing)?)\b[^.]*["“‘][^"”’]*$/i.test(head)) return 'a slogan or a demand';
  const hypothetical = HYPOTHETICAL_EN.exec(head.slice(Math.max(0, hit.start - 64)));
  // "Three activists … who had demanded that officials disclose their assets were sentenced": a finite "was"/"were"
  // of the word's own tells it happened, whatever a clause before it asked for (but not "if he was released").
  const toldAsDone = hypothetical && /\b(?:was|were)\s+(?:(?:also|later|eventually|subsequently|then|finally|formally)\s+)?$/i.test(head)
    && !/^(?:if|whether|fears?|feared|may|might|could|would|will|should|shall|hope[sd]?)\b/i.test(hypothetical[0]);
  // ("希望袁克勤能早日洗清冤屈,得到释放": a hope across a comma is still a hope, unless the sentence turns: 但…已获释.)
  // (Only with the words of a wish, 能/早日/尽快: "因为王藏奔走呼吁,也被当局…判刑" is what befell her.)
  // (被告, "the defendant", is no 被: "希望法庭能判认罪的被告即时获得释放的刑期".)
  if (/(?:希望|盼望|期望|期盼|要求|呼吁|敦促|促请)(?:(?![但却然已遭]|被(?!告))[^。；;！？])*(?:能|可以|早日|尽快|立即|马上)(?:(?![但却然已遭]|被(?!告))[^。；;！？])*$/.test(head.slice(-40))) return 'hypothetical or still to come';
  // "被告可能尚须监禁少于一个月便可出狱": what then could happen, not what did.
  if (/(?:便可|即可|方可|才可|才能|便能|就能|就可以?)(?:以)?(?:获得?|被|予以)?$/.test(clause)) return 'hypothetical or still to come';
  // ("李大伟预定于2012年4月14日刑满获释": a date may stand between the word of the future and the event.)
  // (将 before the people it acts on is 把, not "will": "泰国警方…将姜、董二人拘捕", "将罪犯李明释放".)
  // (…unless a condition stands before it: "如果这事处理得当,将池建伟无罪释放".)
  const disposal = !/如果|假如|倘若|要是|若是|如能|若能/.test(head)
    && (/将(?:[^，,。；;]{1,8}?(?:二人|两人|三人|等人|[\d一二三四五六七八九十两]+名)|罪犯|被告人?)[^，,。；;]{0,6}$/.test(clause.slice(-16)) || Boolean(ownName && clause.slice(-16).includes(`将${ownName}`)));
  if ((HYPOTHETICAL_ZH.test(clause.slice(-12)) && !disposal) || /(?:预定|定于|预计|拟于|将于|押后|押後|延期|延至|推迟|推遲|改期|候判)[^，,。；;]{0,20}$/.test(clause) || (hypothetical && !toldAsDone)) return 'hypothetical or still to come';
  // "It was not immediately clear when, and if, a sixth reportedly detained pastor, Sijun He, had been freed".
  if (/\b(?:unclear|not (?:immediately |yet )?(?:clear|known)|uncertain|unknown)\b[^.;]*\b(?:if|whether|when)\b/i.test(head)) return 'hypothetical or still to come';
  // "为假释、驱逐出境，或保外就医铺路", "或许有人会认为…", "speculation that he may be paroled": a guess.
  if (/^[^。；;]{0,16}铺路|^[^.;]{0,24}\bpav(?:e|es|ing) the way\b/.test(sentence.slice(hit.end)) || /臆测|猜测|揣测|或许|也许|speculat|\bguess|\brumou?r/i.test(head)) return 'hypothetical or still to come';
  // "it feared Tiyip, a prominent geographer, faced execution after being convicted": a fear, not a fact.
  if (/\b(?:feared|fears|worried)\b(?!\s+for\b)[^.;]*$/i.test(head) && !/\b(?:feared|fears|worried)\b(?!\s+for\b)[^.;]*\b(?:but|however|then)\b/i.test(head)) return 'hypothetical or still to come';
  // "upheld the convictions and sentences of three men jailed …", 二审维持原判: an appeal refused, no new sentencing.
  // (Only in the clause that tells of the appeal: "一审判处有期徒刑11年,二审维持原判" is a sentencing, then an appeal.)
  const hitClause = sentence.slice(clauseStart, hit.end + (/[，,；;]/.exec(sentence.slice(hit.end))?.index ?? sentence.length));
  if (hit.type === 'sentenced' && /\bupheld\b|\brejected (?:the|their|his|her) appeals?\b|\bappeals? (?:was|were) (?:rejected|dismissed)\b|维持原判|驳回上诉/i.test(hitClause)) return 'an appeal refused: the sentence stands';
  // "Among the eight released, pastor Huang …", "all of the released were …": those released told of before, not a
  // release told here.
  if (hit.type === 'released' && /\b(?:among|of)\s+the\s+(?:\w+\s+)?$/i.test(sentence.slice(Math.max(0, hit.start - 30), hit.start)) && /^\s*(?:,|were\b|are\b)/.test(sentence.slice(hit.end))) return 'those told of before (among the released)';
  // "the information released by the court": something was made public, nobody was let out.
  if (hit.type === 'released' && /\b(?:information|statement|report|data|news|details|figures|video|footage|documents?|photos?|list|notice|verdict|judgment)\s+(?:(?:was|were|had been|has been|have been)\s+)?$/i.test(sentence.slice(Math.max(0, hit.start - 40), hit.start))) return 'not a release from custody';
  // "he released a video message": he let something out, nobody let him out.
  if (hit.type === 'released' && /^\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}(?:video|statement|message|report|letter|book|album|footage|photos?|recording|documentary|song|list|names?|details|information|data|figures|results|open letter)s?\b/i.test(sentence.slice(hit.end))) return 'not a release from custody';
  // "was believed to have been convicted", "it feared he had been executed": what others suppose, not what happened.
  if (/\b(?:believed|thought|feared|rumou?red|alleged|reported|said)\s+to\s+have\s+been\s+(?:[\w-]+\s+){0,2}$/i.test(head)) return 'hypothetical or still to come';
  // "He had defended … other human rights lawyers who had been arrested … in 2015": a relative clause about many others.
  // ("Chakdor is the brother of Choepa, one of three Tibetans who died in a self-immolation protest".)
  if (/\b(?:other|fellow|many|several|hundreds of|dozens of|more than \d+|(?:one|two|\d+)\s+of\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+))\s+(?:[\w-]+\s+){0,3}?(?:lawyers|activists|people|dissidents|defenders|monks|nuns|Uyghurs|Uighurs|Tibetans|Christians|practitioners|petitioners|journalists|students|protesters|prisoners|detainees)\s+(?:who|that)\s+(?:had\s+|have\s+|were\s+|was\s+)?(?:been\s+)?(?:\w+ly\s+)?$/i.test(head.slice(-120))) return "someone else's (others the words describe)";
  // "有关其获释的谈判", "争取释放的努力": talks or efforts for it, not the event.
  if (/^的(?:谈判|交涉|问题|事宜|努力|呼吁|要求|条件|可能|希望|请求|申请|运动|活动|游说)/.test(sentence.slice(hit.end))) return 'hypothetical or still to come';
  // "获释的许多藏人都要…缴纳罚金", "被捕的藏人约5,600人,释放的只是少部分": the word describes others, many or unnamed.
  if (/^的(?:许多|很多|大批|大量|不少|一些|多名|数名|其他|其余|只是|人|人士|藏人|维吾尔人|信徒|学员|村民)/.test(sentence.slice(hit.end))) return "someone else's (others the words describe)";
  // "a court sentenced her sons": the people the event happened to are someone else.
  if (/^\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:sons?|daughters?|wife|husband|brothers?|sisters?|father|mother|parents|children|relatives|nephews?|nieces?)\b/i.test(sentence.slice(hit.end))) return "someone else's (a relative, lawyer or co-defendant)";
  // "从假释之日起计算": a rule for when something would happen, not a decision that it did.
  if (/^之日/.test(sentence.slice(hit.end))) return 'hypothetical or still to come';
  // "提出减刑建议", "a parole application": a proposal, not the decision.
  if (/^(?:的)?(?:建议|意见|申请|材料|书|机会|资格|条件)|^\s*(?:application|request|proposal|petition|recommendation)s?\b/i.test(sentence.slice(hit.end))) return 'hypothetical or still to come';
  // "致尹某某……死亡", "殁年52岁", "killing …": a victim's death, which the person caused.
  if (hit.type === 'died' && (/(?:致|致使|导致|造成|将)[^，。；]{0,20}$/.test(head) || /被害人|殁年/.test(clause) || /\b(?:killing|killed|murder)/i.test(near))) return "someone else's (a victim)";
  // "2008年2月,闽清女孩严晓玲离奇死亡": a death told of someone the clause names by who they are, not this person.
  const namedOther = /(?:女孩|男孩|女子|男子|少女|少年|妇女|女生|男生|村民|老人|学生|死者|女童|男童)(?!监狱|看守所|劳教所|戒毒所)([\u4e00-\u9fff]{2,3}?)[^，。；]{0,6}$/.exec(clause);
  if (hit.type === 'died' && namedOther && (!ownName || !ownName.includes(namedOther[1]))) return "someone else's (another person named in the clause)";
  // "久买谈克的弟弟名叫黄尖,去年11月在…自焚身亡": the sentence goes on about the relative it opened with.
  const kinOfOwn = ownName && ownName.length >= 2 && head.includes(ownName) ? namePattern(ownName, `${escapeRegExp(ownName)}${HAN_TITLE_WORDS}?的(?:${KIN_ZH})`).exec(head) : null;
  if (kinOfOwn && !head.slice(kinOfOwn.index + kinOfOwn[0].length).includes(ownName!)) return "someone else's (a relative, lawyer or co-defendant)";
  // "为久买谈克自焚身亡的弟弟设置灵堂": the death of the relative the words describe.
  if (KIN_AFTER_WORD.test(sentence.slice(hit.end))) return "someone else's (a relative, lawyer or co-defendant)";
  // "今年1月,張青在美病逝,未能見到妻子最後一面的郭飛雄被…逮捕": a death whose clause opens with another's name.
  const opensWith = /^\s*([\u4e00-\u9fff]{2,3}?)(?:在[^，,。；;]{0,10}|于[^，,。；;]{0,10}|因病|已|突然|不幸)?$/.exec(clause);
  if (hit.type === 'died' && ownName && opensWith && surnameAt(opensWith[1]) > 0 && !ownName.includes(opensWith[1]) && !opensWith[1].includes(ownName)) return "someone else's (another person named in the clause)";
  return undefined;
}

/** The copy facts are read from: simplified, with laws' titles masked (see extractFacts). */
function readable(written: string): string {
  // Facts are read from a simplified copy (Taiwan and Hong Kong letters write 釋放, 監獄); the name is kept as written.
  // (巿, "fu", is a common typing slip for 市 in place names: 北京巿第一看守所.)
  // (週二 stays as written: 周二 is also a name, 週 only a week.)
  return maskTitles(normalizeProse(written).split(/(週(?=[一二三四五六日天]))/).map((p) => (p === '週' ? p : toSimplified(p))).join('')).replace(/巿/g, '市');
}

/** Year-less date words of a whole document with the one date each means there (none for words meaning two). */
let lastDocument: { context: string; ref?: string; dates: Map<string, PartialDate> } | undefined;
function documentDates(context: string, ref?: PartialDate): Map<string, PartialDate> {
  if (lastDocument && lastDocument.context === context && lastDocument.ref === ref?.value) return lastDocument.dates;
  const text = readable(context);
  const seen = new Map<string, PartialDate | null>();
  for (const d of findDates(text, { ref })) {
    const words = text.slice(d.start, d.end);
    if (/\d{4}/.test(words)) continue;
    const before = seen.get(words);
    seen.set(words, before === undefined || (before && before.value === d.date.value) ? d.date : null);
  }
  const dates = new Map([...seen].filter((e): e is [string, PartialDate] => e[1] !== null));
  lastDocument = { context, ref: ref?.value, dates };
  return dates;
}

/** Reads one entry. */
export function extractFacts(seg: Segment): EntryFacts {
  const text = readable(seg.text);
  const decisionAt = seg.decision ? toSimplified(normalizeProse(seg.text.slice(0, seg.decision.at))).length : undefined;
  const omitted: NonNullable<EntryFacts['omitted']> = [];
  const ownName = seg.name && /\p{Script=Han}/u.test(seg.name) ? toSimplified(seg.name.replace(/[（(].*$/, '').trim()) : undefined;
  /** Events of a ruling's own decision: the latest news, whatever the ruling recounts before it. */
  const decided: ResponseEvent[] = [];
  const placed: { ev: ResponseEvent; at: number }[] = [];
  /** Words that tell a stage without being an event to record (a sentencing with no date and no term). */
  const statusHints: { ev: ResponseEvent; at: number }[] = [];
  const allDates = findDates(text, { ref: seg.ref });
  // A date written without its year ("12月26日", "On March 3", 同年4月) that the excerpt puts after the document's own
  // date takes the year the whole document gives it, which the excerpt may have left out: "(纽约,2020年1月24日)" then
  // "12月26日,当局逮捕…丁家喜" is December 2019 where the document says "2019年12月" before it. (Only then: an excerpt's
  // own reading of a past date stands.)
  // (The document is read for its dates only when an excerpt has such a date: most have none.)
  if (seg.context && seg.ref) {
    for (const d of allDates) {
      const words = text.slice(d.start, d.end);
      const there = !/\d{4}/.test(words) && d.date.value.slice(0, 10) > seg.ref.value ? documentDates(seg.context, seg.ref).get(words) : undefined;
      if (there && there.value <= seg.ref.value) d.date = there;
    }
  }
  const birth = birthIn(text, allDates, seg.fields);
  // A birth date is never the date of an event.
  // …nor the date a report was made: "據《明慧網》9月24號報導", "reported on March 3", "according to a rights group Thursday".
  const dates = allDates.filter((d) => !(birth && d.date.value === birth.value && isBirthDate(text, d))
    && !/^\s*(?:的)?(?:报道|报导|消息|讯|电|发布|公布|发表|刊文|撰文)/.test(text.slice(d.end, d.end + 6))
    && !/\b(?:reported|said|told|wrote|stated)\b[^.;,]{0,40}?\b(?:on|in)\s+$|\baccording to\b[^.;,]{0,50}?\s(?:on\s+)?$|\b(?:reported|said|told\s+\w+|wrote|stated)\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, d.start - 56), d.start)));
  const events: ResponseEvent[] = [];
  /** Detentions for a term of days (行政拘留十日, "detained for 15 days"): spells of their own. */
  const spells = new WeakSet<ResponseEvent>();
  /** Sentences telling a relative's or a victim's fate (their term, charge and prison are not this person's), and words naming an event that did not happen. */
  const othersAt: { start: number; end: number }[] = [];
  for (const s of sentences(text)) {
    // "审理罪犯吴英减刑一案": the name of the case, not a decision in it.
    // ("his release from \"Residential Surveillance in a Designated Location\" on Sept. 30, 2024": the custody left is
    // no new detention, and bounds nothing: the date is the release's.)
    const local = eventHits(s.text).filter((h) => !/^(?:一案|案件|案)/.test(s.text.slice(h.end))
      && !(h.type === 'detained' && /\b(?:release[ds]?|freed)\s+from\s+(?:the\s+)?["“'‘]?$/i.test(s.text.slice(Math.max(0, h.start - 40), h.start)))
      // ("the Administrative Committee for Reeducation through Labor of Enshizhou City … sentenced the leaders": a body's name.)
      && !(h.type === 'detained' && /\b(?:Committee|Commission|Administration|Bureau|Office|Management)\s+(?:for|of)\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, h.start - 30), h.start))));
    const sentenceDates = dates.filter((d) => d.start >= s.start && d.end <= s.start + s.text.length).map((d) => ({ ...d, start: d.start - s.start, end: d.end - s.start }));
    local.forEach((hit, i) => {
      // "convicted of subversion and sentenced to seven years ... on 4 August 2016": one event, one date.
      // "七月二十四日，…并在差不多同一时间被捕的高瞻…以间谍罪判刑": an event word that describes the name after it ("被捕的")
      // is background; the date the sentence opens with is the main verb's, and bounds nothing.
      // ("被以…判处11年徒刑的…李大伟": the words after the verb up to 的 are its object, still background; so "被判有12年徒刑的".)
      // (Not a document's: "收到法院送达的非法判刑3年的判决书" tells the sentencing.)
      const attributive = (h: Hit) => isChinese(s.text) && /^(?:的|(?:有|处)?(?:有期徒刑)?[零〇一二两三四五六七八九十百\d]+(?:年|个月)(?:徒刑|有期徒刑)?的)(?!判决|裁定|刑事|通知|文书)/.test(s.text.slice(h.end));
      const prev = local.slice(0, i).reverse().find((h) => h.type !== hit.type && !attributive(h));
      const next = local.slice(i + 1).find((h) => h.type !== hit.type);
      const prevEnd = prev ? prev.end : 0;
      const nextStart = next ? next.start : s.text.length;
      // Negated, denied, hypothetical or future events, and other people's, are not this person's news.
      const refused = whyNotAnEvent(s.text, hit, ownName);
      if (refused) {
        omitted.push({ type: hit.type, why: refused, text: s.text.trim().slice(0, 160) });
        // Their whole sentence is a relative's; a refused word alone says nothing of the status either.
        // A denied sentence is denied whole ("denied that … was sentenced to death": no term either).
        // (In Chinese, from the clause that names the relative: "李建辉被判刑4年,其妻子戴英被判刑5年" keeps his term.)
        const from = isChinese(s.text) && refused.startsWith("someone else's") ? Math.max(0, ...['，', ',', '；', ';'].map((c) => s.text.lastIndexOf(c, hit.start) + 1)) : 0;
        // (…up to a clause that names the person again: "两位同工…之后被释放,但郝志娓牧师在…被一审判处8年" keeps his term.)
        const again = isChinese(s.text) && refused.startsWith("someone else's") && ownName && ownName.length >= 2 ? s.text.indexOf(ownName, hit.end) : -1;
        const to = again >= 0 ? Math.max(hit.end, ...['，', ',', '；', ';'].map((c) => s.text.lastIndexOf(c, again))) : s.text.length;
        othersAt.push(refused.startsWith("someone else's") || refused === 'denied' ? { start: s.start + from, end: s.start + to } : { start: s.start + hit.start, end: s.start + hit.end });
        return;
      }
      // "本院于2012年4月20日、2013年7月25日、2014年10月21日四次裁定对该犯减刑": one event a date.
      const listed = isChinese(s.text) ? enumeratedDatesBefore(hit, prevEnd, sentenceDates, s.text) : [];
      if (listed.length >= 2) {
        for (const d of listed) {
          const each: ResponseEvent = { type: hit.type, date: d.date };
          events.push(each);
          placed.push({ ev: each, at: s.start + d.start });
        }
        return;
      }
      const ev: ResponseEvent = { type: hit.type };
      if (hit.type === 'detained' && new RegExp(`^(?:[^，。；,;]{0,2}?${CNUM}(?:日|天)|[^.;,]{0,30}?\\bfor\\s+\\w+\\s+days\\b)`).test(s.text.slice(hit.end, hit.end + 40))) spells.add(ev);
      const laterStage = hit.type === 'detained' ? local.slice(i + 1).find((h) => h.type === 'detained') : undefined;
      // (…and that date is its own, not the main verb's: "开庭审理早在今年二月被逮捕的…李少民，判他间谍罪成".)
      const backgroundDates = local.filter((h) => h !== hit && attributive(h)).flatMap((h) => sentenceDates.filter((d) => d.end <= h.start && h.start - d.end <= 12 && !/[，,；;]/.test(s.text.slice(d.end, h.start))));
      const told = dateFor(hit, prevEnd, nextStart, attributive(hit) ? sentenceDates : sentenceDates.filter((d) => !backgroundDates.includes(d)), isChinese(s.text), s.text, laterStage);
      // (The background word keeps only a date right before it, in its own clause: "早在今年二月被逮捕的…".)
      const own = told && attributive(hit) ? sentenceDates.find((d) => d.end <= hit.start && d.date.value === told.value && !/[，,；;]/.test(s.text.slice(d.end, hit.start))) : undefined;
      const date = (attributive(hit) ? own && told : told)
        ?? (decisionAt !== undefined && s.start + hit.start >= decisionAt ? seg.decision?.date : undefined);
      if (date) ev.date = date;
      // A release dated after the document was written is still to come: "大约10月下旬出狱" in April.
      // (Not one told as done, "已于2027年7月刑满释放", "was released on": the words win over the document's date.)
      const clauseAt = Math.max(prevEnd, hit.start - 24, ...['，', ',', '；', ';'].map((c) => s.text.lastIndexOf(c, hit.start) + 1));
      const toldDone = /已|曾|\b(?:was|were|has been|have been|had been)\b/i.test(s.text.slice(clauseAt, hit.start));
      if ((hit.type === 'released' || hit.type === 'paroled') && date && seg.now && !toldDone && date.value.slice(0, seg.now.value.length) > seg.now.value && !date.value.startsWith(seg.now.value.slice(0, date.value.length))) {
        omitted.push({ type: hit.type, why: 'hypothetical or still to come', text: s.text.trim().slice(0, 160) });
        othersAt.push({ start: s.start + hit.start, end: s.start + hit.end });
        return;
      }
      const clause = s.text.slice(hit.start, nextStart);
      if (hit.type === 'sentence_reduced') {
        // (Only up to the next word of news, whatever its kind: "first sentence reduction in September 2002 and had an
        // additional year cut … in 2004" are two reductions.)
        const m = reductionMonths(s.text.slice(Math.max(prevEnd, hit.start - 2), Math.min(nextStart, local[i + 1]?.start ?? nextStart)));
        if (m) ev.months = m;
        // "判四名被告监禁24个月 … 将刑期减至15个月": the cut is the term before less the term now.
        const to = new RegExp(`^减至(${ZH_TERM})`).exec(s.text.slice(hit.start));
        const before = to && !m ? sentenceIn(text.slice(0, s.start + hit.start)) : undefined;
        const now = to ? parseSentence(to[1]) : undefined;
        if (before?.kind === 'fixed' && now?.kind === 'fixed' && before.months! > now.months!) ev.months = before.months! - now.months!;
      }
      if (hit.type === 'commuted') {
        const to = commutedTo(clause);
        if (to) { ev.to = to; if (to.months) ev.months = to.months; }
      }
      // A sentencing with no date and no sentence named is a mention, not an event ("被判刑的人").
      // (It still says the person was sentenced — "have already been sentenced to lengthy prison terms" — for the status.)
      if (hit.type === 'sentenced' && !ev.date && !sentenceIn(s.text.slice(Math.max(0, hit.start - 10), nextStart))) {
        // (…and so does a range of terms: "sentenced Memetimin Tursun and seven others to prison terms ranging between two to five years".)
        if (new RegExp(TERM_RANGE_EN.source, 'i').test(s.text) || /\b(?:has|have|had)\s+(?:already\s+)?(?:been\s+)?(?:sentenced|convicted|jailed)|\b(?:was|were)\s+(?:later\s+|also\s+)?(?:sentenced|convicted|found\s+guilty)|已(?:经)?被判(?!处)|被判刑(?!的)|被(?:当庭|一审|二审|法院)?判处(?!的)/i.test(s.text.slice(Math.max(0, hit.start - 30), hit.end + 2))) {
          statusHints.push({ ev, at: s.start + hit.start });
        }
        return;
      }
      events.push(ev);
      placed.push({ ev, at: s.start + hit.start });
      if (decisionAt !== undefined && s.start + hit.start >= decisionAt) decided.push(ev);
    });
  }
  // What is left once the relatives' and victims' sentences are blanked out (offsets kept) is this person's.
  const own = othersAt.reduce((t, r) => t.slice(0, r.start) + ' '.repeat(r.end - r.start) + t.slice(r.end), text);
  // The sentence as imposed: the latest sentencing by its date; among undated ones, the one written last (a ruling
  // recounts earlier ones first). A sentence served earlier and told afterwards ("2003年…被判有期徒刑二年") is older.
  const f = seg.fields && Object.fromEntries(Object.entries(seg.fields).map(([k, v]) => [k, k === 'name' ? v : toSimplified(normalizeText(v))]));
  let sentence = f?.sentence ? parseSentence(f.sentence) : undefined;
  // "宣布判处九名村民徒刑:魏永汉十年六个月;杨锦贞六年;…": a list of names each with a term.
  const listed = !sentence && ownName ? new RegExp(`(?:^|[：:；;，,。\\s])${escapeRegExp(ownName)}[\\s:：]*(${ZH_TERM})(?:有期徒刑|徒刑)?\\s*(?=[；;，,。]|$)`).exec(own) : null;
  if (!sentence) {
    const termAfterNameRe = ownName && ownName.length >= 2 ? new RegExp(`${escapeRegExp(ownName)}(?:则|也)?(?:被|遭)?(?:判刑|判处|判囚|判监|获刑|判)(${ZH_TERM})`) : undefined;
    const told = sentences(own).filter((s) => /判处|判刑|被判|判囚|判监|获刑|合并执行|决定执行|改判|刑期修改为|刑期改为|刑期变更为|刑期减至|判[一二三四五六七八九十两\d]+名被告|received|handed|gave|sentenced|jailed|imprisoned|prison term|given|total (?:prison |jail )?(?:term|sentence)/i.test(s.text))
      .map((s, i) => {
        const inIt = dates.filter((d) => d.start >= s.start && d.end <= s.start + s.text.length).map((d) => d.date.value);
        // "He had been previously arrested in 2011 and sentenced to 3 years": an earlier sentence, told after the latest.
        // ("…was previously arrested in late 1999 … On that occasion the … Court sentenced her to 1½ years".)
        const earlier = /^\s*(?:On|At)\s+that\s+(?:occasion|time)\b|\b(?:previously|earlier|formerly|once|before that)\b[^.;]{0,60}\bsentenced\b|\bhad\s+(?:already\s+)?(?:previously\s+)?been\s+(?:\w+\s+){0,6}sentenced\b|曾(?:经)?(?:被)?判|此前(?:曾)?(?:被)?判|之前(?:曾)?(?:被)?判/i.test(s.text);
        // (…or, with no date written in it, the date of its sentencing, or in Chinese of the dated sentencing in the sentence
        // just before: "二零二二年一月十四日,許那等十一名…遭…判刑。許那被枉判八年" is 2022's, later than "同年十一月,許那被判刑三年".)
        const eventDate = placed.filter((p) => p.ev.type === 'sentenced' && p.ev.date && p.at >= s.start && p.at < s.start + s.text.length).map((p) => p.ev.date!.value).sort().pop()
          ?? (isChinese(s.text) ? placed.filter((p) => p.ev.type === 'sentenced' && p.ev.date && p.at < s.start && s.start - p.at <= 200 && (own.slice(p.at, s.start).match(/[。！？\n]/g) ?? []).length === 1).pop()?.ev.date?.value : undefined);
        // ("…分别是尕藏当智、久买谈克和落桑,其中尕藏当智被判刑6年,久买谈克被判刑5年,落桑被判刑4年": the term after the person's own name.)
        const termAfterName = termAfterNameRe?.exec(s.text);
        // ("Three other defendants … received suspended sentences of four years": the others' terms, unless the person is
        // named among them, "Two other defendants in the case, Lo Kin-man and …, were given jail terms of seven years".)
        if (/^\s*(?:The\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+|the)\s+other\s+(?:[\w-]+\s+){0,2}?(?:defendants|people|members|men|women|activists|Christians|believers|monks|nuns)\b/i.test(s.text) && !(seg.name && s.text.includes(seg.name))) return { i, sentence: undefined, date: '', also: false, earlier };
        return { i, sentence: (termAfterName ? parseSentence(termAfterName[1]) : undefined) ?? sentenceIn(s.text), date: inIt.sort().pop() ?? eventDate ?? '', also: /\balso\s+(?:been\s+)?sentenced\b/i.test(s.text), earlier };
      })
      .filter((x) => x.sentence)
      .sort((a, b) => (a.earlier !== b.earlier && !(a.date && b.date) ? (a.earlier ? -1 : 1) : a.date && b.date ? (a.date < b.date ? -1 : a.date > b.date ? 1 : a.i - b.i) : a.i - b.i));
    const last = told.pop();
    // "He was also sentenced to 14 years … for inciting separatism": a second term alongside the first; the graver stands.
    const alongside = last?.also && !last.date ? told[told.length - 1] : undefined;
    sentence = (alongside && graver(alongside.sentence!, last!.sentence!)) ?? last?.sentence ?? (listed ? parseSentence(listed[1]) : undefined) ?? sentenceIn(own);
    // A commutation (死缓 -> 无期, life -> 18 years) is the sentence since.
    const commuted = events.filter((e) => e.type === 'commuted' && e.to).pop();
    if (commuted?.to) sentence = commuted.to;
  }
  const chargeSource = f?.charge ?? (sentences(own).filter((s) => /罪|charge|convicted|guilty|sentenced/i.test(s.text)).map((s) => s.text).reverse().join(' ') || own);
  const charge = chargeIn(chargeSource) ?? (f?.charge ? { zh: hasHan(f.charge) ? f.charge : undefined, en: hasHan(f.charge) ? undefined : f.charge } : undefined);
  const prison = f?.prison ? placeInCell(f.prison) : placeIn(own);
  const ruled = decided.length ? EVENT_STATUS[decided[decided.length - 1].type] : undefined;
  let status = ruled ?? statusOf(own, [...placed, ...statusHints], dates, f);
  // Nothing says what holds now, but a sentence was imposed (serving it), or a detention is told (detained).
  if (status === 'unknown' && !f?.status) status = sentence || events.some((e) => e.type === 'sentenced') ? 'serving' : DETENTION_WORDS.test(own) ? 'detained' : 'unknown';
  const facts: EntryFacts = { name: seg.name ?? nameOf(seg), status, events };
  if (omitted.length) facts.omitted = omitted;
  const gender = genderIn(text, f, facts.name);
  if (gender) facts.gender = gender;
  if (birth) facts.birth = birth;
  const age = !birth && seg.ref ? ageIn(text, facts.name) : undefined;
  if (age !== undefined) facts.age = { years: age, in: Number(seg.ref!.value.slice(0, 4)) };
  const eth = ethnicityIn(text, f);
  if (eth) facts.ethnicity = eth;
  const place = nativePlaceIn(text, f);
  if (place) facts.nativePlace = place;
  if (charge) facts.charge = charge;
  if (sentence) facts.sentence = sentence;
  const court = courtIn(own);
  if (court) facts.court = court;
  if (prison && (prison.zh || prison.en)) facts.prison = prison;
  const ends = termEndsIn(own);
  if (ends) facts.termEnds = ends;
  // One event said twice ("completed his sentence and was released on 25 June 2020"): keep the dated one.
  facts.events = events.filter((e, i) => e.date || !events.some((o, j) => j !== i && o.type === e.type && (o.date || j < i)))
    .filter((e, i, all) => all.findIndex((o) => o.type === e.type && o.date?.value === e.date?.value && o.months === e.months) === i)
    // "减去有期徒刑八个月…（本次减刑后刑期至…）": the same reduction twice, once with its months; keep that one.
    .filter((e, _i, all) => e.months || !e.date || !all.some((o) => o !== e && o.type === e.type && o.months && o.date?.value === e.date!.value));
  // "taken into custody in 2008" and "detained … on July 8, 2008": one detention, told the second time more precisely.
  facts.events = facts.events.filter((e) => !(e.date && facts.events.some((o) => o !== e && o.type === e.type && o.date && o.date.value.length > e.date!.value.length && o.date.value.startsWith(e.date!.value))));
  facts.events = firstOfCustody(facts.events, spells);
  return facts;
}
