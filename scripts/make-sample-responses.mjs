// Writes samples/responses/: invented responses (no real people) answering the demo list, in every form
// dialist reads: a Chinese letter (DOCX), a Chinese table (PDF), an English letter (PDF), an English table
// (DOCX), a court ruling in GB18030 text, an HTML reply and a holding reply. Run after `npm run build`.
// usage: node scripts/make-sample-responses.mjs  (the files are committed; rerun only to change them)
import { writeFileSync, mkdirSync } from 'node:fs';
import iconv from 'iconv-lite';
import { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType } from 'docx';
import { PDFDocument } from 'pdf-lib';
import { cjkFontBytes, fontkitAdapter } from '../dist/lists/render/cjk-font.js';

const out = new URL('../samples/responses/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const FONT = { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'SimSun' };
const p = (text) => new Paragraph({ children: [new TextRun({ text, font: FONT })] });
const docx = async (children) => Buffer.from(await Packer.toBuffer(new Document({ creator: 'sample', sections: [{ children }] })));
const table = (rows) => new Table({ width: { size: 5000, type: WidthType.PERCENTAGE }, rows: rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [p(c)] })) })) });

async function pdf(lines, { size = 10 } = {}) {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitAdapter);
  const font = await doc.embedFont(cjkFontBytes(), { subset: true });
  doc.setCreationDate(new Date('2026-12-15T00:00:00Z'));
  doc.setModificationDate(new Date('2026-12-15T00:00:00Z'));
  let page = doc.addPage([595, 842]);
  let y = 790;
  for (const line of lines) {
    if (y < 60) { page = doc.addPage([595, 842]); y = 790; }
    page.drawText(line.normalize('NFC'), { x: 50, y, size, font });
    y -= size * 1.8;
  }
  return doc.save();
}

// 1. Chinese letter, numbered paragraphs (DOCX).
writeFileSync(out + '2026-12-15-mfa-letter-zh.docx', await docx([
  p('欧盟对外行动署：'),
  p('关于贵方在第38次中欧人权对话中转交的名单，现将有关情况答复如下：'),
  p('一、朱东，男，汉族，1968年出生，北京市人。2015年3月12日因犯煽动颠覆国家政权罪被北京市第二中级人民法院判处有期徒刑十一年。2019年6月减刑一年。现在北京市第二监狱服刑，刑期至2025年3月11日。'),
  p('二、曾志华，男，1965年出生，湖南省人。2012年5月被长沙市中级人民法院以颠覆国家政权罪判处有期徒刑十三年，2018年3月减刑八个月，2021年9月经裁定假释。'),
  p('三、王军，男，1985年出生，四川省人。2019年11月因煽动颠覆国家政权罪被判处有期徒刑八年，现羁押于四川省川西监狱服刑。'),
  p('四、汪俊，男，1977年出生，安徽省人，因组织、利用邪教组织破坏法律实施罪被判处有期徒刑七年。2022年4月因病保外就医。'),
  p('五、经查，我国司法机关无王小明此人的任何记录，查无此人。'),
  p('此致'),
  p('敬礼'),
  p('中华人民共和国外交部欧洲司'),
  p('2026年12月15日'),
]));

// 2. Chinese table (PDF), one line per row.
writeFileSync(out + '2026-12-20-mps-table-zh.pdf', await pdf([
  '关于名单所列人员情况的答复',
  '序号  姓名  性别  出生年份  罪名  刑期  关押地点  现状',
  '1  朴英哲  男  1982  非法经营罪  有期徒刑六年  吉林省延吉监狱  在押服刑',
  '2  秦永康  男  1953  颠覆国家政权罪  有期徒刑十三年  湖北省汉江监狱  2023年5月病逝',
  '3  张海波  男  1971  煽动分裂国家罪  有期徒刑十九年  新疆第三监狱  2020年减刑一年，现在服刑',
  '4  伊力哈木·吐尔逊  男  1971  煽动颠覆国家政权罪  无期徒刑  新疆第一监狱  2021年减为有期徒刑二十年，现在服刑',
  '5  扎西旺秋  男  1983  煽动分裂国家罪  有期徒刑五年  2023年1月刑满释放  已释放',
  '公安部',
  '2026年12月20日',
]));

// 3. English letter (PDF).
writeFileSync(out + '2027-01-08-embassy-letter-en.pdf', await pdf([
  'Embassy of the People\'s Republic of China',
  'Dear Colleagues,',
  'In reply to the list handed over at the 38th session of the Human Rights Dialogue, we are able to',
  'provide the following information.',
  '1. Liu Xianwen (刘贤文), male, born 1968. In March 2011 he was sentenced to ten years\' imprisonment',
  'for inciting subversion of state power. His sentence was reduced by eight months in June 2018.',
  'He completed his sentence and was released on 25 June 2020.',
  '2. Huang Qi, male, born in 1963, was sentenced to 12 years in July 2019 for illegally providing state',
  'secrets to foreign entities. He is currently serving his sentence in Bazhong Prison, Sichuan Province.',
  '3. Chan Tai-man, male, born 1988, was detained in January 2021 and sentenced to 3 years on',
  '12 November 2021. He was released on 11 January 2024.',
  '4. Abdurahim Tursun, male, Uyghur, born 1974. He was sentenced to 20 years in 2016 for inciting',
  'splitting of the state and is held in Xinjiang No. 1 Prison. His term ends on 10 May 2036.',
  'Yours sincerely,',
  '8 January 2027',
]));

// 4. English table (DOCX).
writeFileSync(out + '2027-01-20-embassy-table-en.docx', await docx([
  p('Information on individual cases'),
  table([
    ['No.', 'Name', 'Gender', 'Year of birth', 'Charge', 'Sentence', 'Place held', 'Status'],
    ['1', 'Wong Chi-ming', 'Male', '1996', 'Subversion of state power', '4 years 8 months', 'Stanley Prison', 'Serving sentence'],
    ['2', 'Sonam Dhondup', 'Male', '1978', 'Splitting the state', '8 years', 'Sichuan Provincial Prison', 'Released on parole in September 2024'],
    ['3', 'Xie Xiaohong', 'Female', '1979', 'Gathering a crowd to disturb social order', '3 years 6 months', '', 'Released in 2022'],
    ['4', 'Zhang Hua', 'Male', '1978', 'Illegal business operations', '2 years', '', 'Released'],
  ]),
  p('Embassy of the People\'s Republic of China, 20 January 2027'),
]));

// 5. A court ruling on a sentence reduction (GB18030 text): it recounts an earlier conviction that ended in release.
writeFileSync(out + '2027-02-01-ruling-gb18030.txt', iconv.encode([
  '四川省高级人民法院',
  '刑事裁定书',
  '罪犯刘贤文，男，1968年生，汉族，四川省遂宁市人。曾因颠覆国家政权罪于1999年8月被判处有期徒刑十三年，2008年刑满释放。2011年3月25日因犯煽动颠覆国家政权罪被遂宁市中级人民法院判处有期徒刑十年，现在四川省川东监狱服刑。本院于2018年6月12日裁定对其减去有期徒刑八个月，刑期至2020年7月24日止。',
  '审判长  王某',
  '二〇一八年六月十二日',
].join('\r\n'), 'gb18030'));

// 6. An HTML reply.
writeFileSync(out + '2027-02-10-reply.html', `<!doctype html><html><head><meta charset="utf-8"><title>答复</title></head><body>
<p>关于有关人员情况的说明：</p>
<p>1. 阿不都热依木·吐尔逊，男，维吾尔族，1974年3月出生，2016年被判处有期徒刑二十年，现在新疆第一监狱服刑。</p>
<p>2. 格桑晋美，男，藏族，1970年出生，2019年4月被判处有期徒刑五年，2024年4月刑满释放。</p>
<p>外交部</p></body></html>\n`);

// 7. A holding reply: no entries.
writeFileSync(out + '2027-03-01-holding-reply.txt', 'Dear Colleagues,\n\nThank you for your letter. The relevant authorities are looking into the cases you raised and we will reply in due course.\n\nYours sincerely,\nEmbassy of the People\'s Republic of China\n1 March 2027\n');
console.log('written to', out);
