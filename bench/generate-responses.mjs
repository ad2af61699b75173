// Synthetic response documents with ground truth, for measuring extraction and for the ingestion benchmark.
// Kinds: Chinese letter, Chinese table, English letter, English table; formats: DOCX, PDF, GB18030 text, HTML.
// Phrasing, date forms and name forms vary; invented people only (from generate.mjs).
import iconv from 'iconv-lite';
import { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType } from 'docx';
import { PDFDocument } from 'pdf-lib';
import { cjkFontBytes, fontkitAdapter } from '../dist/lists/render/cjk-font.js';
import { deriveNames, toTraditional } from '../dist/names/index.js';
import { rng } from './generate.mjs';

const CHARGES = [
  ['煽动颠覆国家政权罪', 'inciting subversion of state power'], ['颠覆国家政权罪', 'subversion of state power'],
  ['煽动分裂国家罪', 'inciting splitting of the state'], ['分裂国家罪', 'splitting the state'],
  ['寻衅滋事罪', 'picking quarrels and provoking trouble'], ['非法经营罪', 'illegal business operations'],
  ['组织、利用会道门、邪教组织、利用迷信破坏法律实施罪', 'organising or using a cult to undermine the enforcement of law'],
  ['聚众扰乱社会秩序罪', 'gathering a crowd to disturb social order'],
];
const PRISONS = [
  ['四川省川西监狱', 'Chuanxi Prison, Sichuan Province'], ['北京市第二监狱', 'No. 2 Prison, Beijing'], ['湖南省赤山监狱', 'Chishan Prison, Hunan Province'],
  ['新疆第三监狱', 'No. 3 Prison, Xinjiang'], ['山东省女子监狱', "Women's Prison, Shandong Province"], ['广东省阳江监狱', 'Yangjiang Prison, Guangdong Province'],
  ['吉林省延吉监狱', 'Yanji Prison, Jilin Province'], ['湖北省汉江监狱', 'Hanjiang Prison, Hubei Province'],
];
const STATUSES = ['serving', 'serving', 'serving', 'released', 'released', 'paroled', 'medical_parole', 'deceased', 'detained', 'not_found'];
const ZH_NUM = (n) => (n <= 10 ? '零一二三四五六七八九十'[n] : n < 20 ? '十' + (n % 10 ? '零一二三四五六七八九'[n % 10] : '') : '零一二三四五六七八九'[Math.floor(n / 10)] + '十' + (n % 10 ? '零一二三四五六七八九'[n % 10] : ''));
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_NUM = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

function termZh(m) { const y = Math.floor(m / 12), r = m % 12; return (y ? `${ZH_NUM(y)}年` : '') + (r ? `${ZH_NUM(r)}个月` : ''); }
function termEn(m, r) { const y = Math.floor(m / 12), mo = m % 12; const n = (k) => (r() < 0.5 && k <= 12 ? EN_NUM[k] : String(k)); return [y ? `${n(y)} year${y > 1 ? 's' : ''}` : '', mo ? `${n(mo)} month${mo > 1 ? 's' : ''}` : ''].filter(Boolean).join(' and '); }
function dateZh(d, r) { const [y, m, day] = d; const f = r(); if (f < 0.15) return `${[...String(y)].map((c) => '〇一二三四五六七八九'[c]).join('')}年${ZH_NUM(m)}月`; if (f < 0.3) return `${y}.${m}`; if (f < 0.55) return `${y}年${m}月`; return `${y}年${m}月${day}日`; }
function dateEn(d, r) { const [y, m, day] = d; const f = r(); if (f < 0.35) return `${day} ${MONTHS[m - 1]} ${y}`; if (f < 0.6) return `${MONTHS[m - 1]} ${day}, ${y}`; return `${MONTHS[m - 1]} ${y}`; }
const iso = (d, prec) => (prec === 'day' ? `${d[0]}-${String(d[1]).padStart(2, '0')}-${String(d[2]).padStart(2, '0')}` : `${d[0]}-${String(d[1]).padStart(2, '0')}`);

/** Truth and wording for one person. */
function makeEntry(rec, r) {
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const status = pick(STATUSES);
  const [chargeZh, chargeEn] = pick(CHARGES);
  const [prisonZh, prisonEn] = pick(PRISONS);
  const sy = 2008 + Math.floor(r() * 10);
  const sentDate = [sy, 1 + Math.floor(r() * 12), 1 + Math.floor(r() * 28)];
  const months = (3 + Math.floor(r() * 12)) * 12 + (r() < 0.3 ? 6 : 0);
  const reductions = status === 'detained' || status === 'not_found' ? [] : Array.from({ length: Math.floor(r() * 3) }, (_, i) => ({ date: [sy + 2 + 2 * i, 1 + Math.floor(r() * 12), 1 + Math.floor(r() * 28)], months: pick([6, 8, 10, 12, 14, 18]) }));
  const endDate = [sy + Math.floor(months / 12) + 1, 1 + Math.floor(r() * 12), 1 + Math.floor(r() * 28)];
  // Reductions happen before any release, parole or death (two years before the term's end here).
  while (reductions.length && reductions[reductions.length - 1].date[0] >= endDate[0] - 2) reductions.pop();
  const truth = { recordId: rec.id, status, charge: ['detained', 'not_found'].includes(status) ? undefined : chargeZh, sentence: ['detained', 'not_found'].includes(status) ? undefined : months, reductions: reductions.map((x) => x.months), release: undefined, prison: status === 'serving' ? prisonZh : undefined };
  return { rec, status, chargeZh, chargeEn, prisonZh, prisonEn, sentDate, months, reductions, endDate, truth };
}

function zhParagraph(e, n, r) {
  const name = r() < 0.2 ? toTraditional(e.rec.zh) : e.rec.zh;
  const g = e.rec.gender === 'F' ? '女' : '男';
  const she = e.rec.gender === 'F' ? '她' : '他';
  if (e.status === 'not_found') return `${n}、经查，无${name}此人的任何记录。`;
  let s = `${n}、${name}，${g}，${e.rec.by}年出生。`;
  if (e.status === 'detained') {
    const d = [2024, 1 + Math.floor(r() * 12), 1 + Math.floor(r() * 28)];
    return s + `${dateZh(d, r)}因涉嫌${e.chargeZh}被刑事拘留，现羁押于${e.prisonZh.replace(/省.*|市.*|第.*/, '')}市看守所。`;
  }
  s += r() < 0.5 ? `${dateZh(e.sentDate, r)}因犯${e.chargeZh}被判处有期徒刑${termZh(e.months)}。` : `${dateZh(e.sentDate, r)}，法院以${e.chargeZh}判处${she}有期徒刑${termZh(e.months)}。`;
  for (const x of e.reductions) s += r() < 0.5 ? `${dateZh(x.date, r)}减刑${termZh(x.months)}。` : `${dateZh(x.date, r)}经裁定减去有期徒刑${termZh(x.months)}。`;
  const rd = [e.endDate[0] - 2, e.endDate[1], e.endDate[2]];
  switch (e.status) {
    case 'serving': return s + (r() < 0.5 ? `现在${e.prisonZh}服刑。` : `目前在${e.prisonZh}服刑，刑期至${dateZh(e.endDate, r)}。`);
    case 'released': e.truth.release = iso(rd, 'month'); return s + `${rd[0]}年${rd[1]}月${r() < 0.5 ? '刑满释放' : '获释'}。`;
    case 'paroled': e.truth.release = iso(rd, 'month'); return s + `${rd[0]}年${rd[1]}月经裁定假释。`;
    case 'medical_parole': return s + `${dateZh(rd, r)}因病保外就医。`;
    case 'deceased': return s + `${dateZh(rd, r)}因病去世。`;
  }
}

function enParagraph(e, n, r) {
  const n2 = deriveNames({ zh: e.rec.zh }).pinyin.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const name = r() < 0.3 ? `${n2} (${e.rec.zh})` : n2;
  const he = e.rec.gender === 'F' ? 'She' : 'He';
  const his = e.rec.gender === 'F' ? 'Her' : 'His';
  if (e.status === 'not_found') return `${n}. ${name}: no such person could be found in the records of the judicial authorities.`;
  let s = `${n}. ${name}, ${e.rec.gender === 'F' ? 'female' : 'male'}, born ${e.rec.by}. `;
  if (e.status === 'detained') return s + `${he} was detained in ${MONTHS[Math.floor(r() * 12)]} 2024 on suspicion of ${e.chargeEn} and is awaiting trial.`;
  s += r() < 0.5 ? `${he} was sentenced to ${termEn(e.months, r)} in prison for ${e.chargeEn} on ${dateEn(e.sentDate, r)}. ` : `On ${dateEn(e.sentDate, r)} ${he.toLowerCase()} was sentenced to ${termEn(e.months, r)} for ${e.chargeEn}. `;
  for (const x of e.reductions) s += `${his} sentence was reduced by ${termEn(x.months, r)} in ${MONTHS[x.date[1] - 1]} ${x.date[0]}. `;
  const rd = [e.endDate[0] - 2, e.endDate[1], e.endDate[2]];
  switch (e.status) {
    case 'serving': return s + `${he} is currently serving ${his.toLowerCase()} sentence in ${e.prisonEn}.`;
    case 'released': e.truth.release = iso(rd, 'month'); return s + `${he} was released in ${MONTHS[rd[1] - 1]} ${rd[0]}.`;
    case 'paroled': e.truth.release = iso(rd, 'month'); return s + `${he} was released on parole in ${MONTHS[rd[1] - 1]} ${rd[0]}.`;
    case 'medical_parole': return s + `${he} was granted medical parole in ${MONTHS[rd[1] - 1]} ${rd[0]}.`;
    case 'deceased': return s + `${he} died of illness in ${MONTHS[rd[1] - 1]} ${rd[0]}.`;
  }
}

function tableRow(e, n, zh, r) {
  const rd = [e.endDate[0] - 2, e.endDate[1], e.endDate[2]];
  const red = e.reductions.map((x) => (zh ? `${x.date[0]}年${x.date[1]}月减刑${termZh(x.months)}` : `sentence reduced by ${termEn(x.months, r)} in ${MONTHS[x.date[1] - 1]} ${x.date[0]}`));
  const st = {
    serving: zh ? '在押服刑' : 'Serving sentence', released: zh ? `${rd[0]}年${rd[1]}月刑满释放` : `Released in ${MONTHS[rd[1] - 1]} ${rd[0]}`,
    paroled: zh ? `${rd[0]}年${rd[1]}月假释` : `Released on parole in ${MONTHS[rd[1] - 1]} ${rd[0]}`, medical_parole: zh ? '保外就医' : 'Medical parole',
    deceased: zh ? `${rd[0]}年${rd[1]}月病故` : `Died in ${MONTHS[rd[1] - 1]} ${rd[0]}`, detained: zh ? '羁押候审' : 'Detained, awaiting trial', not_found: zh ? '查无此人' : 'No such person',
  }[e.status];
  if (['released', 'paroled'].includes(e.status)) e.truth.release = iso(rd, 'month');
  const name = zh ? e.rec.zh : deriveNames({ zh: e.rec.zh }).pinyin.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const hasTerm = !['detained', 'not_found'].includes(e.status);
  return [String(n), name, zh ? (e.rec.gender === 'F' ? '女' : '男') : e.rec.gender === 'F' ? 'Female' : 'Male', String(e.rec.by),
    hasTerm ? (zh ? e.chargeZh : e.chargeEn) : '', hasTerm ? (zh ? `有期徒刑${termZh(e.months)}` : termEn(e.months, r)) : '',
    e.status === 'serving' ? (zh ? e.prisonZh : e.prisonEn) : '', [...red, st].join(zh ? '；' : '; ')];
}

const HEAD_ZH = ['序号', '姓名', '性别', '出生年份', '罪名', '刑期', '关押地点', '现状'];
const HEAD_EN = ['No.', 'Name', 'Gender', 'Year of birth', 'Charge', 'Sentence', 'Place held', 'Status'];

let fontCache;
async function toPdf(lines) {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitAdapter);
  const font = await doc.embedFont((fontCache ??= cjkFontBytes()), { subset: true });
  let page = doc.addPage([595, 842]);
  let y = 800;
  for (const raw of lines) {
    // Wrap by width as a word processor would.
    const words = raw.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [];
    let line = '';
    const flush = () => { if (y < 50) { page = doc.addPage([595, 842]); y = 800; } page.drawText(line, { x: 40, y, size: 9, font }); y -= 14; line = ''; };
    for (const w of words) { if (font.widthOfTextAtSize(line + w, 9) > 510 && line) flush(); line += w; }
    if (line) flush();
  }
  return doc.save();
}

/** One document: returns { name, bytes, truth[] }. */
export async function generateResponse(records, { seed, entries = 8, kind, format }) {
  const r = rng(seed);
  const people = Array.from({ length: entries }, () => records[Math.floor(r() * records.length)]).filter((p, i, a) => a.indexOf(p) === i);
  const es = people.map((p) => makeEntry(p, r));
  const zh = kind.endsWith('zh');
  const isTable = kind.startsWith('table');
  const greeting = zh ? '尊敬的代表团：' : 'Dear Colleagues,';
  const intro = zh ? '关于贵方转交的名单，现将有关情况答复如下：' : 'In reply to your list, we provide the following information:';
  const closing = zh ? ['此致', '敬礼', '外交部', '2025年6月1日'] : ['Yours sincerely,', 'Embassy of the People\'s Republic of China', '1 June 2025'];
  let bytes;
  if (isTable) {
    const rows = [zh ? HEAD_ZH : HEAD_EN, ...es.map((e, i) => tableRow(e, i + 1, zh, r))];
    if (format === 'docx') {
      const cell = (t) => new TableCell({ children: [new Paragraph({ children: [new TextRun(t)] })] });
      bytes = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(greeting), new Table({ width: { size: 5000, type: WidthType.PERCENTAGE }, rows: rows.map((rw) => new TableRow({ children: rw.map(cell) })) }), ...closing.map((c) => new Paragraph(c))] }] }));
    } else if (format === 'html') {
      bytes = Buffer.from(`<!doctype html><html><body><p>${greeting}</p><table>${rows.map((rw) => `<tr>${rw.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>${closing.map((c) => `<p>${c}</p>`).join('')}</body></html>`);
    } else {
      // Text and PDF tables: numbered rows, cells in a line.
      const lines = [greeting, intro, ...es.map((e, i) => { const rw = tableRow(e, i + 1, zh, r); return `${rw[0]}. ${rw[1]}${zh ? '，' : ', '}${rw.slice(2).filter(Boolean).join(zh ? '，' : ', ')}${zh ? '。' : '.'}`; }), ...closing];
      bytes = format === 'pdf' ? await toPdf(lines) : iconv.encode(lines.join('\r\n'), zh ? 'gb18030' : 'utf8');
    }
  } else {
    const paras = es.map((e, i) => (zh ? zhParagraph(e, ZH_NUM(i + 1), r) : enParagraph(e, i + 1, r)));
    const lines = [greeting, intro, ...paras, ...closing];
    if (format === 'docx') bytes = await Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }] }));
    else if (format === 'html') bytes = Buffer.from(`<!doctype html><html><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`);
    else if (format === 'pdf') bytes = await toPdf(lines);
    else bytes = iconv.encode(lines.join('\r\n'), zh ? 'gb18030' : 'utf8');
  }
  return { name: `${kind}-${seed}.${format === 'text' ? 'txt' : format}`, bytes: new Uint8Array(bytes), truth: es.map((e) => e.truth) };
}

export const KINDS = ['letter-zh', 'table-zh', 'letter-en', 'table-en'];
export const FORMATS = ['docx', 'pdf', 'text', 'html'];

/**
 * A fresh database of 3,000 generated records in a new temporary folder, and the Han people among them that
 * responses are generated about. Shared by the ingestion benchmark and the evaluation scripts.
 */
export async function responseWorld(prefix) {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { openDb } = await import('../dist/store/index.js');
  const { importRecords } = await import('../dist/pipeline/import-records.js');
  const { generateRows, toCsv } = await import('./generate.mjs');
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const rows = generateRows(3000, 77);
  writeFileSync(join(dir, 'records.csv'), toCsv(rows));
  const db = openDb(join(dir, 'world.db'));
  await importRecords(db, join(dir, 'records.csv'));
  const records = rows.filter((r) => r[6] === 'Han').map(([id, zh, , , gender, by]) => ({ id, zh, gender, by }));
  return { dir, db, records };
}
