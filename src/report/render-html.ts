/**
 * The report as one self-contained HTML page: inline SVG charts, inline CSS, no script, nothing loaded from
 * outside (fonts are named, not fetched). Bilingual, and laid out to print on A4.
 */
import { CHART_FONT, drawReportCharts, type ReportCharts } from './charts.js';
import {
  CHECKPOINTS, COVARIATE_LABELS, SECTION_TITLES, YEAR_COLUMNS, answeredWithin, days, notMatchedReason, percent, percentWithInterval,
  ratioWithInterval,
} from './labels.js';
import type { Bilingual, Curve, Report } from './types.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c]);
const n = (x: number) => x.toLocaleString('en-US');

/** Chinese and English side by side, each marked with its language (so each gets its own font and punctuation). */
const spans = (t: Bilingual, sep = ' ') => `<span lang="zh">${escapeHtml(t.zh)}</span>${sep}<span lang="en" class="en">${escapeHtml(t.en)}</span>`;
/** A paragraph: Chinese, then English on its own line. */
const bi = (t: Bilingual, cls = '') => `<p class="bi${cls ? ` ${cls}` : ''}">${spans(t)}</p>`;
const heading = (t: Bilingual, level = 2) => `<h${level}>${spans(t)}</h${level}>`;
const th = (t: Bilingual, left: boolean) => `<th${left ? ' class="text"' : ''}>${spans(t, '<br>')}</th>`;
const figure = (svg: string, caption: Bilingual) => `<figure class="chart">${svg}<figcaption>${spans(caption, ' · ')}</figcaption></figure>`;

/** `left`: indexes of columns of text (left-aligned); the first always is. Cells are HTML already escaped. */
function table(head: Bilingual[], rows: string[][], { total, left = [] }: { total?: string[]; left?: number[] } = {}): string {
  const cell = (c: string, i: number) => (left.includes(i) ? `<td class="text">${c}</td>` : `<td>${c}</td>`);
  const body = rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n');
  const foot = total ? `<tr class="total">${total.map(cell).join('')}</tr>` : '';
  const header = head.map((h, i) => th(h, i === 0 || left.includes(i))).join('');
  return `<table><thead><tr>${header}</tr></thead><tbody>${body}${foot}</tbody></table>`;
}

const CSS = `
@page { size: A4; margin: 14mm 13mm; }
* { box-sizing: border-box; }
body { font-family: ${CHART_FONT}; color: #1a1a1a; line-height: 1.5; font-size: 14px;
  max-width: 800px; margin: 24px auto; padding: 0 16px; }
h1 { font-size: 23px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 30px 0 8px; padding-bottom: 3px; border-bottom: 2px solid #2f5d8a; break-after: avoid; }
h3 { font-size: 14.5px; margin: 16px 0 6px; break-after: avoid; }
.en { color: #444; }
/* English in a Latin font: CJK fonts draw ’ “ ” — as full-width characters. */
[lang="en"] { font-family: "Liberation Sans", Arial, "Helvetica Neue", Helvetica, ${CHART_FONT}; }
h1 .en, h2 .en, h3 .en { font-weight: normal; }
p { margin: 6px 0; }
.meta { color: #555; font-size: 12.5px; }
.cards { display: grid; grid-template-columns: repeat(5, 1fr); gap: 8px; margin: 14px 0; }
.card { border: 1px solid #c9d3de; border-radius: 6px; padding: 8px 10px; break-inside: avoid; }
.card b { display: block; font-size: 22px; color: #2f5d8a; font-variant-numeric: tabular-nums; }
.card span { font-size: 11.5px; display: block; line-height: 1.3; }
.lede { font-size: 14.5px; }
table { border-collapse: collapse; width: 100%; font-size: 12.5px; font-variant-numeric: tabular-nums;
  margin: 6px 0 10px; break-inside: auto; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border-bottom: 1px solid #dde3ea; padding: 3px 6px; text-align: right; vertical-align: top; }
th { background: #eef2f6; font-weight: 600; font-size: 11.5px; line-height: 1.3; }
td { white-space: nowrap; }
th:first-child, td:first-child, th.text, td.text { text-align: left; white-space: normal; }
p.bi > .en { display: block; }
tr.total td { font-weight: 700; border-top: 1.5px solid #333; }
small { color: #666; }
figure { margin: 8px 0 14px; break-inside: avoid; }
figure svg { width: 100%; height: auto; display: block; }
figcaption { font-size: 12px; color: #444; margin-top: 2px; }
.verdict { font-weight: 600; background: #eef2f6; border-left: 4px solid #2f5d8a; padding: 8px 12px; break-inside: avoid; }
.verdict.too_few { background: #f6eeee; border-left-color: #b04a4a; }
.biases { background: #fbf6ec; border-left: 4px solid #d08c2e; padding: 6px 12px 6px 12px; break-inside: avoid; }
.biases li { margin: 5px 0; }
.biases li span { display: block; }
.notes li, .rules li { margin: 3px 0; }
footer { margin-top: 28px; font-size: 11.5px; color: #555; border-top: 1px solid #ccc; padding-top: 6px; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 11.5px; }
  h2 { margin-top: 20px; }
  .cards { gap: 5px; }
  .card b { font-size: 18px; }
  section.break { break-before: page; }
}
`;

function summarise(r: Report): Bilingual {
  const t = r.total;
  if (r.from === null) return { zh: '尚无已递交的名单或收到的答复。', en: 'No lists handed over and no responses received yet.' };
  const years = r.from === r.to ? `${r.from}` : `${r.from}–${r.to}`;
  return {
    zh: `${years} 年间，共递交名单 ${n(t.lists)} 份，列入 ${n(t.namesListed)} 人；收到答复 ${n(t.responses)} 份，`
      + `其中 ${n(t.namesWithNews)} 人有消息；答复中提到宽大处理 ${n(t.clemencyActs)} 项，涉及 ${n(t.namesWithClemency)} 人。`,
    en: `In ${years}, ${n(t.lists)} lists naming ${n(t.namesListed)} people were handed over; ${n(t.responses)} `
      + `responses gave news `
      + `of ${n(t.namesWithNews)} people and told of ${n(t.clemencyActs)} acts of clemency for ${n(t.namesWithClemency)} people.`,
  };
}

const RULES: Bilingual[] = [
  {
    zh: '截至日期之后的一切都不计入：之后的名单、收到的答复、事件和作出的匹配决定。之后撤销或否决的匹配被视为更正，'
      + '在以前的报告中也不计入。',
    en: 'Nothing after the as-of date counts: lists, responses received, events dated and match decisions made after '
      + 'it are left out. '
      + 'A match undone or rejected later is a correction and is left out of earlier reports too.',
  },
  {
    zh: '名单按其上所印日期（递交日期）计入年份；答复按收到日期；宽大处理按其本身日期。',
    en: 'A list counts in the year printed on it (the day it was handed over); a response in the year it was '
      + 'received; '
      + 'a clemency act in the year of its own date.',
  },
  {
    zh: '宽大处理：减刑、改判、假释、保外就医，以及在已知刑满日期（扣除已知减刑）之前、且无假释可解释的释放。'
      + '两份答复提到同一项，只算一项。',
    en: 'Clemency: a sentence reduction, a commutation, parole, medical parole, and a release before the term’s '
      + 'known end '
      + '(after the reductions known) that no parole explains. One act told by two answers counts once.',
  },
  {
    zh: '有消息：已接受的匹配（机器自动或人工确认）所对应的答复条目说到此人的任何情况（状态、刑期、罪名、'
      + '关押地点或事件）。',
    en: 'Names with news: people an accepted answer (matched by the machine or confirmed by a person) says anything '
      + 'about — '
      + 'status, sentence, charge, place held or an event.',
  },
  {
    zh: '匹配比较按刑期（3 年以下、3–5 年、5–10 年、10 年以上、无期、死缓）、首次列入时（或期间开始时）的已服刑期'
      + '（2 年以下、2–5 年、5–10 年、10 年以上）和罪名类别（危害国家安全罪即刑法第 102–112 条、邪教、其他）分组，用 Mantel–Haenszel 方法合并。',
    en: 'The matched comparison groups people by sentence length (under 3 years, 3–5, 5–10, 10 or more, life, death '
      + 'with reprieve), '
      + 'time served when first listed or when the period began (under 2 years, 2–5, 5–10, 10 or more) and kind of charge '
      + '(state security, i.e. Criminal Law arts. 102–112; cult; other), and pools the groups by Mantel–Haenszel.',
  },
  {
    zh: '人数按合并后的记录计算，每人只计一次。对话方为名单收件方去掉届次（“第38次”“38th session”）后的名称。',
    en: 'People are counted after merged records are resolved, each once. A dialogue partner is the recipient with '
      + 'its session '
      + '(“38th session”, “第38次”) left out.',
  },
  {
    zh: '答复时间用 Kaplan–Meier 方法估计：仍在等待的名单计算到截至日期为止，不会被剔除。',
    en: 'Time to answer is a Kaplan–Meier estimate: lists still waiting count until the as-of date, not dropped.',
  },
];

function renderHeader(r: Report): string {
  const t = r.total;
  const scope = r.recipientFilter ? ` · ${escapeHtml(r.recipientFilter)}` : '';
  const range = r.from === null ? '' : ` · ${r.from}–${r.to}`;
  const cards: [number, Bilingual][] = [
    [t.lists, { zh: '递交名单', en: 'lists handed over' }],
    [t.namesListed, { zh: '列入人数', en: 'unique names listed' }],
    [t.responses, { zh: '收到答复', en: 'responses' }],
    [t.namesWithNews, { zh: '有消息人数', en: 'names with news' }],
    [t.clemencyActs, { zh: '宽大处理', en: 'clemency acts' }],
  ];
  const card = ([v, l]: [number, Bilingual]) => `<div class="card"><b>${n(v)}</b>${spans(l, '')}</div>`;
  return `<header>${heading({ zh: '名单成效报告', en: 'What the lists achieved' }, 1)}
<p class="meta">截至 ${escapeHtml(r.asOf)}${range}${scope} · <span lang="en" class="en">as of ${escapeHtml(r.asOf)}</span> · dialist</p></header>
<div class="cards">${cards.map(card).join('')}</div>
${bi(summarise(r), 'lede')}`;
}

function renderYears(r: Report, charts: ReportCharts): string {
  const t = r.total;
  const cells = (y: object) => YEAR_COLUMNS.map((c) => n((y as Record<string, number>)[c.key]));
  const rows = r.years.map((y) => [String(y.year), ...cells(y)]);
  const undated = { zh: `另有 ${t.undatedClemencyActs} 项宽大处理没有日期，未计入任何年份。`, en: `${t.undatedClemencyActs} more clemency acts have no date and are in no year.` };
  return [
    heading(SECTION_TITLES.years),
    figure(charts.listsPerYear, { zh: '每年递交的名单与收到的答复', en: 'Lists handed over and responses received, per year' }),
    figure(charts.peoplePerYear, { zh: '每年列入、有消息和获宽大处理的人数', en: 'People listed, with news and with clemency, per year' }),
    r.years.length
      ? table([{ zh: '年份', en: 'Year' }, ...YEAR_COLUMNS.map((c) => c.label)], rows, { total: ['合计 Total', ...cells(t)] })
      : bi({ zh: '截至该日尚无名单或答复。', en: 'No list handed over and no response received by this date.' }),
    t.undatedClemencyActs ? bi(undated, 'meta') : '',
  ].join('\n');
}

function renderPartners(r: Report, charts: ReportCharts): string {
  const partnerRows = r.recipients.map((x) => [
    `${escapeHtml(x.recipient)}${x.writtenAs.length > 1 ? `<br><small>${x.writtenAs.length} sessions</small>` : ''}`,
    n(x.lists), n(x.namesListed), n(x.responses), n(x.listsAnswered), percentWithInterval(x.answerRate),
    days(x.medianDaysToAnswer), n(x.namesNeverAnswered),
  ]);
  const senderRows = r.senders.map((s) => [
    escapeHtml(s.sender), n(s.responses), n(s.listsAnswered), n(s.entries), n(s.namesWithNews), s.firstReceived, s.lastReceived,
  ]);
  return [
    heading(SECTION_TITLES.recipients),
    figure(charts.answerRates, { zh: '各对话方已答复名单的比例（线段为 95% Wilson 区间）', en: 'Share of lists answered per partner (lines: 95% Wilson interval)' }),
    partnerRows.length
      ? table([
        { zh: '对话方', en: 'Partner' }, { zh: '名单', en: 'Lists' }, { zh: '人数', en: 'Names' }, { zh: '答复', en: 'Responses' },
        { zh: '已答复名单', en: 'Lists answered' }, { zh: '答复率（95% 区间）', en: 'Answer rate (95% CI)' },
        { zh: '首次答复天数中位数', en: 'Median days to first answer' }, { zh: '从未获答复人数', en: 'Names never answered' },
      ], partnerRows)
      : bi({ zh: '这些年份没有递交名单。', en: 'No lists handed over in these years.' }),
    heading(SECTION_TITLES.senders, 3),
    senderRows.length
      ? table([
        { zh: '答复方', en: 'Sender' }, { zh: '答复', en: 'Responses' }, { zh: '所答名单', en: 'Lists answered' }, { zh: '条目', en: 'Entries' },
        { zh: '有消息人数', en: 'Names with news' }, { zh: '首次', en: 'First' }, { zh: '最近', en: 'Last' },
      ], senderRows)
      : bi({ zh: '这些年份没有收到答复。', en: 'No responses received in these years.' }),
  ].join('\n');
}

function renderResponsiveness(r: Report, charts: ReportCharts): string {
  const rs = r.responsiveness;
  const row = (name: string, c: Curve) => [
    name, n(c.lists), n(c.answered), n(c.waiting), c.medianDays === null ? '–' : String(c.medianDays),
    ...CHECKPOINTS.map((d) => percent(answeredWithin(c.steps, d))),
  ];
  const head = [
    { zh: '对话方', en: 'Partner' }, { zh: '名单', en: 'Lists' }, { zh: '已答复', en: 'Answered' }, { zh: '仍在等待', en: 'Waiting' },
    { zh: '半数答复天数', en: 'Days to half answered' }, ...CHECKPOINTS.map((d) => ({ zh: `${d} 天内`, en: `within ${d} days` })),
  ];
  return [
    heading(SECTION_TITLES.responsiveness),
    figure(charts.responsiveness, {
      zh: '递交后多少天内收到首次答复（Kaplan–Meier；仍在等待的名单计算到截至日期；横轴在最后一次答复后不久结束，'
        + '等待更久的名单照样计算）',
      en: 'Days from handing over to the first answer (Kaplan–Meier; lists still waiting count until the as-of date; '
        + 'the axis ends soon after the last answer, lists waiting longer still count)',
    }),
    rs.lists
      ? table(head, rs.byRecipient.map((c) => row(escapeHtml(c.recipient), c)), { total: row('全部 All', rs) })
      : bi({ zh: '没有可计算的名单。', en: 'No lists to follow.' }),
    bi({ zh: '“半数答复天数”为空：一半以上的名单仍在等待。', en: 'No “days to half answered”: more than half the lists are still waiting.' }, 'meta'),
  ].join('\n');
}

function describeMatching(m: NonNullable<Report['impact']['matched']>): Bilingual {
  const on = { zh: m.on.map((c) => COVARIATE_LABELS[c].zh).join('、'), en: m.on.map((c) => COVARIATE_LABELS[c].en).join(', ') };
  const notOn = m.notOn.length
    ? {
      zh: `；`
        + `未按${m.notOn.map((c) => `${COVARIATE_LABELS[c.covariate].zh}（${notMatchedReason(c).zh}）`).join('、')}匹配`,
      en: `; not `
        + `on ${m.notOn.map((c) => `${COVARIATE_LABELS[c.covariate].en} (${notMatchedReason(c).en})`).join(', ')}`,
    }
    : { zh: '', en: '' };
  const [l, nl] = [`${m.listed.withClemency}/${m.listed.people}`, `${m.neverListed.withClemency}/${m.neverListed.people}`];
  return {
    zh: `按${on.zh}匹配（${m.strata} 组两类人都有；${percent(m.matchedShare)} 的被列入者找到了相似的人）：`
      + `列入名单 ${l}，从未列入 ${nl}；Mantel–Haenszel 风险比 ${ratioWithInterval(m.riskRatio)}${notOn.zh}。`,
    en: `Matched on ${on.en} (${m.strata} groups holding both; ${percent(m.matchedShare)} of the listed found people `
      + `like them): `
      + `listed ${l}, never listed ${nl}; Mantel–Haenszel risk ratio ${ratioWithInterval(m.riskRatio)}${notOn.en}.`,
  };
}

function renderImpact(r: Report, charts: ReportCharts): string {
  const i = r.impact;
  const period = i.period ? { zh: `${i.period.from} 至 ${i.period.to}`, en: `${i.period.from} to ${i.period.to}` } : { zh: '–', en: '–' };
  const group = (name: string, g: typeof i.listed) => [name, n(g.people), n(g.withClemency), percentWithInterval(g.risk), n(g.withNews)];
  const crude = i.riskRatio.value === null
    ? { zh: '风险比（未匹配）：无法计算（有一组无人获宽大处理，或无人可比）。', en: 'Risk ratio (crude): cannot be computed (no one in a group had clemency, or no one to compare).' }
    : { zh: `风险比（未匹配）：${ratioWithInterval(i.riskRatio)}`, en: `Risk ratio (crude): ${ratioWithInterval(i.riskRatio)}` };
  const biases = i.biases.map((b) => `<li>${spans(b, '')}</li>`).join('');
  return [
    heading(SECTION_TITLES.impact),
    bi({
      zh: `比较期间：${period.zh}。被列入名单的人从首次列入之日起计算；从未列入名单的人为数据库中其余在押人员。`,
      en: `Period: ${period.en}. People listed count from the day they were first listed; people never listed are `
        + `everyone else in the database still held.`,
    }, 'meta'),
    figure(charts.impact, { zh: '期间内获宽大处理的比例（线段为 95% 区间）', en: 'Share with clemency in the period (lines: 95% interval)' }),
    table([
      { zh: '', en: '' }, { zh: '人数', en: 'People' }, { zh: '获宽大处理', en: 'With clemency' }, { zh: '比例（95% 区间）', en: 'Share (95% CI)' },
      { zh: '有任何消息', en: 'With any news' },
    ], [group('列入名单 Listed', i.listed), group('从未列入 Never listed', i.neverListed)]),
    bi(crude),
    i.matched ? bi(describeMatching(i.matched)) : i.matchedNote ? bi(i.matchedNote) : '',
    bi(i.verdictText, `verdict ${i.verdict}`),
    `<div class="biases">${heading(SECTION_TITLES.biases, 3)}<ul>${biases}</ul></div>`,
  ].join('\n');
}

function renderOverdue(r: Report): string {
  const { days: after, minListed, lists, people } = r.overdue;
  const listTable = table([{ zh: '名单', en: 'List' }, { zh: '递交日期', en: 'Handed over' }, { zh: '天数', en: 'Days' }, { zh: '收件方', en: 'Recipient' }],
    lists.map((l) => [String(l.id), l.date, n(l.days), escapeHtml(l.recipient)]), { left: [3] });
  const peopleTable = table([{ zh: '编号', en: 'ID' }, { zh: '姓名', en: 'Name' }, { zh: '列入次数', en: 'Times listed' }, { zh: '最近列入', en: 'Last listed' }],
    people.map((p) => [escapeHtml(p.id), escapeHtml(p.name), n(p.timesListed), p.lastListed]), { left: [1] });
  return [
    heading(SECTION_TITLES.overdueLists),
    lists.length
      ? bi({ zh: `递交 ${after} 天以上仍无答复：`, en: `No answer ${after} days or more after handing over:` }, 'meta') + listTable
      : bi({ zh: `没有：每份名单都已获答复，或递交不到 ${after} 天。`, en: `None: every list has an answer or was handed over less than ${after} days ago.` }),
    heading(SECTION_TITLES.overduePeople, 3),
    people.length
      ? bi({
        zh: `列入 ${minListed} 次以上、从未有答复提到的人（详情：dialist report person ID）：`,
        en: `Listed ${minListed} times or more, and no answer has said anything about them (details: dialist report `
          + `person ID):`,
      }, 'meta') + peopleTable
      : bi({ zh: `没有列入 ${minListed} 次以上而从未获答复的人。`, en: `No one listed ${minListed} times or more without an answer.` }),
  ].join('\n');
}

export async function renderReportHtml(r: Report): Promise<string> {
  const charts = await drawReportCharts(r);
  const rules = [...RULES, ...r.notes].map((x) => `<li>${spans(x)}</li>`).join('');
  const footer = { zh: '同一数据库、同一截至日期，得出同样的数字（之后的更正除外）。', en: 'The same database and as-of date give the same figures (later corrections aside).' };
  return [
    '<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>名单成效报告 / What the lists achieved — ${escapeHtml(r.asOf)}</title>`,
    // An empty icon, so that no browser asks for /favicon.ico.
    `<link rel="icon" href="data:,"><style>${CSS}</style></head><body>`,
    renderHeader(r),
    `<section>${renderYears(r, charts)}</section>`,
    `<section>${renderPartners(r, charts)}</section>`,
    `<section>${renderResponsiveness(r, charts)}</section>`,
    `<section class="break">${renderImpact(r, charts)}</section>`,
    `<section>${renderOverdue(r)}</section>`,
    `<section>${heading({ zh: '统计方法', en: 'How these figures are counted' })}<ul class="rules">${rules}</ul></section>`,
    `<footer>dialist · ${escapeHtml(r.asOf)} · ${spans(footer, '')}</footer>`,
    '</body></html>\n',
  ].join('\n');
}
