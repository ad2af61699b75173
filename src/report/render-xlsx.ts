/**
 * The report as a workbook, one sheet per table, for people who check figures in a spreadsheet. Numbers are
 * numbers (shares as fractions formatted as percentages). The only file of the report stage that imports exceljs.
 */
import { CHECKPOINTS, COVARIATE_LABELS, YEAR_COLUMNS, answeredWithin } from './labels.js';
import type { Estimate } from './stats.js';
import type { Bilingual, Report } from './types.js';

type Cell = string | number | null;

const header = (t: Bilingual) => `${t.zh} ${t.en}`;

export async function renderReportXlsx(r: Report): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  // A fixed date keeps the file the same for the same report.
  wb.created = new Date(`${r.asOf}T00:00:00Z`);
  wb.modified = wb.created;
  wb.creator = 'dialist';

  const sheet = (name: string, head: Bilingual[], rows: Cell[][], { percentColumns = [] }: { percentColumns?: number[] } = {}) => {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(head.map(header));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).alignment = { wrapText: true, vertical: 'top' };
    for (const row of rows) ws.addRow(row);
    head.forEach((h, i) => {
      const col = ws.getColumn(i + 1);
      const texts = [header(h), ...rows.map((x) => String(x[i] ?? ''))];
      col.width = Math.min(60, Math.max(10, ...texts.map((t) => t.length + 2)));
      if (percentColumns.includes(i)) col.numFmt = '0.0%';
    });
    return ws;
  };

  const figures = (row: object) => YEAR_COLUMNS.map((c) => (row as Record<string, number>)[c.key]);
  const undated = r.total.undatedClemencyActs;
  sheet('按年份 Years', [{ zh: '年份', en: 'Year' }, ...YEAR_COLUMNS.map((c) => c.label)], [
    ...r.years.map((y) => [y.year, ...figures(y)]),
    ['合计 Total', ...figures(r.total)],
    ...(undated ? [['无日期的宽大处理 Undated clemency acts', null, null, null, null, null, undated, null]] : []),
  ]);

  const interval = (e: Estimate): Cell[] => [e.value, e.low, e.high];
  sheet('对话方 Partners', [
    { zh: '对话方', en: 'Partner' }, { zh: '名单', en: 'Lists' }, { zh: '人数', en: 'Names listed' }, { zh: '答复', en: 'Responses' },
    { zh: '已答复名单', en: 'Lists answered' }, { zh: '答复率', en: 'Answer rate' }, { zh: '区间下限', en: '95% CI low' },
    { zh: '区间上限', en: '95% CI high' }, { zh: '首次答复天数中位数', en: 'Median days to first answer' },
    { zh: '从未获答复人数', en: 'Names never answered' }, { zh: '收件方原文', en: 'Recipients as written' },
  ], r.recipients.map((x) => [
    x.recipient, x.lists, x.namesListed, x.responses, x.listsAnswered, ...interval(x.answerRate),
    x.medianDaysToAnswer, x.namesNeverAnswered, x.writtenAs.join('; '),
  ]), { percentColumns: [5, 6, 7] });

  sheet('答复方 Senders', [
    { zh: '答复方', en: 'Sender' }, { zh: '答复', en: 'Responses' }, { zh: '所答名单', en: 'Lists answered' }, { zh: '条目', en: 'Entries' },
    { zh: '有消息人数', en: 'Names with news' }, { zh: '首次', en: 'First received' }, { zh: '最近', en: 'Last received' },
  ], r.senders.map((s) => [s.sender, s.responses, s.listsAnswered, s.entries, s.namesWithNews, s.firstReceived, s.lastReceived]));

  const curves = [{ ...r.responsiveness, recipient: '全部 All' }, ...r.responsiveness.byRecipient];
  sheet('答复速度 Responsiveness', [
    { zh: '对话方', en: 'Partner' }, { zh: '名单', en: 'Lists' }, { zh: '已答复', en: 'Answered' }, { zh: '仍在等待', en: 'Waiting' },
    { zh: '半数答复天数', en: 'Days to half answered (KM)' },
    ...CHECKPOINTS.map((d) => ({ zh: `${d}天内`, en: `Answered within ${d} days` })),
  ], curves.map((c) => [
    c.recipient, c.lists, c.answered, c.waiting, c.medianDays, ...CHECKPOINTS.map((d) => answeredWithin(c.steps, d)),
  ]), { percentColumns: [5, 6, 7, 8] });

  sheet('KM 曲线 KM curve', [
    { zh: '对话方', en: 'Partner' }, { zh: '天数', en: 'Day' }, { zh: '风险集', en: 'At risk' }, { zh: '答复', en: 'Answered' },
    { zh: '删失（仍在等待）', en: 'Censored (waiting)' }, { zh: '仍未答复比例', en: 'Still waiting (survival)' },
    { zh: '已答复比例', en: 'Share answered' },
  ], curves.flatMap((c) => c.steps.map((s) => [c.recipient, s.time, s.atRisk, s.events, s.censored, s.survival, 1 - s.survival])),
  { percentColumns: [5, 6] });

  const i = r.impact;
  const impactRows: Cell[][] = [
    ['期间 Period', i.period ? `${i.period.from} – ${i.period.to}` : null],
    ['列入名单 Listed', i.listed.people, i.listed.withClemency, ...interval(i.listed.risk)],
    ['从未列入 Never listed', i.neverListed.people, i.neverListed.withClemency, ...interval(i.neverListed.risk)],
    ['风险比（未匹配）Risk ratio (crude)', null, null, ...interval(i.riskRatio)],
  ];
  if (i.matched) {
    const m = i.matched;
    impactRows.push(
      [`匹配 Matched on ${m.on.map((c) => COVARIATE_LABELS[c].en).join(', ')} (${m.strata} strata)`],
      ['  列入名单 Listed', m.listed.people, m.listed.withClemency],
      ['  从未列入 Never listed', m.neverListed.people, m.neverListed.withClemency],
      ['  风险比 Mantel–Haenszel risk ratio', null, null, ...interval(m.riskRatio)],
    );
  }
  impactRows.push([], ['结论 Verdict', i.verdictText.zh], [null, i.verdictText.en], [], ['偏差 Biases']);
  for (const b of i.biases) impactRows.push([null, b.zh], [null, b.en]);
  const impact = sheet('影响 Impact', [
    { zh: '', en: '' }, { zh: '人数', en: 'People' }, { zh: '获宽大处理', en: 'With clemency' }, { zh: '比例或比值', en: 'Share or ratio' },
    { zh: '区间下限', en: '95% CI low' }, { zh: '区间上限', en: '95% CI high' },
  ], impactRows);
  impact.getColumn(1).width = 40;
  impact.getColumn(2).width = 16;
  // Shares as percentages; the ratios below them stay plain numbers.
  for (const row of [3, 4]) for (const col of [4, 5, 6]) impact.getCell(row, col).numFmt = '0.0%';

  sheet('逾期名单 Overdue lists', [
    { zh: '名单', en: 'List' }, { zh: '递交日期', en: 'Handed over' }, { zh: '天数', en: 'Days' }, { zh: '收件方', en: 'Recipient' },
    { zh: '标题', en: 'Title' },
  ], r.overdue.lists.map((l) => [l.id, l.date, l.days, l.recipient, l.title]));
  sheet('逾期人员 Overdue people', [
    { zh: '编号', en: 'ID' }, { zh: '姓名', en: 'Name' }, { zh: '列入次数', en: 'Times listed' }, { zh: '最近列入', en: 'Last listed' },
  ], r.overdue.people.map((p) => [p.id, p.name, p.timesListed, p.lastListed]));
  const scope = `${r.from === null ? '' : `; ${r.from}–${r.to}`}${r.recipientFilter ? `; ${r.recipientFilter}` : ''}`;
  sheet('说明 Notes', [{ zh: '说明', en: 'Note' }], [[`截至 As of ${r.asOf}${scope}`], ...r.notes.flatMap((x) => [[x.zh], [x.en]])]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
