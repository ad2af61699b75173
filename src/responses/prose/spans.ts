/**
 * Gives each person the sentences and clauses that speak of them. A sentence that names one person is
 * theirs; a sentence that names several is cut at each name ("sentencing Liu to three years ... Xu to two
 * years"), a name with nothing said of it sharing what follows ("Liu and Xu were sentenced"); a sentence that
 * names no one belongs to the person before when a pronoun points back (he, she, 其, 该犯), and in Chinese
 * to the person of the same paragraph (or, in a court ruling, of the whole ruling: its subject is omitted).
 */
import type { DocumentBlock, Mention, PersonInText, PersonSpan, TextRange } from '../../model/index.js';
import { splitSentences, type Piece } from './text.js';
import { namesSomeoneElse } from './mentions.js';
import { findDates } from '../find-dates.js';
import { parseChineseNumber } from '../../vocabulary/numbers.js';

export const FACT_WORDS = /软禁|绑架|刑拘|抓捕|拘捕|带走|被判|失联|被消失|离世|辞世|瘐死|猝死|暴毙|离开人世|离开人间|致死|过世|逝世|抓获|被捕|被抓|house arrest|residential surveillance|\bRSDL\b|获刑|处决|executed|判处|判刑|判决|判囚|判监|宣判|裁定|服刑|释放|获释|出狱|假释|保外就医|监外执行|减刑|减去|减为|拘留|逮捕|羁押|关押|收押|监视居住|强制措施|劳动教养|劳教|起诉|审理|审判|开庭|死亡|去世|病故|病逝|失踪|下落|查无|监狱|看守所|刑期|有期徒刑|无期徒刑|徒刑|处以|死刑|罪|labou?r camp|re-?education|rehabilitation through labou?r|\b(?:sentenc\w*|serving|served|releas\w*|freed|parol\w*|detain\w*|detention|arrest\w*|custody|prisons?|jail\w*|imprison\w*|died|death|reduc\w*|commut\w*|convict\w*|trial|tried|charged|indicted|prosecut\w*|missing|disappear\w*|whereabouts|not found|no such person|held|camps?|whereabouts)\b/i;

/**
 * The Chinese words of FACT_WORDS as Hong Kong and Taiwan texts write them (釋放, 處決, 判處), written out here rather
 * than converted at start-up (building the converter costs a command over 100 ms); a unit test keeps the two in step.
 */
export const FACT_WORDS_TRADITIONAL = /軟禁|綁架|暴斃|帶走|失聯|離世|辭世|離開人世|離開人間|過世|抓獲|獲刑|處決|判處|判決|判監|釋放|獲釋|出獄|假釋|保外就醫|監外執行|減刑|減去|減爲|減為|羈押|關押|監視居住|強制措施|勞動教養|勞教|起訴|審理|審判|開庭|失蹤|查無|監獄|無期徒刑|處以/;
export function saysFact(text: string): boolean {
  return FACT_WORDS.test(text) || FACT_WORDS_TRADITIONAL.test(text);
}

const PLURAL_ZH = /(?:这|该|此|上述)?(?:两|二|三|四|五|几)(?:人|名|位)|他们|她们|(?:上述|以上)(?:所有|全部)?[^，,。；;]{0,6}?(?:人士|人员|被告人|罪犯|藏人|村民|信徒)/;
const PLURAL_EN = /\b(?:they|them|their|both|the two|the pair|all (?:three|four|five|six|of them)|these (?:two |three |four |five )?(?:men|women|people|prisoners|detainees|individuals|activists|lawyers|monks|nuns|persons))\b/i;
/** Words after which a name is an object ("tried together with Tong", "the same day as Liao Shihua"). */
const OBJECT_BEFORE = /\b(?:with|as|of|for|by|from|against|alongside|like|than|about|besides|among|between|unlike|whom|whose|to)\s+(?:(?:the|his|her|their|fellow|labou?r|rights|human|Hunan|activist|organizer|organiser|dissident|lawyer|professor|pastor|monk|colleague|co-defendant|friend|wife|husband)\s+){0,4}$/i;
/** "a lawyer for Mr. Li" ("together with Mr. Hu-lo" lists one more of the people told of). */
const OBJECT_BEFORE_TITLED = /\b(?:for|of|by|to|against|from|about|representing|represented|defending|defended)\s+(?:Mr|Mrs|Ms|Dr)\.?\s+$/;
/** A name that only says whose relative the subject is: "Alim, the youngest son of … Rebiya Kadeer, was sentenced". */
const KIN_OF_BEFORE = /\b(?:sons?|daughters?|wife|husband|mother|father|parents?|brothers?|sisters?|nephews?|nieces?|grand(?:son|daughter)s?|children|relatives?|lawyers?|attorneys?)\s+of\s+[^,.;()（）]{0,80}$/i;
const POSSESSIVE_AFTER = /^(?:['’‘]s\b|(?:案)?(?:的)?(?:一审|二审)?(?:辩护人|辩护律师|辯護人|辯護律師|代理律师|代理人)|的(?:父亲|母亲|妻子|丈夫|儿子|女儿|哥哥|弟弟|姐姐|妹妹|家人|家属|亲属|律师|同事|朋友))/;
/** Verbs whose object a name is (因支持刘晓波, 声援X, 探望X): the name is not who the sentence is about. */
const ZH_OBJECT_BEFORE = /(?:支持|声援|聲援|支援|营救|營救|探望|看望|悼念|纪念|紀念|转发|轉發|采访|採訪|会见|會見|帮助|幫助|联署|聯署|替|为|為)$/;
/** A sentence that goes on with the one before: "Of these, 2-1/2 years will run consecutively, resulting in a total term of nine years". */
// (Not a part of a group: "Of those, four were subsequently released".)
const CONTINUES_EN = /^\s*["“]?(?:Of these|Of them|Of those|Of this|In total|In all|Altogether|Combined)\b(?!,?\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|several|most|many|none)\s+(?:(?:were|was|are|is|have|had|remain(?:ed)?|of)\b|(?:\w+\s+){0,2}(?:subsequently|later|still)\b))/i;
/** A sentence that begins with the people told of, by what they are: "The Christians were among …". */
const GROUP_NOUNS = '(?:Christians|believers|monks|nuns|activists|lawyers|defendants|petitioners|protesters|protestors|villagers|Tibetans|Uyghurs|Uighurs|detainees|prisoners|pastors|practitioners|veterans|leaders|singers|musicians|artists|herders|students|writers|journalists|bloggers)';
const THE_NOUN = new RegExp(`^\\s*(?:[^,]{0,30},\\s*)?[Tt]he\\s+(?:[\\w-]+\\s+)?${GROUP_NOUNS}(?:\\s+(?:were|had|have|are|all)\\b|,\\s+who\\b)|\\b(?:sentenced|detained|arrested|released|freed|jailed|convicted|tried|charged)\\s+(?:all\\s+)?the\\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+)\\s+)?(?:[\\w-]+\\s+)?${GROUP_NOUNS}\\b`);
/** A sentence that begins with a description of the person last named ("The female Falun Gong practitioner was …"). */
const DESCRIBED_EN = /^\s*(?:The|This|That)\s+(?:[\w-]+\s+){0,5}?(?:practitioner|activist|dissident|lawyer|attorney|man|woman|prisoner|detainee|monk|nun|pastor|publisher|bookseller|writer|scholar|professor|defender|blogger|journalist|teacher|student|businessman|businesswoman|veteran|father|mother|worker|farmer|petitioner|Uyghur|Tibetan|economist|poet|artist)\b/;
/** The rest of a group named before: "the other two", "the two others", "the remaining three". */
const OTHER_N = /\b(?:the\s+other|the\s+remaining)\s+(two|three|four|five|six)\b|\bthe\s+(two|three|four|five|six)\s+others\b/i;
/** A group told of before its members are named: "three staff members", "两名维权人士", "several activists". */
const GROUP_AHEAD = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|several|\d+)(?![\s-]+(?:years?|months?|days?|weeks?|hours?|times)\b)\s+\[?(?:[\w“”"'‘’-]+\s+){0,4}["“]?(?:members?|people|persons|individuals|activists|lawyers|monks|nuns|staff|employees|defenders|dissidents|prisoners|detainees|students|men|women|journalists|bloggers|writers|publishers|booksellers|editors|Uyghurs|Uighurs|Tibetans|Christians|practitioners|pastors|believers|petitioners|villagers|workers|leaders|protesters|protestors|democrats|veterans|defendants|Witnesses|Witnesse|colleagues|friends|associates|co-workers|teachers|scholars|intellectuals|academics|imams|farmers|herders|relatives|siblings|brothers|sisters|sons|daughters|nephews|cousins)\b|(\d+|[两二三四五六七八九十几])(?:名|位)|\b(?:the|these|those|all)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b(?!\s+(?:years?|months?|days?|weeks?|times)\b)|^\s*(Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+)\s+of\s+(?:them|these|those)\b/i;
const EN_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20 };
/** How many a word counts: "three", "16", 九, 十二; undefined for "several", 几. */
const countOf = (word: string): number | undefined => EN_COUNTS[word.toLowerCase()] ?? parseChineseNumber(word);
/** How many a GROUP_AHEAD match counts ("three staff members", "3名", "the two"), if it says. */
const groupSize = (m: RegExpExecArray): number | undefined => countOf(m[1] ?? m[2] ?? m[3] ?? m[4]);
/** Words of other people's fate: a sentence with these names no one the text is about. */
const OTHER_PEOPLE = /其他|另外|另一|其余|其餘|多名|数名|一些|others?\b|another\b|several\b|many\b|some\b|people\b|activists\b|members\b|relatives?\b|family\b|lawyers?\b|律师|家属|亲属|家人|妻子|丈夫|儿子|女儿|父亲|母亲/i;

/** One person not yet named: "a writer", "a Tibetan monk", "a Canadian national", "a former education official", 一名维权律师. */
const PERSON_NOUNS = '(?:man|woman|writer|dissident|activist|lawyer|monk|nun|pastor|priest|imam|scholar|academic|professor|journalist|blogger|teacher|student|businessman|businesswoman|publisher|bookseller|poet|artist|filmmaker|editor|petitioner|farmer|national|citizen|practitioner|defender|geographer|economist|leader|official|officer|cadre|entrepreneur|tycoon|researcher|doctor|engineer)';
// (…or one told by who they are: "A 28 year old Tibetan has been given a 17 year prison sentence".)
const ONE_PERSON_EN = new RegExp(`\\b(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}?(?:${PERSON_NOUNS}\\b|(?:Tibetan|Uyghur|Uighur|Mongolian|Kazakh|Hongkonger)\\b(?!\\s+(?:monaster|nunner|region|area|count|village|town|language|culture|Buddhis|protest|communit|exile|government|plateau|autonomous|prefecture|flag|independence|issue|cause|areas|New)))`, 'i');
/** Two such people told of together: "a former education official and a former legal official". */
const TWO_PEOPLE_EN = new RegExp(`\\b(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}?${PERSON_NOUNS}\\b[^.;]{0,40}?\\band\\s+(?:a|an|another)\\s+(?:[\\w-]+\\s+){0,3}?${PERSON_NOUNS}\\b`, 'i');
const ONE_PERSON_ZH = /一(?:名|位|个)[^，,。；;]{0,12}?(?:人士|律师|男子|女子|记者|學者|学者|牧师|僧人|喇嘛|教师|学生|作家|博主|商人|公民|维权者|活动人士)/;

/** The defendants or detainees of a case together: 众被告, 45名罪成被告, "Ten of the 12 Hongkongers", "the defendants". */
const COLLECTIVE = /(?:众|眾|全体|全體|所有|\d+名|[一二三四五六七八九十两兩]+名)(?:罪成)?被告|(?<!原审|原審|对|對|向|的)被告(?=被|均|都|全部)|(?:\d+|[二三四五六七八九十两兩])人(?:均|都|皆|全部)|被告人?[们們]|\b(?:(?:\w+|\d+) of the (?:\d+|\w+)|the (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|all|the)\s+(?:[\w-]+\s+){0,2}(?:defendants|accused|suspects|Hongkongers|protesters|protestors)\b/i;
/** A verdict announced: 宣判, 作出判决, "handed down its verdict". */
const VERDICT = /宣判|作出(?:一审|二审)?判决|\bhanded down (?:its |the )?(?:verdicts?|sentences?)\b|\bannounced (?:its |the )?(?:verdicts?|sentences?)\b|\bcourt\b[^.;]{0,40}?\b(?:arrived at|reached|delivered|issued|handed down|announced)\s+(?:its|the|a)\s+(?:decision|verdict|ruling|judgment)\b/i;
/** Names set after a group they belong to: "with two of his business partners—Dilyar Obul and Muhemmet Sidik—". */
const GROUP_APPOSITION = /\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:of\s+(?:his|her|their)\s+)?(?:[\w-]+\s+){0,3}?(?:partners|colleagues|associates|others|activists|friends|members|co-defendants|lawyers|monks|nuns|relatives|students|employees|staff|men|women|people)\s*(?:—|–|--|:|,)[^—–.;:!?()]{0,40}$/i;
const SENTENCING = /判|刑期|囚|徒刑|死刑|死缓|^[^，。；;]{0,10}?[零〇一二两兩三四五六七八九十百\d]+年(?:半|[零〇一二两兩三四五六七八九十\d]+[个個]?月)?\s*[；;。]?\s*$|sentenc|jail|prison term|years? in (?:jail|prison)|\b(?:received|got)\s+(?:\w+\s+){1,3}(?:years?|months?)\b/i;
const DETENTION = /捕|拘留|羁押|羈押|绑架|綁架|detain|arrest|custody|abduct/i;
const REDUCTION = /减刑|減刑|减去|減去|\b(?:sentence|term)s?\s+(?:were\s+|was\s+)?(?:reduc|cut|shorten)|\breduc\w*|\bcommut\w*/i;
const RELEASE = /释放|釋放|获释|獲釋|出狱|出獄|(?:监狱|監獄|惩教所|懲教所|看守所)[^。；]{0,20}?(?:离开|離開)|\breleased?\b|\bfreed\b|\b(?:left|walked out of|walked free from)\s+prison\b|\b(?:walked|were|was|set)\s+free\b/i;
/** The kinds of news a sentence tells (a sentencing, a detention, a release): a group's news reaches those named with news of one of its kinds. */
const kindsOf = (sentence: string): Set<string> => new Set([...(SENTENCING.test(sentence) ? ['sentenced'] : []), ...(DETENTION.test(sentence) ? ['detained'] : []), ...(RELEASE.test(sentence) ? ['released'] : []), ...(REDUCTION.test(sentence) ? ['reduced'] : [])]);

/** The words that tell news of each kind. */
const KIND_WORDS = ([['sentenced', SENTENCING], ['detained', DETENTION], ['released', RELEASE], ['reduced', REDUCTION]] as const)
  .map(([kind, re]): [string, RegExp] => [kind, new RegExp(re.source, 'gi')]);
/**
 * Whether news of one of these kinds is told without a date of its own in this sentence (so a group's date may be
 * its date): the words of that kind, up to the words of another kind, hold no date ("was granted a reduction … and
 * was released on July 2" tells the reduction undated; "detained Kayo Doga and Sonam Lhamo on June 1 and 2" dates it).
 */
function undatedNewsOf(sentence: string, kinds: Set<string>): boolean {
  const words: { kind: string; start: number; end: number }[] = [];
  for (const [kind, re] of KIND_WORDS) {
    for (const m of sentence.matchAll(re)) words.push({ kind, start: m.index!, end: m.index! + m[0].length });
  }
  words.sort((a, b) => a.start - b.start);
  return words.some((w, i) => {
    if (!kinds.has(w.kind)) return false;
    const prev = words.slice(0, i).reverse().find((o) => o.kind !== w.kind);
    const next = words.slice(i + 1).find((o) => o.kind !== w.kind);
    return !DATED.test(sentence.slice(prev ? prev.end : 0, next ? next.start : sentence.length));
  });
}

/** "the same day", 同日: the day of the sentence before. */
const SAME_DAY = /\b(?:on\s+)?(?:the\s+same|that\s+same|that)\s+day\b|\bof\s+(?:the\s+same|that)\s+month\b|\b(?:that|the)\s+same\s+year\b|同日|当日|當日|同一天|同月|当庭|當庭/i;
/** Dates that span a time: "between March and August, 2006", "from 2010 to 2014", 2010年2月至2014年4月 (not terms: "ranging from two years and six months to six years"). */
const DATE_RANGE = /\bbetween\s+[^.;]{0,40}?\band\b(?!\s+\S+\s+(?:years?|months?)\b)|\bfrom\s+(?!(?:[\w-]+\s+){0,4}?(?:years?|months?)\b)[^.;]{0,30}?\b(?:to|until|through)\b|[年月日]\s*(?:至|到)|(?:至|到)今/i;
/** A sentence without the dateline that opens a report ("SAN FRANCISCO (August 31, 2010) –", "新华网乌鲁木齐12月8日电"). */
const undateline = (sentence: string): string => sentence.replace(/^\s*(?:[A-Z][A-Z .,'’-]+\s*)?\([^)]{4,40}\)\s*[-–—]\s*|^[^，。,]{0,20}?\d{1,2}月\d{1,2}日电\s*(?:[(（][^)）]{0,20}[)）])?/, '');

/** A page's header or source line ("中央政府门户网站 www.gov.cn 2009年12月29日 来源:外交部网站"). */
const SOURCE_LINE = /www\.|https?:|[来來]源\s*[:：]|\bSource\s*:/i;

/** A sentence that says when (a heading's "获释后又被捕" does not). */
const DATED = /\d{4}|[0-9一二三四五六七八九十]+月|[昨今]天|[昨今]日|本周|上周|本月|上月|周[一二三四五六日]|星期|\b(?:(?:this|last)\s+(?:week|month|year)|the\s+(?:past|last)\s+(?:two|three|four|five|six|seven|\d)\s+days|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2}\b/;

/** A sentence that applies the one before to the people it names. */
const THE_CASE_OF = /^\s*(?:This|That|Such)\s+(?:was|is)\s+(?:also\s+)?the\s+case\s+(?:of|for|with)\b|^\s*(?:This|That)\s+(?:was|is)\s+(?:also\s+)?true\s+(?:of|for)\b/i;
const PRONOUN_EN = /\b(he|him|his|she|her|hers|himself|herself)\b/i;
const PRONOUN_ZH = /(?<!其)他(?!们|們|人|国|國|方|的亲|的親)|(?<!其)她(?!们|們)|该犯|該犯|该罪犯|該罪犯|该人|該人|其(?!他|中|余|餘|后|後|次|实|實|间|間|它)|本人/;

/** "Xi Jinping ordered his ...": a name before the pronoun that is nobody we track is its antecedent. */
/** An opening that describes the pronoun after it: "A staff member at Wenshan Community College in Taipei, he was …". */
const DESCRIBES_PRONOUN = /^\s*(?:An?|As\s+an?|Once\s+an?|Formerly\s+an?|A\s+former|The\s+former|Born\s+in)\b[^.;:,]*(?:,[^.;:,]*)?,\s*$/;
function otherAntecedent(sentence: string): boolean {
  const before = sentence.slice(0, PRONOUN_EN.exec(sentence)!.index);
  return !DESCRIBES_PRONOUN.test(before) && namesSomeoneElse(before);
}

interface Located extends Mention { person: PersonInText }

/** Offsets inside brackets (an aside such as "(no relation to Xu Wanping)") in a sentence. */
/** A bracket never closed before the next one opens ("Mr. Dhongye (顿格 [东格], Mr. Rinchen Namdol (仁钦 …, Mr. …"): a typo, no aside. */
function unclosed(text: string, at: number): boolean {
  const rest = text.slice(at + 1);
  const close = rest.search(/[)）]/);
  const open = rest.search(/[(（]/);
  return close < 0 || (open >= 0 && open < close);
}
function bracketDepthAt(text: string, from: number, at: number): number {
  let depth = 0;
  for (let i = from; i < at; i++) {
    if ((text[i] === '(' || text[i] === '（') && !unclosed(text, i)) depth++;
    else if ((text[i] === ')' || text[i] === '）') && depth > 0) depth--;
  }
  return depth;
}

export interface SpanOptions {
  /** A court ruling: its sentences that name no one are about the person it concerns. */
  ruling?: boolean;
}

export function spanPeople(blocks: readonly DocumentBlock[], people: readonly PersonInText[], { ruling = false }: SpanOptions = {}): PersonSpan[] {
  const spans = new Map<PersonInText, PersonSpan>(people.map((p) => [p, { person: p, clauses: [] }]));
  // The one person a text tells of ("案件昨天公开宣判。" in a report on one trial is theirs).
  const subjects = people.filter((p) => p.role === 'subject');
  const sole = subjects.length === 1 ? subjects[0] : undefined;
  const byBlock = new Map<number, Located[]>();
  for (const p of people) for (const m of p.mentions) {
    const list = byBlock.get(m.block) ?? [];
    list.push({ ...m, person: p });
    byBlock.set(m.block, list);
  }
  const give = (p: PersonInText, r: TextRange, why: string) => {
    const s = spans.get(p)!;
    // A stretch already theirs (given once as the sole subject's, again as a group's) is not given twice.
    if (s.clauses.some((c) => c.block === r.block && c.start <= r.start && c.end >= r.end)) return;
    const last = s.clauses[s.clauses.length - 1];
    if (last && last.block === r.block && last.end === r.start) last.end = r.end;
    else s.clauses.push({ ...r, why });
  };
  let focus: PersonInText | undefined;
  let focusBlock = -1;
  /** The people of the last sentence that named several: "两人", "they", "both" point back to them. */
  let group: PersonInText[] = [];
  /** Every group named together so far, latest last: "四人被控…" may point back past the last one to the four named at the start. */
  const groups: PersonInText[][] = [];
  /** The group a paragraph's last sentence was about ("四人被控…"), while no one is named. */
  let groupTold: { people: PersonInText[]; block: number } | undefined;
  /** A sentence about several people not yet named ("three staff members … were detained"), for the list after it. */
  let unnamedGroup: (TextRange & { size?: number }) | undefined;
  let lastSentence: TextRange | undefined;
  /** Whether the sentence before this one, and this one, name anyone. */
  let previousNamed = false;
  let lastNamed = false;
  /** "判处钟世峰等9名被告人…": the first of a counted group of defendants, the words about them, for when the others are named. */
  /** A dated sentencing naming no one ("法官陳仲衡昨天判刑"), for the terms named after it up to the end of the sentence. */
  let verdictRun: TextRange | undefined;
  let pendingDefendants: { anchor: PersonInText; size: number; ranges: TextRange[]; members?: Set<PersonInText>; listing?: TextRange }[] = [];
  /** Subjects told of as sentenced with no date, for a dated verdict told after them ("The court arrived at its decision on Aug. 21"). */
  let sentencedUndated: { person: PersonInText; block: number }[] = [];
  const undatedGroups: (TextRange & { size: number })[] = [];
  const datedGroups: (TextRange & { kinds: Set<string>; reach?: number; size?: number; members?: Set<PersonInText>; collective?: boolean; linked?: TextRange[]; closed?: boolean })[] = [];
  let someone: TextRange | undefined;
  /** Dated counted groups told in the first paragraphs: a report's lead ("Six people were sentenced in April 2024"). */
  const leadGroups: (TextRange & { size?: number; members?: Set<PersonInText> })[] = [];
  blocks.forEach((block, bi) => {
    const text = block.text;
    // A photo caption ("2015年7月,伤残的郭洪伟(左)生活无法自理…(家属提供)") tells when a picture was taken, not news.
    if (CAPTION.test(text) && text.length <= 300) return;
    const mentions = (byBlock.get(bi) ?? []).sort((a, b) => a.start - b.start);
    for (const sent of splitSentences(text)) {
      const previous = lastSentence;
      lastSentence = { block: bi, start: sent.start, end: sent.end };
      previousNamed = lastNamed;
      lastNamed = mentions.some((m) => m.start >= sent.start && m.end <= sent.end);
      // A name in brackets is an aside ("(no relation to Xu Wanping)") unless the brackets hold just the name: the
      // characters of a name written before them ("Chen Yuan (程渊)").
      // …or brackets that list names ("China (Qi Dafeng, Zu Guoqiang and Mao Wenke, decision 44/1993)").
      const listedInBrackets = (m: Located) => {
        const open = Math.max(text.lastIndexOf('(', m.start), text.lastIndexOf('（', m.start));
        if (open < sent.start) return false;
        let before = text.slice(open + 1, m.start);
        for (const o of mentions) if (o.start > open && o.end <= m.start) before = before.replace(text.slice(o.start, o.end), '');
        if (/^(?:[\s,，、;；]|\band\b|和|及)*$/.test(before)) return true;
        // (…a list however written: "(Shen chengyi, Wang Weiliang, Feng Guangliang, …)".)
        const close = text.slice(open).search(/[)）]/);
        const items = text.slice(open + 1, close < 0 ? sent.end : open + close).split(/\s*(?:[,，、;；]|\band\b)\s*/).filter(Boolean);
        return items.length >= 3 && items.every((i) => /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}$/u.test(i.trim()));
      };
      const inside = mentions.filter((m) => m.start >= sent.start && m.end <= sent.end && (bracketDepthAt(text, sent.start, m.start) === 0 || listedInBrackets(m)));
      // Named as members of a group the sentence tells of ("was arrested … with two of his business partners—Dilyar Obul
      // and Muhemmet Sidik—on Aug. 20"): the whole sentence is theirs too, and they start no clause of their own.
      const apposed = (m: Located) => {
        let before = text.slice(Math.max(sent.start, m.start - 160), m.start);
        for (const o of inside) if (o.end <= m.start && o.start >= m.start - 160) before = before.replace(text.slice(o.start, o.end), '');
        // (Not where each has their own: "Two others, Do Gekyap and Yang Monje, … sentenced to four and three years, respectively".)
        return inside[0] !== m && GROUP_APPOSITION.test(before) && !/\brespectively\b|分[别別]/i.test(text.slice(sent.start, sent.end));
      };
      const sentence = text.slice(sent.start, sent.end);
      const range = { block: bi, start: sent.start, end: sent.end };
      // "Sidik … was sentenced to two years …" then "The court arrived at its decision on Aug. 21 …": a dated verdict after
      // the terms dates each of them (those named within the last few paragraphs, and not those it names itself).
      if (VERDICT.test(sentence) && DATED.test(undateline(sentence)) && !DATE_RANGE.test(sentence)) {
        for (const u of sentencedUndated) {
          if (bi - u.block <= 4 && !inside.some((m) => m.person === u.person)) give(u.person, range, `a dated verdict after the sentencing told of ${u.person.name}`);
        }
        sentencedUndated = [];
      }
      if (!inside.length) {
        // "45名罪成被告今日…判刑", "Ten of the 12 Hongkongers … were sentenced … on Wednesday": a dated sentence about
        // the defendants together, for each of them named afterwards with news of the same kind.
        // (The last few only: a long document's every named sentence looks at them.)
        if (datedGroups.length > 8) datedGroups.shift();
        if (COLLECTIVE.test(sentence) && DATED.test(sentence) && saysFact(sentence)) {
          const g = { ...range, kinds: kindsOf(sentence), collective: true };
          // The same defendants told of in the sentence just before ("45名罪成被告今日判刑。從2021年1月6日被告被抓捕…"): one
          // group, and whoever is named with news of either kind is one of it.
          const before = datedGroups[datedGroups.length - 1];
          if (before?.collective && previous && before.block === previous.block && before.start === previous.start) {
            for (const k of before.kinds) g.kinds.add(k);
            before.kinds = g.kinds;
          }
          datedGroups.push(g);
        }
        // "…法院于12月8日依法对…暴恐袭击案宣判。" then the defendants and their terms: a dated verdict naming no one is the
        // sentencing of those the next paragraph names (and only the next: further on it may be another case's).
        else if (VERDICT.test(sentence) && /\d/.test(sentence) && DATED.test(sentence)) datedGroups.push({ ...range, kinds: new Set(['sentenced']), reach: 1 });
        // "Four more of the “47 democrats” … were released on Friday. … They were sentenced last November.": "they" goes on
        // about the group counted just before, named after; its date is theirs too.
        else if (/^\s*(?:They|The group|All of them)\b/.test(sentence) && DATED.test(sentence) && saysFact(sentence) && !DATE_RANGE.test(sentence)) {
          const counted = [...datedGroups].reverse().find((g) => g.size !== undefined && g.members!.size === 0 && bi - g.block <= 1);
          if (counted) (counted.linked ??= []).push(range);
        }
        // "two men convicted of subversion received sentence reductions in September 2009", then each man by name: the
        // group's date is that of the first as many as it counts, named after with news of that kind and no date of its own.
        // (Not a range, "between March and August", nor a dateline's date: "SAN FRANCISCO (August 31, 2010) – … have been released".)
        else if (DATED.test(undateline(sentence)) && saysFact(sentence) && !DATE_RANGE.test(sentence)) {
          const counted = GROUP_AHEAD.exec(sentence);
          const size = counted ? groupSize(counted) : undefined;
          if (size && size >= 2 && size <= 30) {
            // (…not what some of them had: "… to six herders …, although four have been released and two remain behind bars".)
            const subset = SUBSET_TOLD_FIRST.exec(sentence);
            const g = { ...range, ...(subset ? { end: sent.start + subset.index } : {}), kinds: kindsOf(sentence.replace(SUBSET_TOLD, '')), size, members: new Set<PersonInText>() };
            datedGroups.push(g);
            if (bi <= 2) leadGroups.push(g);
          }
        }
        // "… have released six Tibetan nuns from prison …" with no date: a counted group, for those named later as its
        // members ("Among the six, Sonam Lhamo, …", "The other three freed were …").
        else if (!DATED.test(undateline(sentence)) && saysFact(sentence)) {
          const counted = GROUP_AHEAD.exec(sentence);
          const size = counted ? groupSize(counted) : undefined;
          if (size && size >= 2 && size <= 30) undatedGroups.push({ ...range, end: sent.start + (SUBSET_TOLD_FIRST.exec(sentence)?.index ?? sentence.length), size });
        }
        // "A Chinese court has jailed a writer for nine years …" then "Chen Wei had called for …": a lead about someone
        // not yet named, for the person the next sentence names first.
        // (A sentence or two of background may stand between: "The sentence is likely to further strain relations.")
        // (A group the person acted on is no group told of: "sentenced an Uyghur educator … for inviting two Uyghur scholars".)
        const groupAhead = GROUP_AHEAD.exec(sentence);
        const onlyActedOn = groupAhead && /\b(?:for|after|by)\s+[\w-]+ing\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, groupAhead.index - 30), groupAhead.index));
        if ((ONE_PERSON_EN.test(sentence) || ONE_PERSON_ZH.test(sentence)) && saysFact(sentence) && (!groupAhead || onlyActedOn)) someone = range;
        const zh = /\p{Script=Han}/u.test(sentence);
        const plural = (zh ? PLURAL_ZH : PLURAL_EN).exec(sentence);
        const ahead = GROUP_AHEAD.exec(sentence);
        // A bare "they" points back to people named before, never ahead to those named next.
        const pointsBack = plural && /^(?:they|them|their|他们|她们)$/i.test(plural[0]);
        // ("has sentenced a former education official and a former legal official to death": two, not yet named.)
        const two = !zh && TWO_PEOPLE_EN.test(sentence);
        // (A counted group stays told of across words that tell no news — a judge's remarks, a photo caption — until the
        // people are named: "Eight Hongkongers have been sentenced …" then "The judge said …" then "Ho Tik-heng, …".)
        unnamedGroup = saysFact(sentence) && (ahead || (plural && !pointsBack) || two)
          ? { ...range, size: ahead ? groupSize(ahead) : two ? 2 : undefined }
          : !zh && !saysFact(sentence) && unnamedGroup?.size && bi - unnamedGroup.block <= 4 ? unnamedGroup : undefined;
        // "The Christians were among over 50 Christians who were detained on April 14 last year": the people of the
        // last few paragraphs together, not only the last sentence's.
        const theGroup = !zh && THE_NOUN.exec(sentence);
        // (Not one told of as uncertain: "It was not immediately clear when, and if, … Sijun He, had been freed".)
        const uncertain = (p: PersonInText) => p.mentions.some((m) => {
          const t = blocks[m.block].text;
          const from = Math.max(t.lastIndexOf('.', m.start), t.lastIndexOf('。', m.start)) + 1;
          return /\b(?:unclear|not (?:immediately )?clear|whether|uncertain|unknown)\b|,\s*and if,/i.test(t.slice(from, m.end + 80).split(/[.。]/)[0]);
        });
        const recent = theGroup ? people.filter((p) => p.role === 'subject' && p.mentions.some((m) => m.block <= bi && m.block >= bi - 5 && (m.block < bi || m.start < sent.start)) && !uncertain(p)) : [];
        // "5名被告分别为刘晋旭、符凯晴…" then "2019年11月11日，…警方…拘捕5名被告": as many as were named together before,
        // counted again, are they (in English only with "the", "these", "all": "the five", "all five defendants").
        const count = !zh ? undefined : /(\d+|[两兩二三四五六七八九十]+)(?:名|位|人)/.exec(sentence);
        const backSize = zh ? (count ? countOf(count[1]) : undefined) : ahead && /^(?:the|these|those|all)\b/i.test(ahead[0]) ? groupSize(ahead) : undefined;
        const countedBack = group.length >= 2 && backSize === group.length && saysFact(sentence) ? (zh ? count![0] : ahead![0]) : undefined;
        if (theGroup && recent.length >= 2) {
          for (const p of recent) give(p, range, `"${theGroup[0].trim()}" refers to ${recent.map((g) => g.name).join(', ')}, named before`);
        } else if (plural && group.length >= 2 && !(!zh && /^\s*[“"]?(?:Those|The ones|People|Others)\s+(?:who|that|freed|released|held|still|detained|arrested|sentenced)\b/i.test(sentence))) {
          // ("Those who were freed said that they had not been tortured": "they" are those the sentence opens with.)
          // (A count says which group: "四人被控…" after "杜林丞亨与容颂禧分别就议案发言" is the four named before them.)
          const counted = /([两兩二三四五六七八九十]|\d+)(?:人|名|位)|\b(?:the|all|these|those)\s+(two|three|four|five|six|seven|eight|nine|ten)\b/i.exec(plural[0]);
          const size = counted ? countOf(counted[1] ?? counted[2]) : undefined;
          // (…and a count no group named has is other people: "拘捕四名藏人，目前下落不明" after two were named.)
          const them = size && size !== group.length ? [...groups].reverse().find((g) => g.length === size) ?? [] : group;
          for (const p of them) give(p, range, `"${plural[0]}" refers to ${them.map((g) => g.name).join(', ')}, named together before`);
          groupTold = them.length ? { people: them, block: bi } : undefined;
        } else if (zh && groupTold?.block === bi && saysFact(sentence) && !OTHER_PEOPLE.test(sentence)) {
          // "四人在区域法院承认交替控罪,…判四名被告监禁24个月。被告对刑期提出上诉。…将刑期减至15个月。": the paragraph goes on
          // about the group it told of.
          for (const p of groupTold.people) give(p, range, `names no one: goes on about ${groupTold.people.map((g) => g.name).join(', ')}, told of together before`);
        } else if (countedBack) {
          for (const p of group) give(p, range, `"${countedBack}": as many as were named together before (${group.map((g) => g.name).join(', ')})`);
        } else if (focus && zh && (ruling || focusBlock === bi || PRONOUN_ZH.test(sentence) || FIELD_LINE.test(sentence)) && !(!ruling && COUNTED_PEOPLE_ZH.test(sentence))) {
          give(focus, range, ruling ? `names no one: the ruling concerns ${focus.name}` : `names no one: continues about ${focus.name}`);
        } else if (focus && zh && !ruling && heBeforeOthers(sentence)) {
          // "…审判中他被判处6年徒刑…,当时还有另外三名藏人也遭判刑": "he" first, then others counted: the words before them are his.
          give(focus, { block: bi, start: sent.start, end: sent.start + COUNTED_PEOPLE_ZH.exec(sentence)!.index }, `"${PRONOUN_ZH.exec(sentence)![0]}" refers to ${focus.name}, named before (up to the others counted after)`);
        } else if (focus && !zh && PRONOUN_EN.test(sentence) && !otherAntecedent(sentence) && !ONE_OF_OTHERS.test(sentence)) {
          give(focus, range, `"${PRONOUN_EN.exec(sentence)![1]}" refers to ${focus.name}, named before`);
        } else if (focus && !zh && CONTINUES_EN.test(sentence)) {
          give(focus, range, `"${CONTINUES_EN.exec(sentence)![0].trim()}" goes on about ${focus.name}'s news before`);
        } else if (focus && !zh && DESCRIBED_EN.test(sentence)) {
          give(focus, range, `"${DESCRIBED_EN.exec(sentence)![0].trim()}" describes ${focus.name}, named before`);
        } else if (sole && (focus ?? sole) === sole && !ahead && !plural && saysFact(sentence) && DATED.test(sentence) && !OTHER_PEOPLE.test(sentence) && !SOURCE_LINE.test(sentence)) {
          // (Before the name too: a report's lead tells of "a Canadian national sentenced to life" named after.)
          give(sole, range, `names no one, and the text tells of no one but ${sole.name}`);
        }
        continue;
      }
      // A name after "with", "as", "against" … is part of another person's clause, not the start of its own.
      // …and a name that owns what follows ("Wang's wife Xu Zhongyun was sentenced", 黄琪的父亲) starts no clause either.
      const kinOf = (m: Located) => KIN_OF_BEFORE.test(text.slice(Math.max(sent.start, m.start - 100), m.start));
      // (…or modifies the next: "另一位与涂焱同期被捕的基督徒苏敏,…判刑一年六个月,现已获释" tells of 苏敏.)
      const modifies = (m: Located) => {
        const next = inside.find((o) => o.start >= m.end && o.person !== m.person);
        return Boolean(next) && /^[^，。；,;“”「」]{0,14}的[\p{Script=Han}]{0,8}$/u.test(text.slice(m.end, next!.start)) && /[与和同跟及]$/.test(text.slice(Math.max(0, m.start - 1), m.start));
      };
      const owner = (m: Located) => POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 12)) || kinOf(m) || modifies(m);
      // Named only as someone's relative, followed by what happened to that someone: nothing here is theirs.
      // ("the father of Mississauga man Paul Li was sentenced to eight years …" then "Li Xiaobo, 60, was arrested …": the
      // father, not yet named, is the person the next sentence names.)
      if (inside.every((m) => kinOf(m) && /^[^.;。；]{0,40}?(?:,\s*(?:who\s+)?|\s+)(?:was|were|had|has|is)\b/i.test(text.slice(m.end, sent.end)))) {
        // (Only the words after the name: "the father of … Paul Li" says whose father, not that the news is another's.)
        if (saysFact(sentence)) someone = { block: bi, start: inside[inside.length - 1].end, end: sent.end };
        continue;
      }
      // ("the daughter of Liu Ping, 49, who received a sentence …": a relative clause after the name is theirs.)
      const toldAfter = (m: Located) => /^\s*,\s*(?:\d{1,3},\s*)?who\b/.test(text.slice(m.end, m.end + 12));
      const objectBefore = (m: Located) => {
        const before = text.slice(Math.max(sent.start, m.start - 24), m.start);
        // ("handed down sentences of three years to Yu and one year and nine months to Xu": the term is Xu's.)
        if (TERM_BEFORE_NAME.test(text.slice(Math.max(sent.start, m.start - 60), m.start))) return false;
        return OBJECT_BEFORE.test(before) || OBJECT_BEFORE_TITLED.test(before) || owner(m);
      };
      // "Of the five monks who followed Basang, two were sentenced to 20 years …": news of others, counted in a lead that
      // names the person only as whom they followed.
      const othersLead = /^\s*Of\s+the\s+(?:\w+\s+){1,3}(?:who|that|whom)\b[^,;]*,/.exec(sentence);
      if (othersLead && inside.every((m) => m.end <= sent.start + othersLead[0].length)) continue;
      const isApposed = new Set(inside.filter(apposed));
      // "她曾因支持刘晓波被…送劳动教养": a name after a verb, with "she" before it, is the object; the sentence is hers.
      if (/\p{Script=Han}/u.test(sentence) && focus && !inside.some((m) => m.person === focus) && PRONOUN_ZH.test(text.slice(sent.start, inside[0].start))
        && inside.every((m) => ZH_OBJECT_BEFORE.test(text.slice(Math.max(sent.start, m.start - 4), m.start)))) {
        give(focus, range, `names ${inside[0].person.name} only as the object of what ${focus.name} did ("${PRONOUN_ZH.exec(text.slice(sent.start, inside[0].start))![0]}")`);
        continue;
      }
      const leadingAll = inside.filter((m, i) => !isApposed.has(m) && (i === 0 || toldAfter(m) || !objectBefore(m)));
      const leading = leadingAll.length > 1 && owner(leadingAll[0]) && leadingAll.slice(1).some((m) => m.person !== leadingAll[0].person) ? leadingAll.filter((m) => m.person !== leadingAll[0].person) : leadingAll;
      const order = [...new Set(leading.map((m) => m.person))];
      const named = order.filter((p) => p.role !== 'official');
      // "除林卓轩及梁文洛被判入教导所外，其余被告各入狱3年半", "Apart from A and B, the others were jailed for …": those
      // named are the exceptions, and the words after them are the rest's, the people named together before.
      const except = exceptionsIn(sentence);
      const exceptEnd = except ? sent.start + except.end : 0;
      const rest = except && leading.every((m) => m.end <= exceptEnd)
        ? group.filter((p) => p.role === 'subject' && !inside.some((m) => m.person === p)) : [];
      if (someone && bi - someone.block <= 2 && named[0]?.role === 'subject' && leading[0].person === named[0]) {
        give(named[0], someone, `the sentence before tells of someone not yet named: ${named[0].name}, named first here`);
      }
      someone = undefined;
      // "The other two were later released, but Ngakchung was held back": the words before the name are the others'.
      const others = OTHER_N.exec(sentence);
      if (others && leading.length) {
        const rest = group.filter((p) => !inside.some((m) => m.person === p));
        const n = countOf(others[1] ?? others[2]);
        if (rest.length === n && sent.start + others.index < leading[0].start) {
          for (const p of rest) give(p, { block: bi, start: sent.start, end: leading[0].start }, `"${others[0]}": ${rest.map((r) => r.name).join(', ')}, named together before`);
        }
      }
      // "被告人钟世峰、于有峰、王绪章…进入法庭" after "判处钟世峰等9名被告人有期徒刑二年至六年": the others named with the first
      // of the group are its members; what was said of the group (and the dated verdict given with it) is theirs.
      // "…共9人,…,法官陳仲衡昨天判刑,「三子」被判監16個月,…;邵家臻及黃浩銘則各被判囚8個月,…": a dated sentencing that names no
      // one, in a sentence naming several people each with a term, is the day of every term named after it (past semicolons too).
      if (/\p{Script=Han}/u.test(sentence)) {
        const verdict = /[^，,；;。：:]*?(?:昨天|今天|今日|昨日|今(?=[早午晚（(])|\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)[^，,；;。]{0,12}?(?:判刑|宣判)(?![书書的])/u.exec(sentence);
        const at = verdict ? sent.start + verdict.index : -1;
        if (verdict && !inside.some((m) => m.start >= at && m.end <= at + verdict[0].length && m.person.role === 'subject')) verdictRun = { block: bi, start: at, end: at + verdict[0].length };
        else if (verdictRun && (verdictRun.block !== bi || /[。！？]/.test(text.slice(verdictRun.end, sent.start)))) verdictRun = undefined;
        if (verdictRun) {
          for (const p of named) {
            if (p.role === 'subject' && inside.some((m) => m.person === p && (m.start > verdictRun!.end || m.block !== verdictRun!.block)) && SENTENCING.test(text.slice(Math.max(sent.start, verdictRun.end), sent.end))) give(p, verdictRun, `"${text.slice(verdictRun.start, verdictRun.end).trim()}": the sentencing day of everyone with a term named after it`);
          }
        }
      }
      // (…and the list may run on past a semicolon in the same paragraph: "…李立鑫、鄭豔美被非法判刑五年;鄧靜靜、張任飛…四年;".)
      for (const g of pendingDefendants) {
        const goesOn = g.listing?.block === bi && /^\s*$/.test(text.slice(g.listing.end, sent.start)) && /[；;]\s*$/.test(text.slice(g.listing.start, g.listing.end))
          && named.length >= 1 && named.every((p) => !g.members!.has(p)) && g.members!.size + named.length <= g.size;
        if (!goesOn && (!named.includes(g.anchor) || named.length < 2 || named.length > g.size)) continue;
        for (const p of named) if (p !== g.anchor && p.role === 'subject') for (const r of g.ranges) give(p, r, `one of the ${g.size} defendants told of with ${g.anchor.name} ("${g.anchor.name}等${g.size}名被告人")`);
        g.members = new Set([...(g.members ?? []), ...named]);
        g.listing = { block: bi, start: sent.start, end: sent.end };
      }
      pendingDefendants = pendingDefendants.filter((g) => !g.listing || (g.listing.block === bi && g.listing.end === sent.end && g.members!.size < g.size));
      for (const m of inside) {
        // (…or "包括张治儒、吴贵军等至少5人被捕": the others of the five, named after with the first, were arrested too;
        // "許那等十一名法輪功學員遭…判刑" then "許那被枉判八年,另外十位學員分別為:李宗澤、…".)
        const counted = /^\s*等(?:共|至少|最少|逾)?(\d+|[一二三四五六七八九十两兩]+)(?:名(?:被告人|被告|罪犯|嫌疑人|犯罪嫌疑人)|(?:名|位)?人(?=被|遭|均|都|已)|(?:名|位)[^，,。；;、]{0,6}?(?:学员|學員|信徒|基督徒|教徒|人士|藏人|村民|僧人|尼姑|律师|律師|同工|牧师|牧師|访民|訪民|民众|民眾|工人|学生|學生)(?=被|遭|均|都|已))/.exec(text.slice(m.end, m.end + 14));
        if (!counted || m.person.role !== 'subject') continue;
        const size = countOf(counted[1]);
        if (!size || size < 2) continue;
        const given = datedGroups.filter((g) => g.reach !== undefined && bi - g.block <= g.reach && kindsOf(sentence).has('sentenced') && g.kinds.has('sentenced'));
        // (Only the words up to the next sentence of the paragraph: "…其中2人被宣告缓刑。江苏省…判处白俊国等9名被告人…" is another case.)
        pendingDefendants = [...pendingDefendants.filter((g) => g.anchor !== m.person).slice(-3), { anchor: m.person, size, ranges: [...given.map((g) => ({ block: g.block, start: g.start, end: g.end })), range] }];
      }
      // "On Feb. 20, 2019, the CCP detained Pastor Li. Police also arrested … Wu Raoyun, Ban Yun and Ma Yanfang, the same
      // day.", "Asung was arrested later, on the 18th of the same month": the date the sentence before gives, for "the same
      // day" or "month" to be read by.
      if (previous && SAME_DAY.test(sentence)) {
        const before = blocks[previous.block].text.slice(previous.start, previous.end);
        // (Any reference day finds where the date is written: "10月30日" has no year of its own.)
        const day = findDates(before, { ref: { value: '2000-06-15', precision: 'day' } }).filter((d) => d.date.precision === 'day' || d.date.precision === 'month').pop();
        if (day) for (const p of [...named, ...rest]) if (p.role === 'subject') give(p, { block: previous.block, start: previous.start + day.start, end: previous.start + day.end }, `"${SAME_DAY.exec(sentence)![0].trim()}": the day told in the sentence before`);
      }
      const kinds = kindsOf(sentence);
      if (kinds.has('sentenced') && undatedNewsOf(sentence, new Set(['sentenced']))) {
        for (const p of named) if (p.role === 'subject' && !sentencedUndated.some((u) => u.person === p)) sentencedUndated.push({ person: p, block: bi });
      }
      // "Media footage shows one of the convicted, Lee Chui-ting, …", "The other seven defendants were Ho Sin-hang, …": named
      // as members of the group a dated sentence counted before, with no news of their own.
      // (Of the group counted last.)
      const memberOf = !/\p{Script=Han}/u.test(sentence) && MEMBERS_NAMED.test(sentence) ? [...datedGroups].reverse().find((g) => g.size !== undefined) : undefined;
      // (…or of an undated group counted since: what it told is theirs, "Among the six, Sonam Lhamo, 30, …".)
      const undatedOf = !/\p{Script=Han}/u.test(sentence) && MEMBERS_NAMED.test(sentence) ? undatedGroups.filter((g) => !memberOf || g.block > memberOf.block || (g.block === memberOf.block && g.start > memberOf.start)).pop() : undefined;
      if (undatedOf) for (const p of [...named, ...rest]) if (p.role === 'subject') give(p, undatedOf, `one of the ${undatedOf.size} a sentence before tells of together`);
      for (const g of datedGroups) {
        if (g === memberOf) { /* a member, whatever the sentence tells */ }
        else if (![...kinds].some((k) => g.kinds.has(k)) || (g.reach !== undefined && bi - g.block > g.reach)) continue;
        if (g.size !== undefined) {
          // Members are the first as many named after with news of its kind; the group's date is theirs only for news
          // they tell undated ("… left prison in the early hours of Friday" keeps its own), what "they" said next always.
          const undated = g === memberOf || undatedNewsOf(sentence, new Set([...kinds].filter((k) => g.kinds.has(k))));
          // (Those with a date of their own count when the sentence counts them back as the group: "have released five
          // Tibetans …" then "The five who were released—…—were freed on Oct. 2" are the five, not the five "still held" after.)
          const back = GROUP_AHEAD.exec(sentence);
          const countedAsGroup = !undated && Boolean(back) && /^(?:the|these|those|all)\b/i.test(back![0]) && groupSize(back!) === g.size && named.length <= g.size;
          if (g.closed || (!undated && !g.linked && !countedAsGroup)) continue;
          // (…and then it is whole, whoever of them a record knows.)
          if (countedAsGroup) g.closed = true;
          for (const p of [...named, ...rest]) if (p.role === 'subject' && g.members!.size < g.size && !g.members!.has(p)) {
            g.members!.add(p);
            if (undated) give(p, g, `one of the ${g.size} a dated sentence before tells of together`);
            for (const r of g.linked ?? []) give(p, r, `"they" after the sentence about the ${g.size} goes on about them`);
          }
          continue;
        }
        for (const p of [...named, ...rest]) if (p.role === 'subject') give(p, g, `one of the defendants a dated sentence before tells of together`);
      }
      for (const m of isApposed) if (m.person.role === 'subject' && !leading.some((l) => l.person === m.person)) give(m.person, range, `named as one of a group the sentence tells of`);
      if (rest.length) {
        const lead = except!.from !== undefined ? sent.start + except!.from : sent.start;
        for (const p of order) give(p, { block: bi, start: lead, end: exceptEnd }, `named as an exception ("${except!.word}"): the words after are the others'`);
        for (const p of rest) {
          if (lead > sent.start) give(p, { block: bi, start: sent.start, end: lead }, `"${except!.word}": the words before are all but the exceptions'`);
          give(p, { block: bi, start: exceptEnd, end: sent.end }, `"${except!.rest}": the others of ${group.map((g) => g.name).join(', ')}, named together before, but ${order.map((o) => o.name).join(', ')}`);
        }
      } else if (order.length === 1) {
        // (A clause after a semicolon keeps its sentence's date or list lead: "尚未开庭的有:…;德阳…的郝鸣长老;".)
        for (const r of sharedOpening(sent, text) ?? []) give(order[0], { block: bi, ...r }, `the opening of the sentence, before its semicolon`);
        give(order[0], range, `names ${order[0].name}`);
      } else {
        splitClauses(sent, leading, text).forEach(({ person, ranges }) => ranges.forEach((r) => give(person, { block: bi, ...r }, `clause of a sentence naming several people: this part names ${person.name}`)));
      }
      // "The three individuals are: Chen Yuan, Liu Dazhi and Wu Gejianxiong": the sentence before was about them.
      // (or "Two journalists were jailed yesterday." then a sentence naming exactly two).
      if (unnamedGroup && (unnamedGroup.block === bi || unnamedGroup.block === bi - 1 || (unnamedGroup.size === named.length && bi - unnamedGroup.block <= 4)) && named.length >= 2
        && (!saysFact(sentence) || unnamedGroup.size === named.length)) {
        const before: TextRange = { block: unnamedGroup.block, start: unnamedGroup.start, end: unnamedGroup.end };
        for (const p of named) give(p, before, `the sentence before speaks of a group that this sentence names: ${named.map((n) => n.name).join(', ')}`);
      }
      // "…while the farmers each received a seven-year sentence …" then "Among the farmers were A, B, C": the words about
      // "the farmers" in the sentence before are theirs.
      // ("Among the eight released, pastor Huang …": the sentence before that told of their release.)
      const amongThe = /^\s*Among\s+the\s+(?:(?:\w+)\s+)?(?:([a-z]+s)\s+(?:were|are)\b|(released|detained|arrested|sentenced)\s*,)/i.exec(text.slice(sent.start, inside[0].start));
      if (amongThe && previous && previous.block >= bi - 1) {
        const before = blocks[previous.block].text.slice(previous.start, previous.end);
        const kind = amongThe[2]?.toLowerCase().replace('arrested', 'detained');
        const at = kind ? (kindsOf(before).has(kind) ? 0 : -1) : before.search(new RegExp(`\\bthe\\s+(?:\\w+\\s+)?${amongThe[1]}\\b`, 'i'));
        if (at >= 0 && saysFact(before.slice(at))) for (const p of named) if (p.role === 'subject') give(p, { block: previous.block, start: previous.start + at, end: previous.end }, `"${amongThe[0].trim()}": the sentence before tells of the ${amongThe[1] ?? amongThe[2]}`);
      }
      // "被警方拘留的有北京…的活動人士。這些人包括湖南的歐彪峰、…劉輝等人。", "Police detained several activists. They include
      // A and B.": a sentence that lists those a nameless sentence before told of.
      else if (previous && !previousNamed && named.length >= 1 && INCLUDES_LEAD.test(text.slice(sent.start, inside[0].start))) {
        const before = blocks[previous.block].text.slice(previous.start, previous.end);
        if (saysFact(before) && previous.block >= bi - 1) for (const p of named) if (p.role === 'subject') give(p, previous, `"${INCLUDES_LEAD.exec(text.slice(sent.start, inside[0].start))![0].trim()}": the sentence before tells of those this one lists`);
      }
      unnamedGroup = undefined;
      // "On April 26, 16 Tibetans … were sentenced to jail terms of varying lengths, adding that one man, Sonam Lhundrub,
      // had been given a life term": the words before the first name date a group the sentence starts to name.
      // "Fan Wei was one of 11 people sentenced Tuesday at the Jiangmen Intermediate People's Court": a dated group the
      // named person is one of; the others may be named after.
      const oneOf = /\b(?:one|two|three|four|five|among)\s+of\s+(?:the\s+)?(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:[\w-]+\s+){0,2}?(?:people|persons|defendants|men|women|activists|Tibetans|Uyghurs|Christians|monks|protesters)\b/i.exec(sentence);
      if (oneOf && DATED.test(sentence.slice(oneOf.index)) && saysFact(sentence.slice(oneOf.index)) && !DATE_RANGE.test(sentence)) {
        const size = countOf(oneOf[1]);
        if (size && size >= 2 && size <= 30) datedGroups.push({ block: bi, start: sent.start + oneOf.index, end: sent.end, kinds: kindsOf(sentence.slice(oneOf.index)), size, members: new Set(named.filter((p) => p.role === 'subject')) });
      }
      const lead = text.slice(sent.start, inside[0].start);
      if (DATED.test(undateline(lead)) && saysFact(lead) && !DATE_RANGE.test(lead)) {
        const head = { block: bi, start: sent.start, end: inside[0].start };
        const counted = GROUP_AHEAD.exec(lead);
        const size = counted ? groupSize(counted) : undefined;
        if (COLLECTIVE.test(lead)) datedGroups.push({ ...head, kinds: kindsOf(lead), collective: true });
        else if (size && size >= 2 && size <= 30) datedGroups.push({ ...head, kinds: kindsOf(lead), size, members: new Set(named.filter((p) => p.role === 'subject')) });
      }
      // "…陈西等贵阳异议人士…于一九九六年五月二十七日…被分别…判处有期徒刑。其中，陈西…十年；廖双元…四年": those named
      // "among them" are of the group the sentence before told of (its date, its verdict).
      // (…and so are those after its semicolons: "其中，陈西…十年；廖双元…四年；曾宁…二年".)
      const among = amongThem(text, sent);
      if (among && /等|分别|分別|们|們|多名|数名|數名|\d+名|[二三四五六七八九十两兩]+名/.test(text.slice(among.start, among.end))) {
        for (const p of named) if (p.role === 'subject') give(p, { block: bi, ...among }, `"其中": among those the sentence before told of`);
      }
      // "… had been released. This was the case of Qi Dafeng, Zu Guoqiang and Mao Wenke": the sentence before is theirs.
      if (previous && THE_CASE_OF.test(sentence)) {
        for (const p of named) give(p, previous, `"${THE_CASE_OF.exec(sentence)![0].trim()}": the sentence before tells of ${p.name}`);
      }
      const last = named[named.length - 1];
      const before = focus;
      if (last) { focus = last; focusBlock = bi; }
      // (Those named as one of a group count too: "together with two friends—Traphun and Gudrak".)
      // (…but not the one the sentence quotes: "… together with two friends—Traphun and Gudrak …, Chime said.")
      const speaking = (p: PersonInText) => inside.some((m) => m.person === p) && inside.filter((m) => m.person === p).every((m) => /^\s+(?:said|says|told|added|explained|wrote|stated)\b/i.test(text.slice(m.end, m.end + 12)) || /\b(?:said|says|according to)\s+$/i.test(text.slice(Math.max(0, m.start - 16), m.start)));
      const together = [...named.filter((p) => !speaking(p)), ...[...isApposed].map((m) => m.person).filter((p, i, all) => p.role === 'subject' && !named.includes(p) && all.indexOf(p) === i)];
      // (…but "The eldest of the five Uyghur women, Halcham Pazil, … and the youngest, Bostan Ibrahim" picks two out of
      // the five named before: "them" after it is still the five.)
      const ofThe = /\b(?:of|among)\s+(?:the|these|those|all)\s+(\w+)\b/i.exec(sentence);
      const picked = ofThe && (EN_COUNTS[ofThe[1].toLowerCase()] ?? Number(ofThe[1])) === group.length && together.every((p) => group.includes(p));
      if (together.length >= 2 && !picked) { group = together; groups.push(together); }
      // "A companion, Sonam Choedar, was detained at the same time and has also completed his sentence" after Sonam Gonpo's
      // news: one named beside the one told of before, as a pair ("Both men … were sentenced on Sept. 11, 2013").
      else if (together.length === 1 && before && before !== together[0] && before.role === 'subject' && together[0].role === 'subject'
        && /\b(?:companion|fellow|also|too|as well|at the same time)\b/i.test(sentence)) { group = [before, together[0]]; groups.push(group); }
      groupTold = undefined;
    }
  });
  // "A group of six people were sentenced … in April 2024." in a report's lead, and the report names six people in
  // all: the lead is about each of them, named after with no news of their own ("Another defendant, Dai Lu, …").
  const told = people.filter((p) => p.role === 'subject' && !p.surnameOnly);
  for (const g of leadGroups) {
    if (g.size !== told.length || g.members!.size >= g.size) continue;
    for (const p of told) if (!g.members!.has(p)) give(p, g, `the report's lead tells of ${g.size} people, and it names ${g.size} in all`);
  }
  // "三天后,法院又判处…", "同年11月20号", "two days later": a date read by the one told before it brings that one along
  // (only its words: "上月11日").
  for (const [p, s] of spans) {
    for (const c of [...s.clauses]) {
      const rel = ANAPHORIC_DATE.exec(blocks[c.block].text.slice(c.start, c.end));
      if (!rel) continue;
      // (Any reference day finds where a date is written: "上月11日" has no month of its own.)
      const prior = findDates(blocks[c.block].text.slice(0, c.start + rel.index), { ref: { value: '2000-06-15', precision: 'day' } })
        .filter((d) => d.date.precision === 'day' || (d.date.precision === 'month' && !/天|日|days/.test(rel[0]))).pop();
      if (!prior || s.clauses.some((o) => o.block === c.block && o.start <= prior.start && o.end >= prior.end)) continue;
      give(p, { block: c.block, start: prior.start, end: prior.end }, `"${rel[0]}": read by the date told before it`);
    }
  }
  // In reading order: a sentence given back ("This was the case of …", a group named after) comes first.
  for (const s of spans.values()) s.clauses.sort((a, b) => a.block - b.block || a.start - b.start);
  return [...spans.values()];
}

const TERM_WORD = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)';
/** A term set right before the name it belongs to: "three years to Yu", "one year and nine months to Xu", "life for Ilham". */
const TERM_BEFORE_NAME = new RegExp(`(?:${TERM_WORD}\\s+years?(?:,?\\s+(?:and\\s+)?${TERM_WORD}\\s+months?)?|${TERM_WORD}\\s+months?|life(?:\\s+imprisonment)?|death)\\s+(?:to|for)\\s+$`, 'i');

/** People counted and not named: "而在70到79岁中，有10位被判7年" tells of others than the one named before. */
const COUNTED_PEOPLE_ZH = /(?:有|另有|另外|共)(?:\d+|[两兩二三四五六七八九十百]+)(?:多)?(?:位|名|人)/;

/** A sentence about "him" that goes on to others counted after ("他被判处6年徒刑,当时还有另外三名藏人也遭判刑"). */
function heBeforeOthers(sentence: string): boolean {
  const counted = COUNTED_PEOPLE_ZH.exec(sentence);
  const he = PRONOUN_ZH.exec(sentence);
  return Boolean(counted && he && he.index < counted.index && saysFact(sentence.slice(he.index, counted.index)));
}

/** "One of these was released, having completed his sentence": one of a group counted before, not the one named. */
const ONE_OF_OTHERS = /^\s*(?:One|Two|Three|Four|Some|Several|Many|Most|None|Each|Neither)\s+of\s+(?:these|them|those|the\s+(?:others|prisoners|four|three|two|five|six))\b/;

/** A labelled line of a card about one person: "关押地点/Location:拉萨市曲水监狱", "刑期/Sentence: 12 年". */
const FIELD_LINE = /^\s*\p{Script=Han}{2,8}(?:\s*[/／]\s*[A-Za-z][A-Za-z .]{1,30})?\s*[:：]/u;

/** The sentence before one that opens with 其中 ("among them"), also across the semicolons of the 其中 sentence. */
function amongThem(text: string, sent: Piece): Piece | undefined {
  const open = sentenceOpen(text, sent.start);
  if (!/^\s*其中[，,：:]?/.test(text.slice(open, sent.end)) || open < 2) return undefined;
  const start = sentenceOpen(text, open - 1);
  return open - start > 4 ? { start, end: open } : undefined;
}

/** Where the sentence holding `at` opened, across its semicolons: after the last of `stops` before `at`, else 0. */
function sentenceOpen(text: string, at: number, stops = ['。', '！', '？', '\n']): number {
  const before = text.slice(0, at);
  return Math.max(0, ...stops.map((c) => { const i = before.lastIndexOf(c); return i < 0 ? 0 : i + c.length; }));
}

/** Dates read by the one told before them: 三天后, 同月3日, 当月21号, "three days later". */
const ANAPHORIC_DATE = /^\s*(?:[一二三]?十[一二三四五六七八九]?|[二三四五六七八九]|\d{1,2})\s*日(?![内后後起以前])|(?<![\d一二三四五六七八九十]|拘留|关押|關押|羁押|羈押|监禁|監禁|服刑|关|關|押|拘|禁)[0-9一二两三四五六七八九十]{1,2}\s*(?:天|日)(?:后|後|之后|之後)|(?:同|当|當)月\s*[0-9一二三四五六七八九十]{1,3}\s*[日号號]|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days\s+later\b/i;

const EXCEPT_ZH = /^(?:[^，。；]{0,12}?)除(?:了)?([^。；]{1,60}?)(?:以)?外[，,]?\s*((?:其余|其餘|其他|余下|餘下|另外)(?:的)?(?:\d+|[一二三四五六七八九十两兩]+)?(?:名|位|个|個)?(?:被告人?|罪犯|人|者)?)/;
const EXCEPT_EN = /^\s*(?:Apart from|Except for|Except|Besides|Other than|With the exception of)\s+([^.;]{1,80}?),\s*((?:all\s+)?(?:the\s+)?(?:other|remaining|rest)(?:\s+(?:of the\s+)?[\w-]+)?)/i;
/** A photo caption: credited at its end ("(家属提供)", "（资料图片）", "(AFP)", "(Photo: …)"). */
const CAPTION = /[(（][^()（）]{0,16}(?:提供|供图|供圖|摄|攝|图片|圖片|资料|資料|\bphoto\b|\bPhoto\b|\bAFP\b|\bReuters\b|\bAP\b|Getty|EPA)[^()（）]{0,16}[)）]\s*$/;

/** A verb of news with its object next: "… and released", ", sentencing", "while freeing", "，13日放的是". */
/** (…or a term given to those named next: "… while a one year sentence was given to women Qin Daofang, 40, Hu Rong, …".) */
/** What only some of a group had, told after it: ", although four have been released", "and two remain behind bars". */
const SUBSET_TOLD = /,?\s*\b(?:although|though|while|but|and|of whom)\s+(?:only\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|most|several)\b(?:\s+of\s+them)?\s+(?:have|has|had|were|was|are|is|remain(?:s|ed)?)\b[^.;]*/gi;
const SUBSET_TOLD_FIRST = new RegExp(SUBSET_TOLD.source, 'i');
/** Names given as members of a group told of before: "one of the convicted, X", "The other seven defendants were …". */
const MEMBERS_NAMED = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|some|several|each)\s+of\s+the\s+(?:convicted|defendants|accused|detained|arrested|jailed|sentenced)\b|^\s*Among\s+the\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s*,|\b[Tt]he\s+(?:other|remaining)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:freed|released|detained|arrested|jailed|sentenced)\s+(?:were|are)\b|\b[Tt]he\s+(?:other|remaining)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+)?(?:defendants|accused|people|men|women|members|activists|protesters|detainees)\s+(?:were|are|included?|includes)\b/;
const VERB_OF_NEXT = /(?:,\s*|\s+(?:and|while|but)\s+)(?:also\s+)?(?:released|freed|detained|arrested|sentenced|jailed|sentencing|releasing|freeing|detaining|arresting|jailing)\s+$|(?:,\s*|\s+(?:and|while|whereas|but)\s+)[^,.;]{0,60}?\b(?:sentences?|terms?|jail terms?|prison terms?)\s+(?:was|were)\s+(?:given|handed(?:\s+down)?|imposed)\s+(?:to|on)\s+(?:(?:the|their|his)\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:[\w-]+\s+)?$|[，,]\s*[^，,。；;“”]{1,16}?(?:的是|的有)\s*$/i;

/** The words that open a list of those the sentence before told of: 这些人包括, 其中包括, "They include", "Among them". */
/** The words before a name that say whose relative it is: "…, his wife ", " and her son ". */
const NEXT_IS_KIN = /(?:,\s*(?:and\s+)?|\s+and\s+)(?:his|her|their)\s+(?:(?:late|youngest|eldest|elder|younger|two|three)\s+)?(?:father|mother|wife|husband|sons?|daughters?|brothers?|sisters?|nephews?|nieces?|cousins?|relatives?)\s*,?\s*$/i;
const INCLUDES_LEAD = /^\s*(?:(?:这些人|這些人|他们|他們|她们|她們|其中|被捕者|被拘者)(?:中)?(?:包括|包含|分别是|分別是|有)|(?:These|They|Those)(?:\s+\w+){0,2}\s+(?:include|included|are|were)\b|Among them\b|They included\b)[\s:：,，]*(?:[^，,。.;；]{0,12}?的)?\s*$/i;

/** Where the exceptions of "除X外，其余…" / "Apart from X, the others …" end, and the words for the rest. */
function exceptionsIn(sentence: string): { end: number; word: string; rest: string; from?: number } | undefined {
  // "On July 23, all but Zhao and Cheng were released.": the exceptions are only named; the rest keep the words before
  // and after them.
  const allBut = ALL_BUT_EN.exec(sentence);
  if (allBut) {
    const from = allBut.index + allBut[1].length;
    return { end: allBut.index + allBut[0].length, word: allBut[0].slice(allBut[1].length).trim(), rest: 'all but', from };
  }
  const m = EXCEPT_ZH.exec(sentence) ?? EXCEPT_EN.exec(sentence);
  if (!m) return undefined;
  const end = m.index + m[0].length - m[2].length;
  return { end, word: m[0].slice(0, end - m.index).trim(), rest: m[2].trim() };
}
const ALL_BUT_EN = /^([^.;]{0,40}?)\b(?:all|everyone|the others|the rest)\s+(?:but|except(?:\s+for)?)\s+[^.;]{1,80}?(?=\s+(?:were|was|had|have|are)\b)/i;

/**
 * Cuts a sentence at each person's first mention in it. The words before the first name are shared by all
 * ("The court sentenced"); a clause with nothing said in it ("Liu and") shares the next clause's words.
 */
/** A bracket right after a name that says who the person is, not what befell them: (女,生于1977年), (b. 1970), (aged 45). */
const WHO_THEY_ARE = /^\s*[（(][^()（）]*?(?:生于|生於|出生|生人|\bborn\b|\bb\.|[男女][,，、)）]|岁|歲|\baged?\b)[^()（）]*[)）]/;

function splitClauses(sent: Piece, mentions: Located[], text: string): { person: PersonInText; ranges: Piece[] }[] {
  const starts: Located[] = [];
  for (const m of mentions) if (starts[starts.length - 1]?.person !== m.person) starts.push(m);
  // "… handed down sentences of three years to Yu and one year and nine months to Xu, after finding them guilty": each
  // term stands before its person; the words before the first term and after the last name are everyone's.
  const termsBefore = starts.map((m) => TERM_BEFORE_NAME.exec(text.slice(Math.max(sent.start, m.start - 60), m.start)));
  if (starts.length >= 2 && new Set(starts.map((m) => m.person)).size === starts.length && termsBefore.every(Boolean)) {
    const lead = { start: sent.start, end: starts[0].start - termsBefore[0]![0].length };
    const tail = { start: starts[starts.length - 1].end, end: sent.end };
    return starts.map((m, i) => ({ person: m.person, ranges: [lead, { start: m.start - termsBefore[i]![0].length, end: m.end }, tail] }));
  }
  const clauses = starts.map((m, i) => ({ person: m.person, mention: m, own: { start: m.start, end: i + 1 < starts.length ? starts[i + 1].start : sent.end }, lead: undefined as Piece | undefined }));
  // "held Kevin Garratt in criminal detention … and released Julia Garratt on bail on February 3": a verb of news
  // right before the next name is that person's, not the one before's.
  for (let i = 0; i + 1 < clauses.length; i++) {
    const c = clauses[i];
    const verb = VERB_OF_NEXT.exec(text.slice(c.mention.end, c.own.end));
    if (!verb) continue;
    const at = c.own.end - verb[0].length;
    c.own = { start: c.own.start, end: at };
    clauses[i + 1].lead = { start: at, end: c.own.end + verb[0].length };
    // …and to every one named after it in the same list, up to one whose own words tell news of their own ("… given to
    // women Qin Daofang, 40, Hu Rong, 42, … and Qin Daomin").
    for (let j = i + 2; j < clauses.length && !clauses[j].lead; j++) {
      const between = text.slice(clauses[j - 1].mention.end, clauses[j - 1].own.end);
      if (saysFact(between) || VERB_OF_NEXT.test(between)) break;
      clauses[j].lead = clauses[i + 1].lead;
    }
  }
  // "found Kan Xiaoyong, his wife Wang Fengying and church members …": words that say who the next one is ("his wife")
  // are the next one's, not the words of the one before (whose clause would tell of a wife).
  for (let i = 0; i + 1 < clauses.length; i++) {
    const c = clauses[i];
    if (clauses[i + 1].lead) continue;
    const kin = NEXT_IS_KIN.exec(text.slice(c.mention.end, c.own.end));
    if (!kin) continue;
    const at = c.own.end - kin[0].length;
    clauses[i + 1].lead = { start: at, end: c.own.end };
    c.own = { start: c.own.start, end: at };
  }
  // "12日被放的是敖登花,13日放的是娜仁花,…": words before the first name that end as a cleft ("…的是") are the first's own.
  const cleft = starts[0].start > sent.start && /(?:的是|的有)\s*$/.test(text.slice(sent.start, starts[0].start)) && clauses.some((c) => c.lead);
  const own = starts[0].start > sent.start && !cleft ? { start: sent.start, end: starts[0].start } : undefined;
  if (cleft) clauses[0].lead = { start: sent.start, end: starts[0].start };
  // "同年11月20号，…判处A有期徒刑八年；以…判处B有期徒刑十年、C有期徒刑九年": a clause after a semicolon keeps the
  // date its sentence opened with.
  const opened = own && DATED.test(text.slice(own.start, own.end)) ? undefined : sharedOpening(sent, text);
  const prefix = own && opened ? undefined : own;
  const out: { person: PersonInText; ranges: Piece[] }[] = [];
  // What the next clause says after its name ("… 分别被烟台警方带走", "were sentenced to …"), shared backwards.
  let predicate: Piece[] = [];
  /** Every predicate shared backwards: "A was sentenced to …, while B, C and D were sentenced to X, Y and Z respectively" has two. */
  const predicates: Piece[][] = [];
  for (let i = clauses.length - 1; i >= 0; i--) {
    const c = clauses[i];
    // …a fact word, or a date ("Officials detained the Tibetans Zhu Dong and Shan Weiming on 1 June").
    // ("不认罪的" says how they pleaded, not what befell them.)
    // (…nor does a bracket of who they are: "翟新萍(女,生于1977年)、杨卫红(…)…在…遭…抓捕" shares the last one's words,
    // without the last one's bracket.)
    const aside = WHO_THEY_ARE.exec(text.slice(c.mention.end, c.own.end));
    const after = c.mention.end + (aside ? aside[0].length : 0);
    const rest = text.slice(after, c.own.end).replace(/(?:不)?[认認]罪/g, '');
    // (…or a term: "Adzi Shopo and Choenam, each given three-year terms; Kuntho, 20, sentenced to 13 years".)
    const says = saysFact(rest) || /^[\s:：]*[零〇一二两兩三四五六七八九十百\d]+(?:年|[个個]月)/.test(rest) || /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)[- ](?:years?|months?)\b(?![- ]old)|\blife[\s-]+(?:terms?|sentences?|imprisonment)\b|有期徒刑|无期徒刑|無期徒刑|死刑/i.test(rest) || /\b(?:19|20)\d{2}\b|\d{1,2}\s*月\s*\d{1,2}\s*日|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s+\d{1,2}\b/.test(rest);
    const ranges = [...(opened ?? []), ...(own && opened ? [own] : prefix ? [prefix] : []), ...(c.lead ? [c.lead] : []), c.own, ...(says ? [] : predicate)];
    if (says) { predicate = [{ start: after, end: c.own.end }]; predicates.push(predicate); }
    out.unshift({ person: c.person, ranges });
  }
  for (const p of predicates) respectively(out, p, text, sent.start);
  // The same person named twice in one sentence ("Liu ... Xu ... Liu") keeps every part.
  const merged = new Map<PersonInText, Piece[]>();
  for (const o of out) merged.set(o.person, [...(merged.get(o.person) ?? []), ...o.ranges]);
  return [...merged].map(([person, ranges]) => ({ person, ranges: dedupe(ranges) }));
}

/**
 * The date a sentence opens with ("同年11月20号，", "On 20 November 2007, "), or the lead of its list ("尚未开庭的有："),
 * for a clause after its semicolon.
 */
function sharedOpening(sent: Piece, text: string): Piece[] | undefined {
  if (!/[；;]\s*$/.test(text.slice(Math.max(0, sent.start - 3), sent.start))) return undefined;
  const from = sentenceOpen(text, sent.start, ['。', '！', '？', '\n', '. ']);
  // "尚未开庭的有:临汾…的王晓光牧师、…;德阳…的郝鸣长老、…": a list's lead before its colon is every group's.
  const lead = /^\s*[^，,；;。:：]{2,30}[:：]/.exec(text.slice(from, sent.start));
  if (lead) return [{ start: from, end: from + lead[0].length }];
  const opening = /^\s*[^，,；;。]{2,30}?[，,]/.exec(text.slice(from, sent.start));
  if (!opening || !DATED.test(opening[0])) return undefined;
  const piece = { start: from, end: from + opening[0].length };
  // (同年11月20号 is read by the year written before it: that date goes along, alone.)
  if (!/同年|\bthe same year\b/i.test(opening[0])) return [piece];
  const year = findDates(text.slice(0, from)).filter((d) => /^\d{4}/.test(d.date.value)).pop();
  return year ? [{ start: year.start, end: year.end }, piece] : [piece];
}

const TERMS = /(?:有期徒刑|拘役|管制)[零〇一二两兩三四五六七八九十百\d]+(?:年|[个個]月)(?:[零〇一二两兩三四五六七八九十\d]+[个個]?月)?(?:[缓緩]刑[零〇一二两兩三四五六七八九十\d]+(?:年|[个個]月))?|[无無]期徒刑|死刑(?:[缓緩]期(?:二|两|兩)年[执執]行)?|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)\s+years?(?:,?\s+(?:and\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months?)?|\blife(?: imprisonment)?\b/gi;

/**
 * "分别判处四被告人有期徒刑三年缓刑四年、有期徒刑七年六个月、有期徒刑七年…", "were sentenced to three and five
 * years respectively": as many terms as people sharing the words, in the order the people were named: each
 * person keeps the words before the terms and their own term only.
 */
function respectively(out: { person: PersonInText; ranges: Piece[] }[], predicate: Piece[], text: string, sentStart: number): void {
  const shared = predicate[0];
  if (!shared) return;
  const words = text.slice(shared.start, shared.end);
  const sharing = out.filter((o) => o.ranges.some((r) => r.start === shared.start && r.end === shared.end) || o.ranges.some((r) => r.start < shared.start && r.end >= shared.end));
  // (分别 may come before the names: 分别判处朱东、单伟明有期徒刑…)
  // Without "respectively", only a list of as many terms as people, the unit written once: "sentenced Alim Memet and
  // Eli Tohniyaz to 13 and 10-year prison terms".
  if (!/分[别別]|respectively/i.test(words) && !/分[别別](?:被)?判[处處]/.test(text.slice(sentStart, shared.start))) {
    if (sharing.length >= 2) termList(out, sharing, shared, words);
    return;
  }
  const terms = [...words.matchAll(TERMS)];
  if (sharing.length >= 2 && terms.length !== sharing.length && termList(out, sharing, shared, words)) return;
  if (sharing.length < 2 || terms.length !== sharing.length) return;
  const lead = { start: shared.start, end: shared.start + terms[0].index! };
  sharing.forEach((o, i) => {
    const term = { start: shared.start + terms[i].index!, end: shared.start + terms[i].index! + terms[i][0].length };
    o.ranges = [...o.ranges.filter((r) => r.end <= shared.start && !(r.start <= shared.start && r.end >= shared.end)).map((r) => ({ ...r })), lead, term];
  });
}

const LIST_NUM = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)';
/** "sentenced to 18, 16,12 and 7 years in prison respectively": numbers listed, the unit written once. */
const EN_TERM_LIST = new RegExp(`(?<![\\w.])(${LIST_NUM}(?:\\s*,\\s*${LIST_NUM})*\\s*,?\\s*(?:and|&)\\s+${LIST_NUM})[\\s-]+(?:years?|months?)\\b`, 'i');
const ZH_ITEM = '[零〇一二两兩三四五六七八九十百\\d]+(?:年半?|[个個]半?月)(?:[零〇一二两兩三四五六七八九十\\d]+[个個]?半?月)?';
/** 分别判处有期徒刑十八年、十六年、十二年和七年: the word written once, the terms listed. */
/** …or two words each for some: 分别判处有期徒刑九个月、六个月和拘役六个月、五个月、四个月. */
const ZH_TERM_LIST = new RegExp(`((?:有期徒刑|拘役|监禁|監禁|判囚|判监|判監)${ZH_ITEM}(?:[、，,和及](?:有期徒刑|拘役|监禁|監禁)?${ZH_ITEM})+)`);
/** …or the numbers first and the word once after them: 分别被判处十三个半月,十个月和七个月有期徒刑 (…三年刑期). */
const ZH_TERM_LIST_AFTER = new RegExp(`(${ZH_ITEM}(?:[、，,和及]${ZH_ITEM})+)((?:有期)?徒刑|监禁|監禁|刑期)`);

/**
 * A list of terms with the unit or the word written once: each person keeps the words before the list, their own
 * number and the unit after it ("… were sentenced to 16 … years in prison"). Whether it applied.
 */
function termList(out: { person: PersonInText; ranges: Piece[] }[], sharing: typeof out, shared: Piece, words: string): boolean {
  const en = EN_TERM_LIST.exec(words);
  const after = en ? null : ZH_TERM_LIST_AFTER.exec(words);
  const zh = en || after ? null : ZH_TERM_LIST.exec(words);
  const list = en ?? after ?? zh;
  if (!list) return false;
  const listStart = shared.start + list.index + list[0].indexOf(list[1]);
  const items = [...list[1].matchAll(en ? new RegExp(LIST_NUM, 'gi') : new RegExp(`(有期徒刑|拘役|监禁|監禁|判囚|判监|判監)?${ZH_ITEM}`, 'g'))];
  // (The numbers first: each keeps their own and the word after the list, 十个月 … 有期徒刑.)
  if (items.length !== sharing.length) return false;
  const lead = { start: shared.start, end: listStart };
  const unit = { start: listStart + list[1].length, end: shared.end };
  let word: Piece | undefined;
  sharing.forEach((o, i) => {
    const at = listStart + items[i].index!;
    // (In Chinese the word before the number is the last one written: 拘役 for 五个月 after 拘役六个月.)
    if (items[i][1]) word = { start: at, end: at + items[i][1].length };
    const own = { start: items[i][1] ? at + items[i][1].length : at, end: at + items[i][0].length };
    o.ranges = [...o.ranges.filter((r) => r.end <= shared.start && !(r.start <= shared.start && r.end >= shared.end)).map((r) => ({ ...r })), lead, ...(en || after ? [own, unit] : [word!, own])];
  });
  return true;
}

function dedupe(ranges: Piece[]): Piece[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Piece[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
