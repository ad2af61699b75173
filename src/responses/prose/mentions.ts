/**
 * People first: finds who a text speaks of before reading what it says. Full names come from two places:
 * names some record has (every script and spelling, looked up through the matcher's keys by a `NameFinder`)
 * and patterns that introduce a person (罪犯X, X，男，, "Pastor X", "X (汉字)", "X was sentenced").
 * Mentions of the same name make one person; later a surname or given name alone ("Zhou", "晓波") belongs to
 * the person named before. Officials, lawyers and relatives are people too, but not subjects.
 */
import type { DocumentBlock, Mention, PersonInText, PersonRole } from '../../model/index.js';
import { foldLatin, isLatinTitle, readPinyin, surnameAt, splitPinyin, tibetanFromLatin, wadeGilesToPinyin } from '../../names/index.js';
import { provinceTerms } from '../../vocabulary/index.js';
import { HAN_TITLE_WORDS, isHan, latinWordsIn, simplifiedAligned, type Word } from './text.js';

/** Which strings some record has as a name (characters, pinyin, Wade-Giles, Cantonese, Tibetan ...). */
export interface NameFinder {
  knownNames(candidates: readonly string[]): Set<string>;
}

/** A full name found in the text, before mentions are grouped into people. */
interface FullName {
  block: number;
  start: number;
  end: number;
  kind: 'known' | 'introduced';
  why: string;
  /** Simplified characters without dots, when written in characters (or in brackets after a Latin name). */
  zh?: string;
  /** Folded Latin letters per word, when written in Latin script. */
  latin?: string[];
  /** Where the Latin words are (for later surname mentions). */
  words?: Word[];
}

interface Block {
  index: number;
  text: string;
  simple: string;
  words: Word[];
}

const HAN_NAME_CHAR = /[\p{Script=Han}]/u;
/** Characters that end a name after a pattern (罪犯蔡恒涛因…, 被告人李某于…), never part of the given name here. */
const NAME_STOP = new Set([...'因于被在系是的等将已现经与和及犯罪男女曾先后均自原年月日向对由把从据称说任到给为今并各也遭']);
/** Words that follow a two-character name in a ruling (对罪犯朱东减去…, 罪犯李明假释): not its third character. */
// …and the first words of a charge: "被告人黄琦故意泄露国家秘密" names 黄琦, not 黄琦故.
const VERB_AFTER_NAME = /^(?:[两二三四五六七八九十几][位名个人]|判处|判處|减去|减刑|减为|假释|获释|获得|予以|不服|提出|服刑|犯有|确有|认罪|刑满|在服刑|在押|在监|死刑|死缓|有期徒刑|无期徒刑|故意|非法|涉嫌|盗窃|诈骗|贩卖|贪污|受贿|煽动|颠覆|寻衅滋事|聚众|妨害|为境外)/;
/** Words a two-character name follows in rulings and news (驳回吴英上诉, 不核准吴英死刑, 判处王某). */
const VERB_BEFORE_NAME = /(?:驳回|核准|判处|判决|裁定|处以|释放|关押|逮捕|拘留|起诉|审理|控告|指控|宣判|探视|会见|看望)$/;
/** Words before a name that tell nothing about it but must not be read as its surname (对于李明 -> 李明). */
const LEAD_CHARS = new Set([...'于对将与和由被把向为的在是从据经查明及、同']);

const ZH_CUES = /(原审被告人|被告人|被告|罪犯|上诉人|申诉人|犯罪嫌疑人|嫌疑人|服刑人员|被执行人|被申请人|当事人|在押人员)/g;
const ZH_GENDER_AFTER = /([\p{Script=Han}·]{2,14})\s*(?:[，,]\s*[男女]\s*[，,、。；;]|[（(]\s*[男女])/gu;
const ZH_OFFICIAL_BEFORE = /(审判长|审判员|人民陪审员|陪审员|书记员|法官助理|代理审判员|执行员|检察员|检察官|公诉人|发言人|部长|副部长|大使|局长|副局长|主任|院长|监狱长|主席|副主席|总理|副总理|总书记|国务委员|法官|警官|民警|省长|市长|书记)[\s:：]*$/;
/** "黄琦的母亲蒲文清则被软禁": what befell a relative, said right after their name. */
const ZH_CUSTODY_AFTER = /^(?:入狱|坐牢|被捕)|^(?:则|也|亦|同样|随后|后|曾|均|都|一同|同时)?(?:被|遭)(?:分别|一同|同时|一并)?(?:非法|秘密|强行|正式)?(?:软禁|拘留|刑事拘留|行政拘留|逮捕|判|捕|抓|带走|羁押|关押|失踪)/;
const ZH_KIN = /(?:妻子|丈夫|父亲|母亲|儿子|女儿|哥哥|弟弟|姐姐|妹妹|之妻|之子|之女|之父|之母|其妻|其夫)$/;
const ZH_OTHER_BEFORE = /(妻子|丈夫|父亲|母亲|儿子|女儿|哥哥|弟弟|姐姐|妹妹|亲属|家属|(?:其|的|辩护|代理|委托)律师|辩护人|代理人|被害人|证人|之妻|之子|之女|之父|之母|其妻|其夫)[\s:：]*$/;

const TITLES = /\b(Mr|Ms|Mrs|Miss|Dr|Pastor|Imam|Father|Bishop|Sister|Brother|Geshe|Khenpo|Tulku|Abbot|Venerable|Ven|Elder|Preacher|Reverend|Rev)\.?\s+$/;
const ROLE_BEFORE = /\b(activist|dissident|lawyer|attorney|journalist|blogger|writer|poet|novelist|scholar|professor|economist|academic|teacher|student|pastor|preacher|monk|nun|practitioners?|petitioner|defender|publisher|bookseller|businessman|businesswoman|entrepreneur|artist|photographer|filmmaker|doctor|farmer|worker|villager|singer|musician|researcher|editor|citizens?|Uyghurs?|Uighurs?|Tibetans?|Kazakhs?|Christian|Muslim|Catholic|Buddhist|prisoners?|detainees?|inmates?|defendants?|co-defendants?|namely|including|named)\s+$/;
const VERB_BEFORE = /\b(sentenced|detained|arrested|released|convicted|jailed|freed|imprisoned|paroled|tried|charged|indicted|sentencing|detaining|arresting|releasing|convicting|jailing|freeing|trying|charging)\s+$/;
const VERB_AFTER = /^\s*(?:,\s*)?(?:was|were|is|has been|had been|have been|remains|remained|has|had|would be|will be)\s+(?:(?:also|later|again|then|subsequently|reportedly|allegedly|formally|criminally|secretly|eventually|finally|still|not|never|only|officially|previously|initially|first|already|recently)\s+)*(?:detained|arrested|sentenced|released|convicted|tried|charged|held|taken|paroled|granted|given|imprisoned|jailed|serving|placed|put|freed|transferred|moved|found|missing|disappeared|indicted|prosecuted|executed|in\b|on\b|due\b|expected\b|scheduled\b|awaiting|kept|being|currently)|^\s+(?:served|completed|died|passed away|disappeared)\b|^\s+(?:received|got|was given)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,3}(?:sentence|years?|months?|term|prison)\b/;
/** The same after an apposition ("Liu Haitao, assistant editor of the magazines, was sentenced"): for two-word names. */
const VERB_AFTER_APPOSITION = new RegExp(`^\\s*,[^,.;()]{2,60},(?:${VERB_AFTER.source.replace(/\^/g, '')})`);
const AGE_AFTER = /^\s*,\s*(?:(?:a|an)\s+\d{1,3}-year-old\b|aged\s+\d{1,3}\b|\d{1,3}\s*,)|^\s*[,(]\s*(?:male|female|a man|a woman|born|b\.)\b/i;
const OFFICIAL_BEFORE = /\b(Judge|Justice|judge|spokesperson|spokesman|spokeswoman|Spokesperson|Spokesman|Minister|minister|President|president|Premier|Ambassador|ambassador|Chairman|Secretary|Director|director|Commissioner|Rapporteur|Chair|Prosecutor|prosecutor|officials?|officer|Governor|Mayor|Consul|Counsellor|Counselor|Councillor|Senator|Representative|Congressman|Congresswoman|Chancellor|Deputy|Vice)\s+$/;
const OFFICIAL_AFTER = /^\s*,\s*(?:the\s+|a\s+|China['’]s\s+)?(?:president|vice president|chief justice|spokesperson|spokesman|spokeswoman|minister|foreign minister|ambassador|director|chairman|chairwoman|head|secretary|governor|judge|deputy|commissioner|prosecutor|official|consul)\b/i;
/** A relative or lawyer described after the name: "said Liao Minyue, 21, the daughter of Liu Ping". */
const OTHER_AFTER = /^\s*,\s*(?:\d{1,3},\s*)?(?:the\s+|a\s+|an\s+)?(?:(?:eldest|elder|older|younger|youngest|only)\s+)?(?:daughter|son|wife|husband|mother|father|brother|sister|lawyer|attorney|relative|nephew|niece|cousin|grandson|granddaughter)\s+(?:of|for)\b/i;
const OTHER_BEFORE = /\b(?:(?:his|her|their|the)\s+(?:wife|husband|father|mother|son|daughter|brother|sister|lawyers?|attorneys?|relatives?|cousin|uncle|aunt|niece|nephew|partner|friend|colleague|co-defendant|defen[cs]e (?:lawyer|attorney|counsel))|\p{Lu}[\p{L}-]*['’]s\s+(?:wife|husband|father|mother|son|daughter|brother|sister|lawyers?|attorneys?)|wife|husband)\s*,?\s*$/u;

/** Capitalised words that are never a person's name: function words, institutions, places, months. */
const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'to', 'by', 'with', 'from', 'and', 'but', 'or', 'as', 'after', 'before',
  'during', 'since', 'until', 'while', 'when', 'where', 'which', 'who', 'whom', 'whose', 'what', 'that', 'this', 'these',
  'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'there', 'here',
  'then', 'also', 'however', 'although', 'because', 'if', 'according', 'overall', 'apart', 'both', 'each', 'every', 'all',
  'some', 'many', 'most', 'none', 'no', 'not', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'first', 'second', 'third', 'last', 'next', 'other', 'another', 'such', 'same', 'meanwhile', 'moreover', 'furthermore',
  'later', 'earlier', 'today', 'yesterday', 'therefore', 'thus', 'hence', 'instead', 'indeed', 'nevertheless', 'nonetheless', 'despite', 'among', 'under', 'over', 'between', 'without', 'within', 'against',
  'through', 'upon', 'following', 'regarding', 'concerning', 'mr', 'ms', 'mrs', 'dr',
  // Verbs of news in a title-case heading ("Ms. Feng Caifeng and Ms. Huang Yuli Sentenced").
  'sentenced', 'released', 'detained', 'arrested', 'jailed', 'freed', 'convicted', 'tried', 'faces', 'facing', 'missing',
  'dies', 'died', 'executed', 'paroled', 'acquitted', 'charged', 'indicted', 'prosecution', 'persecuted', 'abducted',
  // Titles alone ("Pastor was released but …" in a headline) are nobody's name.
  'pastor', 'bishop', 'father', 'sister', 'brother', 'imam', 'lama', 'monk', 'nun', 'lawyer', 'elder', 'deacon', 'reverend', 'priest',
  // …and people named by what they are ("three other Christians, Wu Raoyun, …").
  'christians', 'buddhists', 'muslims', 'catholics', 'protestants', 'tibetans', 'uyghurs', 'uighurs', 'activists', 'believers',
  'herders', 'herder', 'villagers', 'farmers', 'monks', 'nuns', 'students', 'workers', 'petitioners', 'practitioners', 'protesters', 'fellow',
  'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'court', 'courts', 'prison', 'prisons', 'province', 'city',
  'county', 'district', 'municipal', 'intermediate', 'higher', 'high', 'supreme', 'people', 'procuratorate', 'bureau',
  'ministry', 'department', 'office', 'council', 'committee', 'commission', 'party', 'communist', 'government', 'state',
  'national', 'university', 'institute', 'foundation', 'center', 'centre', 'detention', 'hospital', 'firm', 'group',
  'working', 'united', 'nations', 'human', 'rights', 'special', 'rapporteur', 'rapporteurs', 'procedures', 'republic',
  'chinese', 'china', 'english', 'beijing', 'shanghai', 'tianjin', 'chongqing', 'macau', 'taiwan', 'tibet', 'xinjiang',
  'autonomous', 'region', 'inner', 'mongolia', 'falun', 'amnesty', 'international', 'watch', 'reuters', 'afp', 'efe',
  'xinhua', 'global', 'times', 'radio', 'free', 'asia', 'rfa', 'bbc', 'cnn', 'daily', 'mail', 'news', 'post', 'press',
  'agency', 'association', 'fund', 'trust', 'alliance', 'union', 'society', 'magazine', 'journal', 'church', 'monastery', 'temple', 'mosque', 'article', 'criminal', 'code', 'procedure',
  'section', 'paragraph', 'annex', 'opinion', 'case', 'communication', 'reply', 'response', 'responses', 'spokesperson',
  'minister', 'foreign', 'affairs', 'public', 'security', 'justice', 'president', 'premier', 'ambassador', 'judge', 'ess',
  'un', 'us', 'eu', 'uk', 'npc', 'ccp', 'prc', 'olympics', 'square', 'tiananmen', 'great', 'hall', 'congress', 'plenary',
  'session', 'street', 'road', 'village', 'town', 'township', 'prefecture', 'lake', 'river', 'mountain', 'embassy',
  'consulate', 'dialogue', 'digest', 'quarter', 'update', 'updates', 'prisoner', 'prisoners', 'names', 'list', 'lists',
  'whereabouts', 'note', 'notes', 'source', 'sources', 'photo', 'image', 'credit', 'file', 'pool', 'epa', 'ap', 'cnn',
  'according', 'apart', 'eligible', 'guangdong', 'general', 'assembly', 'secretary', 'council', 'west', 'east', 'north',
  'south', 'northern', 'southern', 'eastern', 'western', 'central', 'new', 'old', 'year', 'years', 'month', 'months',
  'day', 'days', 'week', 'spring', 'summer', 'autumn', 'winter', 'christmas', 'easter', 'ramadan', 'islam', 'buddhism',
  'christianity', 'uyghur', 'uighur', 'uyghurs', 'tibetan', 'tibetans', 'han', 'hui', 'kazakh', 'mongolian', 'muslim',
  'christian', 'catholic', 'protestant', 'buddhist', 'police', 'authorities', 'officials', 'official', 'sources', 'state',
  'reporters', 'borders', 'pen', 'america', 'american', 'british', 'canadian', 'australian', 'swedish', 'german',
  'european', 'union', 'states', 'kingdom', 'canada', 'australia', 'sweden', 'germany', 'france', 'japan', 'taipei',
  'lhasa', 'urumqi', 'kashgar', 'hotan', 'guangzhou', 'shenzhen', 'wuhan', 'chengdu', 'nanjing', 'hangzhou', 'an',
  'britain', 'england', 'scotland', 'ireland', 'italy', 'spain', 'netherlands', 'norway', 'denmark', 'finland', 'switzerland',
  'austria', 'belgium', 'poland', 'russia', 'india', 'pakistan', 'nepal', 'thailand', 'vietnam', 'burma', 'myanmar', 'laos',
  'cambodia', 'malaysia', 'singapore', 'indonesia', 'philippines', 'korea', 'mongolia', 'kazakhstan', 'kyrgyzstan', 'turkey',
  'mandarin', 'cantonese', 'putonghua', 'arabic', 'russian', 'french', 'spanish', 'japanese', 'korean', 'vietnamese',
  'egypt', 'brussels', 'geneva', 'london', 'paris', 'berlin', 'washington', 'ottawa', 'canberra', 'stockholm', 'oslo', 'tokyo',
  // Movements and the like ("the 2014 pro-democracy Umbrella Movement, has been released"; "Hangzhou State Secure", a bad translation).
  'movement', 'revolution', 'umbrella', 'occupy', 'campaign', 'protest', 'protests', 'uprising', 'secure',
  'jehovah', 'jehovahs', 'witness', 'witnesses', 'witnesse',
  // Workplaces ("employee of the No. 101 Factory of the Jilin Chemical Company, was arrested").
  'hongkongers', 'hongkonger', 'kazakhs', 'kyrgyz', 'mongols', 'mongolians', 'company', 'companies', 'factory', 'corporation', 'corp', 'enterprise', 'enterprises', 'bank', 'school', 'college', 'academy', 'station',
]);
const NOT_NAME_PHRASES = ['hong kong', 'dui hua', 'falun gong', 'xi jinping', 'li keqiang', 'hu jintao', 'wen jiabao', 'jiang zemin', 'deng xiaoping', 'mao zedong', 'san francisco', 'new york', 'el salvador', 'security law', 'basic law', 'sedition law', 'martial law', 'the law', 'law firm', 'law school', 'law society', 'international law', 'marriage law', 'labour law', 'labor law'];

/** Every country's one-word English name from the runtime's own region data (ICU), but names people also bear. */
function countryWords(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const out: string[] = [];
  for (let a = 65; a < 91; a++) for (let b = 65; b < 91; b++) {
    const code = String.fromCharCode(a, b);
    let name: string | undefined;
    try { name = names.of(code); } catch { continue; }
    if (name && name !== code && /^\p{L}+$/u.test(name)) out.push(foldLatin(name));
  }
  const personal = new Set(['jordan', 'chad', 'georgia', 'israel', 'jersey', 'mali', 'samoa', 'guernsey']);
  return out.filter((w) => !personal.has(w));
}

let placeWords: Set<string> | undefined;
function isNotNameWord(w: string): boolean {
  placeWords ??= new Set([
    ...provinceTerms().flatMap((p) => [p.en, ...(p.alt ?? [])]).filter((x) => !/\p{Script=Han}/u.test(x)).map((x) => foldLatin(x)),
    ...countryWords(),
  ]);
  const f = foldLatin(w);
  // "Mandarin-focused", "state-run", "Beijing-based": a compound adjective.
  if (/-(?:focused|based|led|born|run|owned|speaking|language|related|backed|style|era|oriented|funded|linked|affiliated|controlled|sponsored|language)$/.test(f)) return true;
  // A relative named by the tie: "Brother-in-Law", "Mother-in-law".
  if (/-in-law$/.test(f)) return true;
  return NOT_NAME_WORDS.has(f) || placeWords.has(f);
}

function prepare(blocks: readonly DocumentBlock[]): Block[] {
  return blocks.map((b, index) => ({ index, text: b.text, simple: simplifiedAligned(b.text), words: latinWordsIn(b.text) }));
}

/** Runs of capitalised words separated by single spaces: the places a Latin name can stand. */
function capitalRuns(words: Word[], text: string): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  for (const w of words) {
    const prev = run[run.length - 1];
    if (w.capital && prev && /^ ?$/.test(text.slice(prev.end, w.start)) && !/['’]s$/.test(text.slice(prev.start, prev.end + 2))) run.push(w);
    else {
      if (run.length) runs.push(run);
      run = w.capital ? [w] : [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

const folded = (ws: Word[]): string[] => ws.map((w) => foldLatin(w.text).replace(/[^a-z]/g, ''));
const isStopPhrase = (ws: Word[]): boolean => NOT_NAME_PHRASES.some((p) => ` ${folded(ws).join(' ')} `.includes(` ${p} `));

const readsAsPinyinWord = (w: string): boolean => Boolean(splitPinyin(foldLatin(w).replace(/[^a-z]/g, '')));

/** A Latin name nobody knows yet: two to four words that are no function words, places or institutions. */
function plausibleLatinName(ws: Word[]): boolean {
  if (!ws.length || ws.length > 4 || isStopPhrase(ws)) return false;
  if (ws.every((w) => w.upper) && ws.length > 1) return false; // datelines and headings: "SAN FRANCISCO"
  if (ws.length === 1 && ws[0].upper) return false; // an acronym: "CAA said it was particularly concerned"
  return ws.every((w) => w.text.length >= 2 && !isNotNameWord(w.text));
}

/** Every way a block's characters could start a known name: surname + 1-3 characters, and dotted names. */
function hanCandidates(b: Block, out: Set<string>): void {
  const s = b.simple;
  for (let i = 0; i < s.length; i++) {
    if (!isHan(s[i])) continue;
    const sl = surnameAt(s.slice(i, i + 2));
    if (!sl) continue;
    for (let len = sl + 1; len <= sl + 3 && i + len <= s.length; len++) {
      const sub = s.slice(i, i + len);
      if (![...sub].every(isHan)) break;
      out.add(sub);
    }
  }
  // Names with no surname (Uyghur and Tibetan names written without dots: 伊力哈木, 扎西旺堆) start anywhere.
  // (…and a two-character pen name standing apart, 从力虹、李旺阳: 力虹 is a record's alias.)
  for (let i = 0; i < s.length; i++) {
    if (!isHan(s[i]) || !isHan(s[i + 1])) continue;
    // (…or one whose neighbours end a word as a name's do: "桑杰嘉指,洛洛去年被拘留", "一位叫图多的村民".)
    if (((!isHan(s[i - 1]) || LEAD_CHARS.has(s[i - 1])) && (!isHan(s[i + 2]) || /[等和及与的被]/.test(s[i + 2]))) || hanBoundaryOk(s, i, i + 2)) out.add(s.slice(i, i + 2));
    for (let len = 3; len <= 8 && i + len <= s.length; len++) {
      if (!isHan(s[i + len - 1])) break;
      out.add(s.slice(i, i + len));
    }
  }
  // (Parts run long where two names share a run: "…迪丽努尔·买苏木江和哥哥塔衣尔江·买苏木江…".)
  for (const m of s.matchAll(/[\p{Script=Han}]{1,16}(?:·[\p{Script=Han}]{1,16})+/gu)) {
    for (const d of dottedVariants(m[0])) out.add(d);
  }
}

/** "罪犯伊力哈木·土赫提因" could be "伊力哈木·土赫提": trim the first part from the left, the last from the right. */
function dottedVariants(run: string): string[] {
  const all = run.split('·');
  const out: string[] = [];
  // (Two names may share a run: "霍安拜克·艾地布汗和加力肯·加克斯别克" — every stretch of consecutive parts is tried.)
  for (let i = 0; i < all.length - 1; i++) {
    for (let j = i + 1; j < all.length && j - i <= 3; j++) {
      const first = all[i];
      const last = all[j];
      const middle = all.slice(i + 1, j);
      for (let a = 0; a <= first.length - 1; a++) {
        for (let z = last.length; z >= 1; z--) out.push([first.slice(a), ...middle, last.slice(0, z)].join('·'));
      }
    }
  }
  return out;
}

function latinCandidates(b: Block, out: Set<string>): void {
  for (const run of capitalRuns(b.words, b.text)) {
    for (let i = 0; i < run.length; i++) {
      // One word too: Tibetan and Uyghur people are often known by one name (Tendar, Gakyi).
      for (let n = 1; n <= 4 && i + n <= run.length; n++) {
        const ws = run.slice(i, i + n);
        // …but not a word that reads as two or more pinyin syllables ("Weibo", "Lanzhou", "Meizhou"): in a large
        // database some record is written that way, and the word is far more often a place or a thing.
        // (A Tibetan name part that happens to read as pinyin, "Wangdue" as wang-du-e, is still a name.)
        if (n === 1 && (ws[0].text.length < 4 || ws[0].upper || ws[0].text.includes("-") || isNotNameWord(ws[0].text) || ((splitPinyin(foldLatin(ws[0].text).replace(/[^a-z]/g, ''))?.length ?? 0) >= 2 && !tibetanFromLatin([[foldLatin(ws[0].text).replace(/[^a-z]/g, '')]])))) continue;
        // A record will say whether it is a name; only words that cannot be part of one are left out here
        // ("He Lan", "Han Fangying" and "An Hui" are names: he, han and an are surnames too).
        if (isStopPhrase(ws) || ws.some((w) => isNotNameWord(w.text) && !readsAsPinyinWord(w.text))) continue;
        out.add(b.text.slice(ws[0].start, ws[n - 1].end));
      }
    }
  }
}

/** Names interrupted by brackets of other spellings: the words before and after, joined, with the whole stretch. */
function interruptedNames(b: Block): { block: number; start: number; end: number; joined: string; words: Word[] }[] {
  const out: { block: number; start: number; end: number; joined: string; words: Word[] }[] = [];
  const re = /\b(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*[(（]\s*\p{Lu}[\p{L}'’-]+(?:\s*(?:,|\/|\bor\b)\s*\p{Lu}[\p{L}'’-]+)*\s*[)）]\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/gu;
  for (const m of b.text.matchAll(re)) {
    const start = m.index!;
    const end = start + m[0].length;
    const afterAt = end - m[2].length;
    const words = b.words.filter((w) => (w.start >= start && w.end <= start + m[1].length) || (w.start >= afterAt && w.end <= end));
    if (words.some((w) => isNotNameWord(w.text))) continue;
    out.push({ block: b.index, start, end, joined: `${m[1]} ${m[2]}`, words });
  }
  return out;
}

const overlaps = (a: { block: number; start: number; end: number }, b: { block: number; start: number; end: number }) =>
  a.block === b.block && a.start < b.end && b.start < a.end;

/** Stretches of text already taken by a name, by block: checking a new one costs the names of its paragraph only. */
class Occupied<T extends { block: number; start: number; end: number }> {
  private readonly byBlock = new Map<number, T[]>();
  constructor(items: readonly T[] = []) { items.forEach((i) => this.add(i)); }
  add(item: T): void {
    const list = this.byBlock.get(item.block);
    if (list) list.push(item);
    else this.byBlock.set(item.block, [item]);
  }
  has(span: { block: number; start: number; end: number }): boolean {
    return (this.byBlock.get(span.block) ?? []).some((t) => overlaps(t, span));
  }
  inBlock(block: number): readonly T[] { return this.byBlock.get(block) ?? []; }
}

/** "Zhou Shifeng (周世峰)": characters in brackets right after a Latin name are the same person's name. */
function bracketedHan(b: Block, end: number): { zh: string; end: number } | undefined {
  const m = /^\s*[（(]\s*([\p{Script=Han}·]{2,14})\s*[)）]/u.exec(b.text.slice(end));
  if (!m) return undefined;
  const zh = simplifiedAligned(m[1]);
  // A person's name: a surname and one to three characters, or a dotted name ("长沙富能" is a company).
  const name = zh.includes('·') || (surnameAt(zh) > 0 && zh.length <= 4 + (surnameAt(zh) - 1)) || zh.length >= 5;
  return name ? { zh: zh.replace(/·/g, ''), end: end + m[0].length } : undefined;
}

/** Words for what someone is (an occupation, a title, a relation) that a record may hold as a nickname. */
const COMMON_NOUN_ALIAS = /^(?:校长|老师|教师|律师|牧师|医生|记者|教授|博士|书记|主任|局长|所长|院长|厂长|村长|镇长|县长|市长|主席|老板|师傅|大哥|大姐|阿姨|叔叔|老人|先生|女士|同学|同志|师父|和尚|喇嘛|活佛|法师|神父|修女|阿訇|伊玛目|毛拉|工程师|会计|司机|农民|工人|学生|作家|诗人|画家|歌手|老师傅|班长|组长|队长|连长|营长|团长|掌门|教主|头人)$/;
function knownNames(blocks: Block[], finder: NameFinder): FullName[] {
  const candidates = new Set<string>();
  for (const b of blocks) {
    hanCandidates(b, candidates);
    latinCandidates(b, candidates);
  }
  const interrupted = blocks.flatMap((b) => interruptedNames(b));
  for (const n of interrupted) candidates.add(n.joined);
  const known = finder.knownNames([...candidates]);
  const found: FullName[] = [];
  // A two-character name that stands apart somewhere in the text ("去年1月,楊宏、…") is the same name where only the
  // character after it ends a word ("天津留日歸國人才楊宏和妻子…": 人才 runs into it).
  const standing = new Set<string>();
  for (const b of blocks) {
    for (let i = 0; i + 2 <= b.simple.length; i++) {
      const sub = b.simple.slice(i, i + 2);
      if (known.has(sub) && isHan(sub[0]) && isHan(sub[1]) && hanBoundaryOk(b.simple, i, i + 2)) standing.add(sub);
    }
  }
  for (const b of blocks) {
    const hits: FullName[] = [];
    // "Memetjan (Memet, Muhemmetjan) Abdulla": a name with other spellings of its first part set in brackets inside it.
    for (const n of interrupted) {
      if (n.block !== b.index || !known.has(n.joined)) continue;
      hits.push({ block: b.index, start: n.start, end: n.end, kind: 'known', why: `a record has the name ${n.joined} (other spellings in brackets inside it)`, latin: folded(n.words), words: n.words });
    }
    const s = b.simple;
    for (let i = 0; i < s.length; i++) {
      if (!isHan(s[i])) continue;
      // (A Uyghur name with its father's name may run to 13 characters and more: 阿不都克里木·阿不都瓦伊提.)
      for (let len = Math.min(24, s.length - i); len >= 2; len--) {
        const sub = s.slice(i, i + len);
        if (!known.has(sub)) continue;
        // (A record's nickname that is a common word, 校长 "Headmaster", is a name only in quotes: "副教授、博士、工程师、校长、
        // 教师" lists occupations.)
        if (COMMON_NOUN_ALIAS.test(sub) && !(/[“"「『‘]$/.test(s.slice(0, i)) && /^[”"」』’]/.test(s.slice(i + len)))) break;
        const elsewhere = len === 2 && standing.has(sub) && !hanBoundaryOk(s, i, i + len) && hanSidesOk(s, i, i + len)[1] && /^[和与及、，,被遭]/.test(s.slice(i + len));
        if (!sub.includes('·') && !hanBoundaryOk(s, i, i + len) && !elsewhere) continue;
        hits.push({ block: b.index, start: i, end: i + len, kind: 'known', why: elsewhere ? `a record has the name ${sub}, which the text names standing apart elsewhere` : `a record has the name ${sub}`, zh: sub.replace(/·/g, '') });
        break;
      }
    }
    for (const run of capitalRuns(b.words, b.text)) {
      for (let i = 0; i < run.length; i++) {
        for (let n = Math.min(4, run.length - i); n >= 1; n--) {
          const ws = run.slice(i, i + n);
          const text = b.text.slice(ws[0].start, ws[n - 1].end);
          if (!known.has(text)) continue;
          // One word alone is no name where it is part of a longer one ("Serthar Chime said") or names a place
          // ("Serthar county", "Serthar [in Chinese, Seda] county").
          if (n === 1 && (run.length > 1 && [run[i - 1], run[i + 1]].some((w) => w && !isNotNameWord(w.text) && !w.upper)
            || PLACE_AFTER.test(b.text.slice(ws[0].end, ws[0].end + 40)))) continue;
          const br = bracketedHan(b, ws[n - 1].end);
          hits.push({ block: b.index, start: ws[0].start, end: br?.end ?? ws[n - 1].end, kind: 'known', why: `a record has the name ${text}`, latin: folded(ws), words: ws, zh: br?.zh });
          break;
        }
      }
    }
    // Longest first, then leftmost; no two names overlap.
    hits.sort((x, y) => (y.end - y.start) - (x.end - x.start) || x.start - y.start);
    for (const h of hits) if (!found.some((f) => overlaps(f, h))) found.push(h);
  }
  return found;
}

/** The rest of a list, then a place's kind: " and Rabten—monasteries", ", Pema and Gade counties". */
const PLACES_LISTED_AFTER = /^(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*\s*(?:[—–]\s*)?(?:count(?:y|ies)|prefectures?|townships?|towns?|villages?|monaster(?:y|ies)|nunner(?:y|ies)|temples?|provinces?|regions?|districts?)\b/i;
/** A place's kind after its name: "Serthar county", "Kirti monastery", "including Tarmoe and Rabten—monasteries". */
const PLACE_AFTER = /^\s*(?:\[[^\]]{0,30}\]\s*|\([^)]{0,30}\)\s*)?(?:[—–]\s*)?(?:count(?:y|ies)|prefectures?|townships?|towns?|villages?|monaster(?:y|ies)|regions?|provinces?|city|cities|districts?|areas?|valleys?|rivers?|lakes?|mountains?|nunner(?:y|ies)|temples?)\b/i;

/** A two- or three-character known name inside running text must stand apart from the words around it. */
function hanBoundaryOk(s: string, start: number, end: number): boolean {
  if (end - start >= 3) return true;
  const [beforeOk, afterOk] = hanSidesOk(s, start, end);
  return beforeOk && afterOk;
}

/** Whether the characters before and after a two-character name each end a word. */
function hanSidesOk(s: string, start: number, end: number): [boolean, boolean] {
  const before = s[start - 1];
  const after = s[end];
  const beforeOk = !isHan(before) || LEAD_CHARS.has(before) || /[犯告人员为是称对向与和及、的]/.test(before) || VERB_BEFORE_NAME.test(s.slice(Math.max(0, start - 3), start))
    || /(?:律师|牧师|教师|记者|人士|学者|作家|博士|教授|创办人|负责人|成员|之一|主席|会长|委员|主任|基督徒|信徒|教徒|学员|弟子|传道人|神父|修女|喇嘛|僧人|尼姑|活佛|工人|农民|牧民|商人|公民|网民|博主|诗人|画家|歌手|艺人|导演|学生|妇女|男子|女子|母亲|父亲|妻子|丈夫|太太|夫人|老婆|老公|儿子|女儿|姐姐|妹妹|哥哥|弟弟|教官|将官|军官|站长|店主|老板|村民|访民|民众|群众|僧侣|名叫|叫做|叫)$/.test(s.slice(Math.max(0, start - 3), start));
  // (…or the crime a ruling names after it: "曾宁以积极参加反革命集团罪,判处…".)
  const afterOk = !isHan(after) || NAME_STOP.has(after) || /[，。、；：（）说表称的等亦]/.test(after) || VERB_AFTER_NAME.test(s.slice(end)) || TITLE_AFTER_NAME.test(s.slice(end)) || /^以[^，。；,;]{1,30}?罪/.test(s.slice(end))
    // (…or its term, in a list: "判处九名村民徒刑:…;吴芳五年;")
    || /^[零〇一二两三四五六七八九十百]+(?:年|个月)(?:半|[零〇一二两三四五六七八九十]+个?月)?(?:[；;，,。]|刑满|徒刑|有期|监禁)/.test(s.slice(end)) || /^(?:一?案|上诉|申诉|表示|执行(?:逮捕|拘留)|目前|当前|日前|此前|近日|早前|随即|身体|健康|去年|今年|前年|昨|今天|今日|本周|上周|上月|本月)/.test(s.slice(end));
  return [beforeOk, afterOk];
}

const ORG_AHEAD = /^[\p{Script=Han}]{0,3}?(?:教会|教堂|公司|集团|大学|学院|医院|协会|委员会|基金会|研究所|研究院|报社|出版社|清真寺|寺院|律师事务所|事务所)/u;

/** The name a pattern introduces, read from position `at` of simplified text: surname + 1-2 characters, or a dotted name. */
function hanNameAt(s: string, at: number): { start: number; end: number } | undefined {
  const dotted = /^[\p{Script=Han}]{1,10}(?:·[\p{Script=Han}]{1,10})+/u.exec(s.slice(at));
  if (dotted) {
    let end = at + dotted[0].length;
    while (end > at && NAME_STOP.has(s[end - 1]) && s[end - 2] !== '·') end--;
    return { start: at, end };
  }
  const sl = surnameAt(s.slice(at, at + 2));
  if (!sl) return undefined;
  // The first characters of an organisation's name: "秋雨圣约教会" is a church, not 秋雨圣.
  if (ORG_AHEAD.test(s.slice(at + sl, at + sl + 6))) return undefined;
  // A masked name ends with its 某 or 某某 (叶某不服 is 叶某).
  const masked = /^某{1,2}/.exec(s.slice(at + sl, at + sl + 2));
  if (masked) return { start: at, end: at + sl + masked[0].length };
  let end = at + sl;
  // (…nor a title after it: 付娟传道 is 付娟.)
  while (end < s.length && end - at - sl < 2 && HAN_NAME_CHAR.test(s[end]) && !NAME_STOP.has(s[end]) && !(end - at > sl && (VERB_AFTER_NAME.test(s.slice(end)) || TITLE_AFTER_NAME.test(s.slice(end))))) end++;
  // (…nor an adverb after it: "于宙双双被非法关押" is 于宙, both of them.)
  if (end - at - sl === 2 && /^(?:双双|雙雙|纷纷|紛紛|一一)/.test(s.slice(end - 1))) end--;
  return end - at > sl ? { start: at, end } : undefined;
}

function introducedNames(blocks: Block[], taken: FullName[]): FullName[] {
  const found: FullName[] = [];
  const occupied = new Occupied(taken);
  const add = (f: FullName) => {
    if (occupied.has(f)) return;
    found.push(f);
    occupied.add(f);
  };
  for (const b of blocks) {
    const s = b.simple;
    for (const m of s.matchAll(ZH_CUES)) {
      // "上诉人（原审被告人）叶某": the name follows the bracketed cue.
      const at = m.index! + m[0].length + (/^(?:[（(][^）)]{1,10}[）)]|[）)])\s*/.exec(s.slice(m.index! + m[0].length))?.[0].length ?? 0);
      // "被告人和正在服刑的罪犯", "被告人及其辩护人": a conjunction, not the surname 和 or 及.
      // …nor a sentencing word: "可酌情对被告人从轻处罚" names no 从轻处; nor an adverb and a verb: "每个罪犯都能获得减刑".
      if (/^(?:(?:和|与|與|及|或)(?:正在|其他|其|罪犯|被告|犯罪|服刑|在押|证人|證人|辩护|辯護|被害|同案)|从轻|從輕|从重|從重|减轻|減輕|免除|免予|处以|處以|判处|判處|予以|依法|应当|應當|可以|酌情|(?:都|均|也|还|就|只|才|可|能|会|要|应|须|必|在|是|有|将|已|曾|正)(?:能|可|会|要|应|是|有|在|被|得|获|将|已|曾|正|不|没))/.test(s.slice(at, at + 6))) continue;
      const n = hanNameAt(s, at);
      if (n) add({ block: b.index, ...n, kind: 'introduced', why: `${m[0]} before the name`, zh: s.slice(n.start, n.end).replace(/·/g, '') });
    }
    // A relative named with what befell them: "黄琦的母亲蒲文清则被软禁".
    for (let at = 0; at < s.length; at++) {
      if (!ZH_KIN.test(s.slice(Math.max(0, at - 2), at))) continue;
      const n = hanNameAt(s, at);
      if (n && ZH_CUSTODY_AFTER.test(s.slice(n.end, n.end + 12))) add({ block: b.index, ...n, kind: 'introduced', why: 'a relative named with what befell them', zh: s.slice(n.start, n.end) });
    }
    // "经查，无王小明此人": the person a not-found answer is about.
    for (const m of s.matchAll(/(?:无|查无|没有)[“"「]?([\p{Script=Han}·]{2,10}?)[”"」]?(?:此人|其人|这个人|的(?:任何)?(?:记录|信息|档案))/gu)) {
      const start = m.index! + m[0].indexOf(m[1]);
      if (surnameAt(m[1]) || m[1].includes('·')) add({ block: b.index, start, end: start + m[1].length, kind: 'introduced', why: 'a not-found answer names the person (无X此人)', zh: m[1].replace(/·/g, '') });
    }
    // "最高龄82岁的杨锡元,来自江苏常州,被判刑2年": an age, then the name.
    // (…or an age and what the person is: "76岁退休女教师宋兆恒,被…迫害致死".)
    for (const m of s.matchAll(/(?<!\d)\d{1,3}\s*岁(?:的)?(?:[^，,。；;\d]{0,6}?(?:教师|老师|工人|农民|医生|学员|老人|干部|职工|居民|村民|妇女|男子|女子|牧民|商人|律师|学生))?/g)) {
      const at = m.index! + m[0].length;
      const n = hanNameAt(s, at);
      if (n && n.end - n.start >= 2 && /^[，,、被遭于在因]/.test(s.slice(n.end))) add({ block: b.index, ...n, kind: 'introduced', why: 'an age before the name (82岁的X)', zh: s.slice(n.start, n.end) });
    }
    // "16日放的是朗达西图(因)和阿迪阿(音)两个人": (音) marks a name written by its sound, the characters right before it.
    for (const m of s.matchAll(/([\p{Script=Han}·]{2,8})[（(]\s*音\s*[）)]/gu)) {
      const run = m[1];
      const cut = Math.max(...[...'是和及与跟同叫名为的了、'].map((c) => run.lastIndexOf(c) + 1));
      const name = run.slice(cut);
      const start = m.index! + cut;
      if (name.replace(/·/g, '').length >= 2 && name.length <= 6) add({ block: b.index, start, end: start + name.length, kind: 'introduced', why: '(音) after it: a name written by its sound', zh: name.replace(/·/g, '') });
    }
    // "清真寺阿訇哈布力,被指…": a religious title before a name that has no surname (阿訇, 伊玛目, 毛拉, 堪布).
    for (const m of s.matchAll(/(?:阿訇|阿匐|伊玛目|毛拉|堪布)([\p{Script=Han}·]{2,8}?)(?=[，,、。；;被因于在和及与遭曾已也])/gu)) {
      const name = m[1];
      if (/[其该此们人者等名位各均都他她我你的是了]/.test(name)) continue;
      const start = m.index! + m[0].length - name.length;
      add({ block: b.index, start, end: start + name.length, kind: 'introduced', why: `"${m[0].slice(0, m[0].length - name.length)}" before the name`, zh: name.replace(/·/g, '') });
    }
    // "对贡贝判处3年徒刑": the one a court sentenced, between 对 and 判处 and its term (a Tibetan name has no surname).
    for (const m of s.matchAll(/对([\p{Script=Han}·]{2,8}?)(?:判处|判處)(?=有期徒刑|无期徒刑|無期徒刑|死刑|[零〇一二两兩三四五六七八九十百\d]+年)/gu)) {
      const name = m[1];
      if (/[其该此上述们人犯者等名位各均都他她我你被告罪]/.test(name) || name.replace(/·/g, '').length > 6) continue;
      const start = m.index! + 1;
      add({ block: b.index, start, end: start + name.length, kind: 'introduced', why: 'the one sentenced between 对 and 判处', zh: name.replace(/·/g, '') });
    }
    // "王洋，经查，无此人。": a name at the head of a paragraph, before a comma.
    const head = /^\s*([\p{Script=Han}·]{2,5})\s*[，,（(]/u.exec(s);
    if (head) {
      const n = hanNameAt(s, head.index + head[0].indexOf(head[1]));
      if (n && n.end === head.index + head[0].indexOf(head[1]) + head[1].length) add({ block: b.index, ...n, kind: 'introduced', why: 'a name at the head of the paragraph', zh: s.slice(n.start, n.end).replace(/·/g, '') });
    }
    for (const m of s.matchAll(ZH_GENDER_AFTER)) {
      const run = m[1];
      const runStart = m.index!;
      const span = hanNameEndingRun(run);
      if (span) add({ block: b.index, start: runStart + span.start, end: runStart + span.end, kind: 'introduced', why: 'gender after the name (X，男，)', zh: run.slice(span.start, span.end).replace(/·/g, '') });
    }
    for (const run of capitalRuns(b.words, b.text)) latinIntroduced(b, run, add);
  }
  return found;
}

/**
 * Names listed with a name already found: "Nagwang Gyainsing and Ngawang Osel were sentenced", "Concerning:
 * Tenzin Choewang, Sey Khedup, Tserin Lhagon", "王鸿章、袁业余、付建". Each neighbour across a comma, "and" or 、
 * that reads as a name is a person too; the list is followed both ways until something else stands there.
 */
/** The capitalised words after a separator are a place or country ("…; Indonesia, China"). */
function nextRunIsPlace(b: Block, at: number): boolean {
  const sep = /^\s*[;,]\s*/.exec(b.text.slice(at));
  if (!sep) return false;
  const run = capitalRuns(b.words, b.text).find((r) => r[0].start === at + sep[0].length);
  return Boolean(run && run.every((w) => isNotNameWord(w.text)));
}

function listedNames(blocks: Block[], found: FullName[]): FullName[] {
  const out: FullName[] = [];
  const occupied = new Occupied(found);
  const free = (f: { block: number; start: number; end: number }) => !occupied.has(f);
  const push = (f: FullName) => { out.push(f); occupied.add(f); };
  for (const b of blocks) {
    const runs = capitalRuns(b.words, b.text).map(withoutStopPhrases).filter((r) => r.length);
    let grew = true;
    while (grew) {
      grew = false;
      const here = occupied.inBlock(b.index).filter((f) => f.latin);
      for (const run of runs) {
        const ws = run.slice(-4);
        const span = { block: b.index, start: ws[0].start, end: ws[ws.length - 1].end };
        if (!free(span) || !plausibleLatinName(ws) || WORK_BEFORE.test(b.text.slice(Math.max(0, span.start - 40), span.start))) continue;
        // ("one of three—including Tarmoe and Rabten—monasteries closed": a list of places, by the kind after it.)
        if (PLACES_LISTED_AFTER.test(b.text.slice(span.end, span.end + 80))) continue;
        const next = here.find((f) => /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*)$/.test(b.text.slice(span.end, f.start)));
        const prev = here.find((f) => /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*)$/.test(b.text.slice(f.end, span.start)));
        const lead = /(?:concerning|regarding|namely|including|cases? of)\s*[:：]?\s*$/i.test(b.text.slice(Math.max(0, span.start - 20), span.start));
        if (!next && !prev && !lead) continue;
        // "the case of Azherbaijan; Indonesia, China (…)": a list of countries, one of them misspelt.
        if (lead && !next && !prev && nextRunIsPlace(b, span.end)) continue;
        const why = lead ? 'listed after "concerning"' : `listed with ${b.text.slice((next ?? prev)!.start, (next ?? prev)!.end)}`;
        const br = bracketedHan(b, span.end);
        push({ ...span, end: br?.end ?? span.end, kind: 'introduced', why, latin: folded(ws), words: ws, zh: br?.zh });
        grew = true;
      }
    }
    const s = b.simple;
    // "三名被判刑的藏人分别是尕藏当智、久买谈克和落桑": the names a counted group of people is said to be, surname or none.
    for (const m of s.matchAll(/(?:\d+|[两二三四五六七八九十]+)(?:名|位|个)[^，,。；;：:]{0,14}?(?:分别是|分别为|分别叫|分别名叫|包括|是(?=[:：]))[:：]?\s*((?:[\p{Script=Han}·]{2,8}(?:[、和及]|(?=[，,。；;]|$))){2,16})/gu)) {
      let at = m.index! + m[0].length - m[1].length;
      for (const item of m[1].split(/[、和及]/).filter(Boolean)) {
        const span = { block: b.index, start: at, end: at + item.length };
        at = span.end + 1;
        if (/[的了在被是有为与对从把向将其他她们這这那个名位人等罪年月日]/.test(item) || !free(span)) continue;
        const why = `listed as one of "${m[0].slice(0, m[0].length - m[1].length).trim()}"`;
        push({ ...span, kind: 'introduced', why, zh: item.replace(/·/g, '') });
        // (…and the same characters wherever else the text writes them: "其中尕藏当智被判刑6年,…落桑被判刑4年".)
        for (const other of blocks) {
          for (let k = other.simple.indexOf(item); k >= 0; k = other.simple.indexOf(item, k + item.length)) {
            const again = { block: other.index, start: k, end: k + item.length };
            if (free(again)) push({ ...again, kind: 'introduced', why, zh: item.replace(/·/g, '') });
          }
        }
      }
    }
    // 王鸿章、袁业余、付建: characters between 、 next to a name found.
    for (const f of occupied.inBlock(b.index).filter((x) => x.zh)) {
      for (const dir of [-1, 1]) {
        let at = dir < 0 ? f.start : f.end;
        for (;;) {
          // "区诺轩判囚6年9个月、赵家贤判囚7年、钟锦麟判囚6年1个月": each name with its own term, listed alike.
          if (dir > 0) {
            const told = TERM_TOLD.exec(s.slice(at));
            if (told && s[at + told[0].length] === '、' && TERM_TOLD.test(s.slice(at + told[0].length + 1).replace(/^[\p{Script=Han}]{2,4}?(?=(?:被)?判)/u, ''))) at += told[0].length;
          } else {
            const told = TERM_TOLD_BEFORE.exec(s.slice(0, at - 1));
            if (s[at - 1] === '、' && told && TERM_TOLD.test(s.slice(at).replace(/^[\p{Script=Han}]{2,4}?(?=(?:被)?判)/u, ''))) at = told.index + 1;
          }
          // "高全福牧师和唐秉义牧师", "李洁传道和韩晓栋传道": a title after each name is no part of it, nor of the next.
          if (dir > 0) at += TITLE_AFTER_NAME.exec(s.slice(at))?.[0].length ?? 0;
          const sep = dir < 0 ? s[at - 1] : s[at];
          if (sep !== '、' && sep !== '和' && sep !== '及') break;
          const titled = dir < 0 ? (TITLE_BEFORE_SEP.exec(s.slice(Math.max(0, at - 8), at - 1))?.[0].length ?? 0) : 0;
          // "…、24岁学生李颖欣和24岁学生苏家玉。": an item told with an age and what the person does, the name last.
          const aged = dir > 0 ? agedItemAt(s, at + 1) : undefined;
          if (aged) {
            const span = { block: b.index, start: aged.start, end: aged.end };
            if (!free(span)) break;
            push({ ...span, kind: 'introduced', why: `listed with ${s.slice(f.start, f.end)} (an age, then the name)`, zh: s.slice(span.start, span.end) });
            at = span.end;
            continue;
          }
          const m = dir < 0 ? /([\p{Script=Han}]{2,4})$/u.exec(s.slice(Math.max(0, at - 5 - titled), at - 1 - titled)) : /^([\p{Script=Han}]{2,4})/u.exec(s.slice(at + 1, at + 6));
          if (!m) break;
          // (A Tibetan or Uyghur name in characters has no surname: "拉巴次仁、洛頓元、扎傑等三名藏人" — an item set
          // between two separators of a list that names people is a name too.)
          const bounded = dir > 0 && s[at] === '、' ? /^([\p{Script=Han}]{2,4})(?=[、和及等])/u.exec(s.slice(at + 1, at + 7)) : null;
          const name = dir < 0 ? hanNameEndingRun(m[1]) : hanNameAt(s.slice(at + 1, at + 12), 0) ?? (bounded && !/[的了在是有人们們等和及]/.test(bounded[1]) ? { start: 0, end: bounded[1].length } : undefined);
          if (!name) break;
          const start = dir < 0 ? at - 1 - titled - m[1].length + name.start : at + 1 + name.start;
          const span = { block: b.index, start, end: start + (name.end - name.start) };
          if (!free(span)) break;
          push({ ...span, kind: 'introduced', why: `listed with ${s.slice(f.start, f.end)}`, zh: s.slice(span.start, span.end) });
          at = dir < 0 ? span.start : span.end;
        }
      }
    }
  }
  return out;
}

/** A surname and a title standing for a person named before: 曹牧师, 王律师. */
const SURNAME_TITLE = new RegExp(`[\\p{Script=Han}]{1,2}?(?=(?:牧师|传道人|传道|长老|律师|先生|女士|神父|教授|博士|老师))`, 'gu');
/** A title written after a name: 牧师, 传道, 长老, 律师, 先生 … */
const TITLE_AFTER_NAME = new RegExp(`^${HAN_TITLE_WORDS}`);
const TITLE_BEFORE_SEP = new RegExp(`${HAN_TITLE_WORDS}$`);

const TERM_WORDS = '(?:被)?判(?:囚|处|刑)?(?:有期徒刑)?[\\d零〇一二两三四五六七八九十百]+(?:年|个?月)(?:[\\d零〇一二两三四五六七八九十]+个?月)?';
/** A term told right after a name ("判囚6年9个月"), and one ending just before a list's 、. */
const TERM_TOLD = new RegExp(`^${TERM_WORDS}`);
const TERM_TOLD_BEFORE = new RegExp(`${TERM_WORDS}$`);

/** The name at the end of a run of characters before "，男，": "经审理查明王小明" -> 王小明, "对于李明" -> 李明. */
/** A list item "24岁学生苏家玉" from `at`: an age, a few words of what the person does, and the name ending the item. */
function agedItemAt(s: string, at: number): { start: number; end: number } | undefined {
  const m = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[岁歲]([\p{Script=Han}]{2,12}?)(?=[、，,。；;]|和|及|$)/u.exec(s.slice(at, at + 20));
  if (!m) return undefined;
  const item = m[1];
  const itemStart = at + m[0].length - item.length;
  for (const len of [3, 2]) {
    if (item.length < len) continue;
    const name = item.slice(-len);
    const sl = surnameAt(name);
    if (sl && sl < len) return { start: itemStart + item.length - len, end: itemStart + item.length };
  }
  return undefined;
}

function hanNameEndingRun(run: string): { start: number; end: number } | undefined {
  if (run.includes('·')) {
    const parts = run.split('·');
    const first = parts[0].slice(-6);
    return { start: run.length - [first, ...parts.slice(1)].join('·').length, end: run.length };
  }
  for (const len of [3, 2, 4]) {
    if (run.length < len) continue;
    const start = run.length - len;
    const name = run.slice(start);
    const sl = surnameAt(name);
    if (!sl || sl >= len) continue;
    if (len === 3 && run.length > 3 && LEAD_CHARS.has(run[start]) && surnameAt(run.slice(start + 1))) continue;
    if (len === 3 && start > 0 && !LEAD_CHARS.has(run[start - 1]) && run.length > 4) continue;
    return { start, end: run.length };
  }
  return undefined;
}

function latinIntroduced(b: Block, whole: Word[], add: (f: FullName) => void): void {
  const text = b.text;
  // Words of a place or organisation ("Dui Hua received ...") are no part of a name.
  const run = withoutStopPhrases(whole);
  if (!run.length) return;
  const make = (ws: Word[], why: string) => {
    const br = bracketedHan(b, ws[ws.length - 1].end);
    add({ block: b.index, start: ws[0].start, end: br?.end ?? ws[ws.length - 1].end, kind: 'introduced', why, latin: folded(ws), words: ws, zh: br?.zh });
  };
  // Names in brackets after the run: "Hu Shigen (胡石根)".
  const tail = run.slice(-4);
  for (let i = 0; i < tail.length; i++) {
    const ws = tail.slice(i);
    if (bracketedHan(b, ws[ws.length - 1].end) && plausibleLatinName(ws)) return make(ws, 'characters in brackets after the name');
  }
  const before = text.slice(Math.max(0, run[0].start - 40), run[0].start);
  const after = text.slice(run[run.length - 1].end, run[run.length - 1].end + 80);
  // The name of a website, a magazine or a book ("the website Diyarim, was …", "the magazine Shar Dungri") is no one's.
  if (WORK_BEFORE.test(before)) return;
  // …nor that of a group ("activist group Student Politcism were sentenced", "the union Hong Kong Confederation …").
  if (GROUP_BEFORE.test(before)) return;
  const lead = run.slice(0, 4);
  // A title, a role or a verb before the run.
  if (TITLES.test(before) && lead.length >= 1 && lead.every((w) => !isNotNameWord(w.text))) return make(lead.slice(0, 3), `"${TITLES.exec(before)![1]}" before the name`);
  if ((ROLE_BEFORE.test(before) || VERB_BEFORE.test(before) || OTHER_BEFORE.test(before)) && plausibleLatinName(lead.slice(0, 3)) && lead.length >= 2) {
    return make(lead.slice(0, 3), `"${(ROLE_BEFORE.exec(before) ?? VERB_BEFORE.exec(before) ?? OTHER_BEFORE.exec(before))![0].trim()}" before the name`);
  }
  // A verb or an age after it: "Namga was sentenced", "Tashi Wangchuk, a 32-year-old".
  // …but not the last word of a relative clause: "Tsesang, who was held in Deyang prison near Xining, was released".
  const sentenceBefore = text.slice(Math.max(0, run[0].start - 240), run[0].start).split(/[.!?]\s+/).pop()!;
  const closesClause = /^\s*,/.test(after) && /,\s*(?:who|which|whose|where)\b[^,;]*$/i.test(sentenceBefore);
  // (…nor the next part of an address: "a monk at Zhenda Monastery in Sog County, Nagqu, was arrested".)
  if (/\b(?:County|Prefecture|Province|Region|City|Township|Village|District|Monastery|Town)\s*,\s*$/.test(before)) return;
  const last = closesClause ? [] : run.slice(-3);
  for (let i = 0; i < last.length; i++) {
    const ws = last.slice(i);
    const apposition = ws.length >= 2 && VERB_AFTER_APPOSITION.test(after);
    // ("Nureli, the webmaster of the website Salkin, and Nijat Azat … were tried": a role set after the name.)
    if (!(VERB_AFTER.test(after) || AGE_AFTER.test(after) || apposition || ROLE_AFTER.test(after))) break;
    if (plausibleLatinName(ws) && (ws.length >= 2 || singleWordName(ws[0], before))) return make(ws, VERB_AFTER.test(after) || apposition ? 'a verb of detention or sentence after the name' : AGE_AFTER.test(after) ? 'an age after the name' : 'what the person is, after the name');
  }
  // Tibetan names by their parts.
  for (let i = 0; i < run.length; i++) {
    for (let n = Math.min(4, run.length - i); n >= 2; n--) {
      const ws = run.slice(i, i + n);
      if (tibetanFromLatin(folded(ws).map((w) => [w])) && plausibleLatinName(ws)) return make(ws, 'Tibetan name parts');
    }
  }
}

/** The words of a run after the last stop phrase in it ("Dui Hua", "Hong Kong"). */
function withoutStopPhrases(run: Word[]): Word[] {
  let from = 0;
  for (let i = 0; i < run.length; i++) for (let n = 2; n <= 3 && i + n <= run.length; n++) if (isStopPhrase(run.slice(i, i + n))) from = Math.max(from, i + n);
  return run.slice(from);
}

const WORK_BEFORE = /\b(?:website|web\s*site|webs\s*ite|blog|magazine|journal|newspaper|forum|channel|book|novel|publication|periodical|newsletter|film|documentary|album|song|poem|app)\s+(?:called\s+|named\s+|titled\s+)?["“‘']?$/i;
const GROUP_BEFORE = /\b(?:group|organi[sz]ation|party|movement|alliance|union|association|coalition|network|platform|outlet|society|club|collective|campaign|foundation|NGO|federation|front|council|church|congregation|sect)\s+(?:called\s+|named\s+|known\s+as\s+)?["“‘']?$/i;
const ROLE_AFTER = /^\s*,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:webmaster|owner|editor|founder|administrator|monk|nun|teacher|student|writer|poet|blogger|journalist|activist|lawyer|pastor|imam|farmer|herder|herdsman|nomad|businessman|businesswoman|singer|artist|dissident|scholar|professor|worker|villager|petitioner|driver|doctor|nurse|engineer|accountant|shopkeeper|trader|resident|employee|entrepreneur|tailor|carpenter|cook|clerk|manager|national|citizen|assistant|reporter|photographer|researcher|translator|volunteer|publisher|bookseller|filmmaker|documentarian|economist|geographer)\b/i;

/** One word alone is a name only where a sentence could not start with it ("Namga was sentenced", not "Police were"). */
function singleWordName(w: Word, before: string): boolean {
  if (isNotNameWord(w.text) || w.upper) return false;
  // "16 Tibetans who were involved in the January protest in Draggo were sentenced": a place after "in", "at", "from".
  if (/\b(?:in|at|from|near|of|across|around|outside|inside|throughout)\s+$/i.test(before)) return false;
  const sentenceStart = /(^|[.!?:;]\s*|["“]\s*)$/.test(before);
  return !sentenceStart || !ENGLISH_SENTENCE_STARTERS.test(w.text);
}
const ENGLISH_SENTENCE_STARTERS = /^(Police|Authorities|Officials|Prisoners|Detainees|Both|They|He|She|It|Others|Most|Some|Many|Several|Those|These|Activists|Lawyers|Family|Relatives|Members|Sources|Reports|Records)$/;

/** Group full names into people: the same characters, or the same Latin words in either order, are one person. */
function groupPeople(names: FullName[], blocks: Block[]): { person: PersonInText; forms: { zh: Set<string>; latin: Set<string> }; names: FullName[] }[] {
  const people: { person: PersonInText; forms: { zh: Set<string>; latin: Set<string> }; names: FullName[] }[] = [];
  const latinKey = (l: string[]) => [...l].sort().join(' ');
  // Characters and their pinyin are one person in a bilingual text (王建兵 … Wang Jianbing).
  const pinyinKey = (zh: string) => {
    const { plain } = readPinyin(zh, { asName: true });
    const n = surnameAt(zh) || 1;
    return plain.length >= 2 ? latinKey([plain.slice(0, n).join(''), plain.slice(n).join('')]) : undefined;
  };
  const byZh = new Map<string, (typeof people)[number]>();
  const byLatin = new Map<string, (typeof people)[number]>();
  /** The first part of a name with dots ("腊吾尔孜拜·依孜巴沙尔"): the person's own name, written alone later. */
  const byFirstPart = new Map<string, (typeof people)[number]>();
  for (const n of [...names].sort((a, b) => a.block - b.block || a.start - b.start)) {
    const lk = n.latin ? latinKey(n.latin) : n.zh && !n.zh.includes('某') ? pinyinKey(n.zh) : undefined;
    const alsoPinyin = n.zh && n.latin && !n.zh.includes('某') ? pinyinKey(n.zh) : undefined;
    const written = blocks[n.block]?.simple.slice(n.start, n.end) ?? '';
    const viaZh = n.zh ? byZh.get(n.zh) ?? (written.includes('·') ? undefined : byFirstPart.get(n.zh)) : undefined;
    const viaLatin = lk ? byLatin.get(lk) : undefined;
    // "Lee Ming-che (李明哲, right)" then "Lee Ming-che (李明哲) was sentenced": a name in both scripts joins the
    // person known by its characters and the one known by its Latin words.
    if (viaZh && viaLatin && viaZh !== viaLatin && n.latin) {
      viaZh.names.push(...viaLatin.names);
      viaZh.names.sort((a, b) => a.block - b.block || a.start - b.start);
      for (const z of viaLatin.forms.zh) { viaZh.forms.zh.add(z); byZh.set(z, viaZh); }
      for (const l of viaLatin.forms.latin) { viaZh.forms.latin.add(l); byLatin.set(l, viaZh); }
      people.splice(people.indexOf(viaLatin), 1);
    }
    let p = viaZh ?? viaLatin;
    if (p) p.names.push(n);
    else {
      p = { person: { name: '', role: 'subject', mentions: [] }, forms: { zh: new Set(), latin: new Set() }, names: [n] };
      people.push(p);
    }
    for (const z of [n.zh].filter((x): x is string => Boolean(x))) { p.forms.zh.add(z); if (!byZh.has(z)) byZh.set(z, p); }
    const first = written.includes('·') ? written.split('·')[0] : '';
    if (first.length >= 2 && !byFirstPart.has(first)) byFirstPart.set(first, p);
    for (const l of [lk, alsoPinyin].filter((x): x is string => Boolean(x))) { p.forms.latin.add(l); if (!byLatin.has(l)) byLatin.set(l, p); }
  }
  return people;
}

/** The words that set another name of the same person after a name: "Yang Maodong (pen-name Guo Feixiong)", "X，笔名Y". */
const ALIAS_LEAD = /^\s*[(（,，]?\s*(?:(?:his|her|whose)\s+)?(?:pen[- ]?name|also known as|(?:formerly|previously|earlier|wrongly|once)\s+(?:mis-?)?(?:reported|named|identified|spelt|spelled|given)\s+as|a\.?k\.?a\.?|better known as|known as|alias|nickname|(?:dharma|religious|monastic|Uyghur|Tibetan|Chinese|English|online)\s+name|笔名|網名|网名|法名|又名|原名|本名|真名|化名|别名|別名|曾用名|俗名|藏名|维吾尔名|汉名)(?:\s+(?:is|was))?[\s:：,，]*["“「『]?\s*$/i;

/** The alias words just before a name, whatever stands before them (a quick test before the exact one). */
const ALIAS_LEAD_END = new RegExp(ALIAS_LEAD.source.replace(/^\^/, ''), 'i');
type Group = ReturnType<typeof groupPeople>[number];
/**
 * A name written in brackets right after another as its other form: characters after a Latin name ("Kelsang Choklang
 * (格桑却朗)", "A-Nya Sengdra 阿亚桑扎" inside an aside), or another spelling in square brackets ("顿格 [东格]", "朗色 [昂色, 南色]").
 */
function inBracketsAfter(text: string, a: FullName, b: FullName): boolean {
  const gap = text.slice(a.end, b.start);
  const openParen = Math.max(text.lastIndexOf('(', b.start), text.lastIndexOf('（', b.start));
  const insideParen = openParen >= 0 && openParen < a.start && !/[)）]/.test(text.slice(openParen, b.start));
  if (a.latin && !b.latin && b.zh) return /^\s*[(（]\s*$/.test(gap) || (/^\s+$/.test(gap) && insideParen);
  if (a.latin || b.latin || !a.zh || !b.zh) return false;
  const openSquare = Math.max(text.lastIndexOf('[', b.start), text.lastIndexOf('［', b.start));
  return /^\s*[[［]\s*$/.test(gap) || (/^\s*[,，、]\s*$/.test(gap) && openSquare >= 0 && openSquare < a.start && !/[\]］]/.test(text.slice(openSquare, b.start)));
}
/** People joined when one name is written as another's alias, so one person's news is one entry, not two. */
function mergeAliases(groups: Group[], blocks: Block[]): Group[] {
  const out = new Set(groups);
  // Each name's group, by block: only names in the same paragraph can be one another's alias.
  const byBlock = new Map<number, { name: FullName; group: Group }[]>();
  for (const g of groups) for (const name of g.names) byBlock.set(name.block, [...(byBlock.get(name.block) ?? []), { name, group: g }]);
  const ownerOf = new Map<Group, Group>();
  const owner = (g: Group): Group => { let x = g; while (ownerOf.has(x)) x = ownerOf.get(x)!; return x; };
  for (const b of groups) {
    let a: Group | undefined;
    for (const n of b.names) {
      const before = blocks[n.block].text.slice(Math.max(0, n.start - 40), n.start);
      // (…or in the other script after a slash: "ཚངས་དབྱངས་རྒྱ་མཚོ། / 仓央嘉措 / Tsangyang Gyatso".)
      const slashed = /[/／]\s*$/.test(before);
      // (…or in brackets: "Mr. Kelsang Choklang (格桑却朗)", "Mr. Dhongye (顿格 [东格]", "(also known as A-Nya Sengdra 阿亚桑扎)",
      // "朗色 [昂色, 南色]": a name in the other script, or another spelling, of the same person.)
      const bracketed = /[(（[［,，、]\s*$|[A-Za-z]\s+$/.test(before);
      if (!ALIAS_LEAD_END.test(before) && !slashed && !bracketed) continue;
      const text = blocks[n.block].text;
      const m = (byBlock.get(n.block) ?? []).find((x) => owner(x.group) !== owner(b) && x.name.end <= n.start && n.start - x.name.end <= 40
        && (ALIAS_LEAD.test(text.slice(x.name.end, n.start)) || (/^\s*[/／]\s*$/.test(text.slice(x.name.end, n.start)) && Boolean(x.name.latin) !== Boolean(n.latin))
          || inBracketsAfter(text, x.name, n)));
      if (m) { a = owner(m.group); break; }
    }
    if (!a || !out.has(b)) continue;
    a.names.push(...b.names);
    a.names.sort((x, y) => x.block - y.block || x.start - y.start);
    for (const z of b.forms.zh) a.forms.zh.add(z);
    for (const l of b.forms.latin) a.forms.latin.add(l);
    out.delete(b);
    ownerOf.set(b, a);
  }
  return groups.filter((g) => out.has(g));
}

function roleOf(names: FullName[], blocks: Block[]): PersonRole {
  let role: PersonRole = 'subject';
  for (const n of names) {
    const b = blocks[n.block];
    const before = b.simple.slice(Math.max(0, n.start - 12), n.start);
    const beforeLatin = b.text.slice(Math.max(0, n.start - 40), n.start);
    const after = b.text.slice(n.end, n.end + 60);
    // (A former chair of a civic group — "前支联会主席李卓人" — holds no office: the title says nothing of that.)
    const civic = /(?:主席|副主席|主任|院长|书记|负责人)[\s:：]*$/.test(before) && /前|会|協會|协会|组织|組織|联盟|聯盟|公司|集团|教会|党(?!委|组)/.test(before);
    // (Nor does a former one: "舞钢市人民法院原副院长王跃" is tried himself.)
    const former = /[原前](?:[^，,。、；;\s]{0,10})$/.test(before) && ZH_OFFICIAL_BEFORE.test(before);
    if ((ZH_OFFICIAL_BEFORE.test(before) && !civic && !former) || OFFICIAL_BEFORE.test(beforeLatin) || OFFICIAL_AFTER.test(after)) return 'official';
    if (ZH_OTHER_BEFORE.test(before) || OTHER_BEFORE.test(beforeLatin) || OTHER_AFTER.test(after)) role = 'other';
  }
  // "Wang's wife Xu Zhongyun was also sentenced": a relative whom the text itself says was detained or sentenced
  // is a subject too.
  // (…or one listed with a term: "宣布判处九名村民徒刑:…;庄松坤三年;" for "他的父亲庄松坤".)
  if (role === 'other' && names.some((n) => VERB_AFTER.test(blocks[n.block].text.slice(n.end, n.end + 80)) || ZH_CUSTODY_AFTER.test(blocks[n.block].simple.slice(n.end, n.end + 12))
    || /^[零〇一二两三四五六七八九十百]+(?:年|个月)(?:半|[零〇一二两三四五六七八九十]+个?月)?[；;，,。]/.test(blocks[n.block].simple.slice(n.end, n.end + 12)))) return 'subject';
  return role;
}

/** Later mentions: a surname or given name alone, after the person's full name, resolved to the nearest such person. */
function laterMentions(blocks: Block[], people: ReturnType<typeof groupPeople>, taken: FullName[]): void {
  // Who each surname, given name or name part (Latin) and each given name (characters) may stand for.
  const byWord = new Map<string, number[]>();
  const byGiven = new Map<string, number[]>();
  /** Surnames in characters, for "曹牧师", "王律师": the one person of that surname named before, with a title. */
  const bySurname = new Map<string, number[]>();
  const put = (m: Map<string, number[]>, k: string, i: number) => { const l = m.get(k); if (!l) m.set(k, [i]); else if (l[l.length - 1] !== i) l.push(i); };
  people.forEach((p, i) => {
    for (const n of p.names) {
      if (n.latin && n.latin.length >= 2) {
        const hanLike = n.latin.every((w) => splitPinyin(w) || wadeGilesToPinyin([[w]]));
        // Han names: the surname (first word, or last when written surname last); other names: every part.
        for (const w of hanLike ? [n.latin[0], n.latin[n.latin.length - 1]] : n.latin) if (w.length >= 2) put(byWord, w, i);
      }
      if (n.zh && n.zh.length >= 3 && !n.zh.includes('·') && !n.zh.includes('某')) put(byGiven, n.zh.slice(surnameAt(n.zh)), i);
      // A name with dots: either part alone later, "阿不都拉被关押两年半后" after "买买提·阿不都拉" (three characters or more).
      const written = blocks[n.block]?.simple.slice(n.start, n.end) ?? '';
      // (The last part is a father's name, which siblings share: not where the text names someone else by it first,
      // "依孜巴沙尔·阿迪力汉" beside her brother "腊吾尔孜拜·依孜巴沙尔".)
      const parts = written.includes('·') ? written.split('·') : [];
      parts.forEach((part, k) => {
        if (part.length < 3) return;
        if (k > 0 && blocks.some((x) => x.simple.includes(`${part}·`))) return;
        put(byGiven, part, i);
      });
      if (n.zh && n.zh.length >= 2 && !n.zh.includes('·') && !n.zh.includes('某') && surnameAt(n.zh)) put(bySurname, n.zh.slice(0, surnameAt(n.zh)), i);
    }
  });
  const at = (m: { block: number; start: number }) => m.block * 1e6 + m.start;
  const firstAt = people.map((p) => at(p.names[0]));
  // Mention positions per person, in order, for "the person named most recently before here".
  const seen = people.map((p) => p.names.map(at).sort((a, b) => a - b));
  const lastBefore = (i: number, pos: number) => {
    let best = -1;
    for (const x of seen[i]) { if (x < pos) best = x; else break; }
    return best;
  };
  const nearest = (owners: number[], pos: number) => owners.reduce((a, b) => (lastBefore(b, pos) > lastBefore(a, pos) ? b : a));
  const occupied = new Occupied(taken);
  const givenLengths = [...new Set([...byGiven.keys()].map((g) => g.length))];
  for (const b of blocks) {
    for (const w of b.words) {
      if (!w.capital || w.upper) continue;
      const owners = (byWord.get(foldLatin(w.text).replace(/[^a-z]/g, '')) ?? []).filter((i) => firstAt[i] < at({ block: b.index, start: w.start }));
      if (!owners.length || occupied.has({ block: b.index, start: w.start, end: w.end })) continue;
      const i = nearest(owners, at({ block: b.index, start: w.start }));
      people[i].person.mentions.push({ block: b.index, start: w.start, end: w.end, text: w.text, kind: 'surname', why: `part of the name ${people[i].person.name} written before` });
    }
    for (const m of b.simple.matchAll(SURNAME_TITLE)) {
      const k = m.index!;
      const sl = surnameAt(b.simple.slice(k, k + 2)) || 1;
      const owners = bySurname.get(b.simple.slice(k, k + sl));
      const span = { block: b.index, start: k, end: k + sl };
      const pos = at(span);
      const before = (owners ?? []).filter((i) => firstAt[i] < pos);
      if (before.length !== 1 || occupied.has(span) || isHan(b.simple[k - 1] ?? '') && !LEAD_CHARS.has(b.simple[k - 1])) continue;
      people[before[0]].person.mentions.push({ ...span, text: b.text.slice(k, k + sl), kind: 'surname', why: `surname and title ("${m[0]}") of ${people[before[0]].person.name}, the one of that surname written before` });
    }
    for (let k = 0; k < b.simple.length; k++) {
      for (const len of givenLengths) {
        const owners = byGiven.get(b.simple.slice(k, k + len));
        if (!owners) continue;
        const span = { block: b.index, start: k, end: k + len };
        const pos = at(span);
        const before = owners.filter((i) => firstAt[i] < pos);
        if (!before.length || occupied.has(span)) continue;
        const i = nearest(before, pos);
        people[i].person.mentions.push({ ...span, text: b.text.slice(k, k + len), kind: 'given', why: `given name of ${people[i].person.name} written before` });
      }
    }
  }
}

/** "Jin was sentenced ...": a surname alone that no earlier name explains. Such a person goes to review. */
function unresolvedSurnames(blocks: Block[], people: ReturnType<typeof groupPeople>): FullName[] {
  const out: FullName[] = [];
  const occupied = new Occupied(people.flatMap((p) => p.person.mentions));
  for (const b of blocks) {
    for (const run of capitalRuns(b.words, b.text)) {
      if (run.length !== 1) continue;
      const w = run[0];
      const f = foldLatin(w.text).replace(/[^a-z]/g, '');
      if (!PINYIN_SURNAMES.has(f) || isNotNameWord(w.text)) continue;
      if (occupied.has({ block: b.index, start: w.start, end: w.end })) continue;
      if (!VERB_AFTER.test(b.text.slice(w.end, w.end + 80)) && !VERB_BEFORE.test(b.text.slice(Math.max(0, w.start - 24), w.start))) continue;
      out.push({ block: b.index, start: w.start, end: w.end, kind: 'introduced', why: 'a surname alone before a verb of detention or sentence, with no full name before it', latin: [f], words: [w] });
    }
  }
  return out;
}

/** Common surnames in pinyin and Wade-Giles: a capitalised one of these alone may be a person meant by surname. */
const PINYIN_SURNAMES = new Set([
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he',
  'gao', 'lin', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian',
  'dong', 'yuan', 'pan', 'yu', 'jiang', 'cai', 'du', 'ye', 'cheng', 'su', 'wei', 'lu', 'ding', 'ren', 'shen', 'yao', 'cui',
  'zhong', 'tan', 'fan', 'jin', 'shi', 'liao', 'jia', 'xia', 'fu', 'fang', 'bai', 'zou', 'meng', 'xiong', 'qin', 'qiu',
  'yin', 'xue', 'yan', 'duan', 'lei', 'hou', 'long', 'tao', 'li', 'gu', 'mao', 'hao', 'gong', 'shao', 'wan', 'qian', 'wu',
  'dai', 'mo', 'kong', 'xiang', 'chang', 'wen', 'kang', 'niu', 'ge', 'xing', 'an', 'qi', 'qiao', 'pang', 'zhuang', 'nie',
  'zhang', 'lu', 'yue', 'zhai', 'yin', 'shen', 'ou', 'geng', 'guan', 'lan', 'jiao', 'zuo', 'liu', 'gan', 'zhu', 'bao',
  'ning', 'shang', 'fu', 'shu', 'ruan', 'ke', 'ji', 'mei', 'tong', 'ling', 'bi', 'dan', 'huo', 'tu', 'sheng', 'qu', 'weng',
  'ran', 'lan', 'xin', 'chai', 'meng', 'hua', 'yu', 'fang', 'teng', 'rao', 'mu', 'nong', 'si', 'zhuo', 'miao', 'jian',
  'che', 'lian', 'lou', 'dou', 'cen', 'jing', 'dang', 'fei', 'bu', 'leng', 'xi', 'wei', 'mi', 'bo', 'zong', 'quan', 'tong',
  'ying', 'zang', 'min', 'gou', 'bian', 'he', 'chou', 'shang', 'sha', 'rong', 'kou', 'sang', 'lang', 'zhen', 'cong', 'ao',
  'gong', 'chi', 'kuang', 'wong', 'chan', 'lee', 'cheung', 'lau', 'leung', 'ho', 'tsang', 'chow', 'ng', 'kwok', 'lai',
  'yip', 'tse', 'fong', 'chu', 'hsu', 'chang', 'chiang', 'tsai', 'hsieh', 'kuo', 'chou', 'cheng', 'liao',
]);

/** Finds the people a text speaks of, with every mention of each, in reading order. */
export function findPeople(docBlocks: readonly DocumentBlock[], finder: NameFinder): PersonInText[] {
  const blocks = prepare(docBlocks);
  const known = knownNames(blocks, finder);
  const introduced = introducedNames(blocks, known);
  let full = [...known, ...introduced];
  full = [...full, ...listedNames(blocks, full)];
  // "Tong was detained ..." after "Tong Shidong": a word of a longer name written before is that person again.
  const pos = (f: FullName) => f.block * 1e6 + f.start;
  // (…even when a record has that one word for a name: "Drakpa was sentenced to five years, while Sherab was handed a
  // four-year term" after "Gendun Drakpa, 40, and Lobsang Sherab, 36": Sherab is Lobsang Sherab, the one name before with it.)
  // (…with a title: "Lama Tsultrim was born in 1944" after "Lama Adril Lobsang Tsultrim".)
  const core = (f: FullName): string[] => {
    const w = f.latin ?? [];
    let s = 0;
    let e = w.length;
    while (e - s > 1 && isLatinTitle(w[s])) s++;
    while (e - s > 1 && isLatinTitle(w[e - 1])) e--;
    return w.slice(s, e);
  };
  const longer = (f: FullName) => new Set(full.filter((g) => (g.latin?.length ?? 0) >= 2 && g.latin!.join(' ') !== f.latin!.join(' ') && g.latin!.includes(core(f)[0]) && pos(g) < pos(f)).map((g) => g.latin!.join(' ')));
  // (Not one introduced as someone of their own: "Soi'nam Cering, a driver, …, and Cering, a businessman, were sentenced".)
  const ownIntro = (f: FullName) => /^\s*,\s*(?:(?:a|an|the)\s|\d{1,3}\s*,)/i.test(blocks[f.block].text.slice(f.end, f.end + 12))
    || full.some((g) => g !== f && g.block === f.block && (g.latin?.length ?? 0) >= 2 && g.latin!.join(' ') !== f.latin!.join(' ') && g.latin!.includes(core(f)[0]) && !/[.;!?]/.test(blocks[f.block].text.slice(g.end, f.start)));
  const firstOf = (f: FullName) => full.filter((g) => core(g).length === 1 && core(g)[0] === core(f)[0] && !g.zh).sort((a, b) => pos(a) - pos(b))[0];
  full = full.filter((f) => !(core(f).length === 1 && !f.zh && (f.kind === 'introduced' ? longer(f).size >= 1 : longer(f).size === 1 && !ownIntro(firstOf(f)))));
  // "扎西文色(Tashi Wangchuk)": a Latin name in brackets right after characters is the same person's.
  for (const f of full) {
    if (!f.latin || f.zh) continue;
    const han = full.find((g) => g.block === f.block && g.zh && !g.latin && /^\s*[(（]\s*$/.test(blocks[f.block].text.slice(g.end, f.start)));
    if (han && /^\s*[)）]/.test(blocks[f.block].text.slice(f.end))) { f.zh = han.zh; han.latin = f.latin; }
  }
  // "Mi Ma, which is the dharma name of Changchup Gyaltsen": another name of the person named next, not a person.
  full = full.filter((f) => !/^\s*,?\s*(?:which|that)\s+(?:is|was)\s+(?:also\s+)?(?:the|his|her)\s+(?:[\w-]+\s+){0,2}name\s+of\b/i.test(blocks[f.block].text.slice(f.end, f.end + 60)));
  const groups = mergeAliases(groupPeople(full, blocks), blocks);
  const unresolved = unresolvedSurnames(blocks, groups.map((g) => ({ ...g, person: { ...g.person, mentions: g.names.map((n) => toMention(n, blocks)) } })));
  for (const u of unresolved) {
    if (groups.some((g) => g.forms.latin.size && [...g.forms.latin].some((l) => l.split(' ').includes(u.latin![0])) && g.names[0].block * 1e6 + g.names[0].start < u.block * 1e6 + u.start)) continue;
    full = [...full, u];
    groups.push({ person: { name: '', role: 'subject', surnameOnly: true, mentions: [] }, forms: { zh: new Set(), latin: new Set([u.latin![0]]) }, names: [u] });
  }
  for (const g of groups) {
    if (g.names.some((n) => n.kind === 'known')) g.person.known = true;
    // "Wang was sentenced ...": a common surname alone, introduced by its verb, says nothing of who is meant.
    if (g.names.every((n) => n.kind === 'introduced' && !n.zh && n.latin?.length === 1 && PINYIN_SURNAMES.has(n.latin[0]))) g.person.surnameOnly = true;
    g.person.mentions = g.names.map((n) => toMention(n, blocks));
    g.person.name = displayName(g.names, blocks);
    g.person.role = roleOf(g.names, blocks);
  }
  // A name a pattern introduced may still be one a record has ("Concerning: …, Gyurmey").
  const unknown = groups.filter((g) => !g.person.known);
  const names = unknown.flatMap((g) => g.names.map((n) => blocks[n.block].text.slice(n.start, n.end)));
  const knownToo = names.length ? finder.knownNames(names) : new Set<string>();
  for (const g of unknown) if (g.names.some((n) => knownToo.has(blocks[n.block].text.slice(n.start, n.end)))) g.person.known = true;
  laterMentions(blocks, groups, full);
  for (const g of groups) g.person.mentions.sort((a, b) => a.block - b.block || a.start - b.start);
  return groups.map((g) => g.person);
}

function toMention(n: FullName, blocks: Block[]): Mention {
  return { block: n.block, start: n.start, end: n.end, text: blocks[n.block].text.slice(n.start, n.end), kind: n.kind, why: n.why };
}

/** The fullest form written: a Latin name with its characters in brackets, else the first full name. */
function displayName(names: FullName[], blocks: Block[]): string {
  // A nickname in quotes or set as an alias ("‘Captain America’ protester", "Ma Chun-man, also known as “Captain America
  // 2.0”") is not the name to match by, when the person's own name is written too.
  const nickname = (n: FullName) => {
    const t = blocks[n.block].text;
    return /["“‘'「『]\s*$/.test(t.slice(Math.max(0, n.start - 2), n.start)) && /^\s*["”’'」』]/.test(t.slice(n.end, n.end + 2))
      || ALIAS_LEAD_END.test(t.slice(Math.max(0, n.start - 40), n.start));
  };
  const own = names.some((n) => !nickname(n)) ? names.filter((n) => !nickname(n)) : names;
  const withBoth = own.find((n) => n.latin && n.zh);
  const best = withBoth ?? own.find((n) => (n.latin?.length ?? 0) >= 2 || (n.zh?.length ?? 0) >= 2) ?? own[0];
  return blocks[best.block].text.slice(best.start, best.end).replace(/\s+/g, ' ').trim();
}

/**
 * Whether a stretch of text names someone (two capitalised name-like words in a row) that the people found
 * do not include: "Xi Jinping ordered his ..." — "his" is Xi's, not the person named before.
 */
export function namesSomeoneElse(text: string): boolean {
  for (const run of capitalRuns(latinWordsIn(text), text)) {
    if (NOT_NAME_PHRASES.some((p) => ` ${folded(run).join(' ')} `.includes(` ${p} `)) && !isStopPlace(run)) return true;
    let streak = 0;
    for (const w of withoutStopPhrases(run)) {
      streak = isNotNameWord(w.text) ? 0 : streak + 1;
      if (streak >= 2) return true;
    }
  }
  return false;
}
const isStopPlace = (run: Word[]) => ['hong kong', 'dui hua', 'falun gong', 'san francisco', 'new york', 'el salvador'].some((p) => ` ${folded(run).join(' ')} `.includes(` ${p} `));
