// Text a reader cannot see is never news (issue 13, item 5): hidden DOCX runs (w:vanish, directly or by style),
// 1-pt and white-on-white text, HTML hidden by CSS, attribute, template or script. It is skipped and reported as
// a warning naming the file and how much was skipped.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun } from 'docx';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { readDocument } from '../../src/responses/index.js';
import { ingestBatch } from '../../src/pipeline/ingest.js';
import { sampleDb } from '../helpers/sample-db.js';

const AT = '2027-03-02T00:00:00.000Z';
const VISIBLE = '1、朱东，男，1968年生，现在北京市第二监狱服刑。';
const HIDDEN = [
  '2、王军，男，1970年生，已于2023年5月刑满释放。',
  '3、黄琪，男，已于2024年病故。',
  '4、曾志华，男，已于2025年获得假释。',
  '5、汪俊，男，已于2022年刑满释放。',
];
const textOf = async (bytes: Uint8Array) => {
  const r = await readDocument(bytes, { ocr: false });
  if (!r.ok) throw new Error(r.error.message);
  return { text: r.document.blocks.map((b) => b.text).join('\n'), hidden: r.document.hidden };
};

async function hiddenDocx(): Promise<Uint8Array> {
  const doc = new Document({
    styles: { characterStyles: [{ id: 'Secret', name: 'Secret', run: { vanish: true } }] },
    sections: [{
      children: [
        new Paragraph({ children: [new TextRun(VISIBLE)] }),
        new Paragraph({ children: [new TextRun({ text: HIDDEN[0], vanish: true })] }),
        new Paragraph({ children: [new TextRun({ text: HIDDEN[1], size: 2, color: 'FFFFFF' })] }),
        new Paragraph({ children: [new TextRun({ text: HIDDEN[2], color: 'FFFFFF' })] }),
        new Paragraph({ children: [new TextRun({ text: HIDDEN[3], style: 'Secret' })] }),
        // White on a dark cell is visible: it stays.
        new Table({ rows: [new TableRow({ children: [
          new TableCell({ shading: { type: ShadingType.CLEAR, color: 'auto', fill: '1F3864' }, children: [new Paragraph({ children: [new TextRun({ text: '姓名 白字深底', color: 'FFFFFF' })] })] }),
        ] })] }),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const HTML = `<!doctype html><html><head><style>.gone { display: none } #away{visibility:hidden}</style>
<script>document.write('6、李明，已于2020年病故。')</script></head><body>
<p>${VISIBLE}</p>
<p style="display:none">${HIDDEN[0]}</p>
<div style="visibility: hidden"><p>${HIDDEN[1]}</p></div>
<p hidden>${HIDDEN[2]}</p>
<p style="color:#ffffff">${HIDDEN[3]}</p>
<p class="note gone">7、李四，已于2021年刑满释放。</p>
<p id="away">8、张三，已于2021年刑满释放。</p>
<p><span style="font-size:1px">9、王五，已于2019年病故。</span></p>
<template><p>10、赵六，已于2018年病故。</p></template>
<p style="color:white; background-color:#003366">白字深底 visible</p>
</body></html>`;
const HTML_HIDDEN_NAMES = ['王军', '黄琪', '曾志华', '汪俊', '李明', '李四', '张三', '王五', '赵六'];

describe('DOCX: hidden, 1-pt and white-on-white runs are not read', () => {
  it('keeps visible text (white on a dark cell too) and skips the rest, counting it', async () => {
    const { text, hidden } = await textOf(await hiddenDocx());
    expect(text).toContain('朱东');
    expect(text).toContain('姓名 白字深底');
    for (const h of HIDDEN) expect(text).not.toContain(h.slice(2, 5));
    expect(hidden?.chars).toBe(HIDDEN.join('').length);
  });
});

describe('HTML: display:none, visibility:hidden, hidden, template, script and white text are not read', () => {
  it('keeps visible text and skips the rest, counting it', async () => {
    const { text, hidden } = await textOf(new TextEncoder().encode(HTML));
    expect(text).toContain('朱东');
    expect(text).toContain('白字深底 visible');
    for (const name of HTML_HIDDEN_NAMES) expect(text, name).not.toContain(name);
    expect(hidden?.chars).toBeGreaterThan(60);
  });
});

describe('PDF: text too small to see, or white on white, is not read', () => {
  it('skips 1-pt and white-on-white text, keeps ordinary text and white on dark', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595, 842]);
    page.drawText('1. Zhu Dong, male, born 1968, is serving his sentence in Beijing No. 2 Prison.', { x: 50, y: 780, size: 11, font });
    page.drawText('2. Wang Jun, male, born 1970, was released in May 2023.', { x: 50, y: 760, size: 1, font });
    page.drawText('3. Huang Qi, male, died in 2024.', { x: 50, y: 740, size: 11, font, color: rgb(1, 1, 1) });
    // White on a dark band (a table header) is visible: it stays.
    page.drawRectangle({ x: 40, y: 700, width: 400, height: 24, color: rgb(0.1, 0.15, 0.4) });
    page.drawText('Name  Status  Place held', { x: 50, y: 708, size: 11, font, color: rgb(1, 1, 1) });
    const { text, hidden } = await textOf(await pdf.save());
    expect(text).toContain('Zhu Dong');
    expect(text).not.toContain('Wang Jun');
    expect(text).not.toContain('Huang Qi');
    expect(text).toMatch(/Name\s+Status\s+Place held/);
    expect(hidden?.how).toEqual(['text in the colour of its background (white on white)', 'under 3 pt']);
  });
});

describe('ingest: hidden text is never news, and is reported', () => {
  it('a DOCX and an HTML response: no entry from hidden text, a warning naming the file and how much', async () => {
    const db = await sampleDb(AT);
    const dir = mkdtempSync(join(tmpdir(), 'dialist-hidden-'));
    writeFileSync(join(dir, 'reply.docx'), await hiddenDocx());
    writeFileSync(join(dir, 'reply.html'), HTML);
    const out = await ingestBatch(db, [join(dir, 'reply.docx'), join(dir, 'reply.html')], { at: AT });
    for (const r of out) {
      expect(r.outcome).toBe('ingested');
      const names = r.entries.map((e) => e.facts.name).join(' ');
      for (const name of HTML_HIDDEN_NAMES) expect(names, r.file).not.toContain(name);
      const warning = r.diagnostics.find((d) => d.code === 'HIDDEN_TEXT');
      expect(warning, r.file).toBeDefined();
      expect(warning!.severity).toBe('warning');
      expect(warning!.place.file).toBe(r.file);
      expect(warning!.message).toMatch(/\d+ characters/);
    }
  });
});
