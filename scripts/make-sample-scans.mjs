// Writes samples/responses/2027-03-15-scan-letter-zh.pdf (an image-only PDF) and 2027-03-16-fax-zh.jpg:
// a Chinese letter rendered, rasterised at 300 dpi, skewed, noised and blurred like a fax or scan.
// Developer tool: needs Debian's poppler-utils (pdftoppm) and imagemagick (convert). The outputs are committed,
// so users and CI need neither. usage: npm run build && node scripts/make-sample-scans.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { cjkFontBytes, fontkitAdapter } from '../dist/lists/render/cjk-font.js';

const out = new URL('../samples/responses/', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'dialist-scan-'));

async function letterPdf(lines) {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitAdapter);
  const font = await doc.embedFont(cjkFontBytes(), { subset: true });
  const page = doc.addPage([595, 842]);
  let y = 770;
  for (const line of lines) {
    let rest = line;
    while (rest) {
      let n = rest.length;
      while (font.widthOfTextAtSize(rest.slice(0, n), 12) > 480) n--;
      page.drawText(rest.slice(0, n), { x: 60, y, size: 12, font });
      rest = rest.slice(n);
      y -= 22;
    }
    y -= 6;
  }
  return doc.save();
}

async function scan(lines, name, { skew, noise, asPdf }) {
  writeFileSync(join(tmp, `${name}.pdf`), await letterPdf(lines));
  execFileSync('pdftoppm', ['-r', '300', '-gray', '-png', '-singlefile', join(tmp, `${name}.pdf`), join(tmp, name)]);
  const jpg = join(tmp, `${name}.jpg`);
  execFileSync('convert', [join(tmp, `${name}.png`), '-background', 'white', '-rotate', String(skew), '-attenuate', String(noise), '+noise', 'Gaussian', '-blur', '0x0.6', '-quality', '70', jpg]);
  if (!asPdf) return readFileSync(jpg);
  const doc = await PDFDocument.create();
  const img = await doc.embedJpg(readFileSync(jpg));
  const page = doc.addPage([595, 842]);
  page.drawImage(img, { x: 0, y: 0, width: 595, height: 842 });
  doc.setCreationDate(new Date('2027-03-15T00:00:00Z'));
  doc.setModificationDate(new Date('2027-03-15T00:00:00Z'));
  return doc.save();
}

writeFileSync(out + '2027-03-15-scan-letter-zh.pdf', await scan([
  '尊敬的欧盟代表团：',
  '现将有关人员情况答复如下：',
  '一、丁家乐，男，1967年出生。2019年因颠覆国家政权罪被判处有期徒刑十二年，现在湖北省沙洋监狱服刑。',
  '二、周世宁，男，1964年出生。2016年被判处有期徒刑七年，2022年11月刑满释放。',
  '三、吴澄，男，1972年出生。2017年被判处有期徒刑八年，2020年5月减刑十个月，现在福建省闽西监狱服刑。',
  '四、胡石林，男，1955年出生。2016年被判处有期徒刑七年六个月，2021年3月因病保外就医。',
  '五、李昱芳，女，1958年出生。2020年被判处有期徒刑六年六个月，2024年6月假释。',
  '此致',
  '敬礼',
  '外交部',
  '2027年3月15日',
], 'letter', { skew: 1.2, noise: 0.6, asPdf: true }));

writeFileSync(out + '2027-03-16-fax-zh.jpg', await scan([
  '关于伊力哈木·吐尔逊等人情况的答复',
  '1. 伊力哈木·吐尔逊，男，维吾尔族，1971年出生，现在新疆第一监狱服刑。',
  '2. 索南顿珠，男，藏族，1978年出生，2023年刑满释放。',
  '3. 盛雅洁，女，1984年出生，现羁押于上海市看守所。',
], 'fax', { skew: -0.8, noise: 0.8, asPdf: false }));
console.log('written to', out);
