/** The report and the dossier as text for the terminal: aligned tables (Chinese counted as two columns). */
import stringWidth from 'string-width';
import { CHECKPOINTS, COVARIATE_LABELS, notMatchedReason, SECTION_TITLES, YEAR_COLUMNS, answeredWithin, days, eventLabel, percent, percentWithInterval, ratioWithInterval } from './labels.js';
import type { Bilingual, Curve, Dossier, Report } from './types.js';

const WIDTH = 100;

/** Columns padded to the widest cell; numbers (cells starting with a digit, a dash or a sign) right-aligned. */
export function formatTable(rows: readonly (readonly string[])[], { indent = '  ' }: { indent?: string } = {}): string {
  if (!rows.length) return '';
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => stringWidth(r[i] ?? ''))));
  const numeric = rows[0].map((_, i) => rows.slice(1).every((r) => /^[-–\d.≤<>%()\s]*$/.test(r[i] ?? '') || /^\d/.test(r[i] ?? '')));
  return rows.map((r) => indent + r.map((c, i) => {
    const pad = ' '.repeat(widths[i] - stringWidth(c));
    return numeric[i] ? pad + c : c + pad;
  }).join('  ').trimEnd()).join('\n') + '\n';
}

/** Wraps text to a width in columns: at spaces in Latin text, between any two characters in Chinese. */
export function wrapText(text: string, width = WIDTH, indent = '  ', hang = indent): string {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(/[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+|\s+/g) ?? []) {
    if (/^\s+$/.test(token)) {
      if (line) line += ' ';
      continue;
    }
    // Closing punctuation never starts a line.
    if (/^[。，、；：！？）」』》]$/.test(token) && line.trim()) {
      line += token;
      continue;
    }
    if (stringWidth((lines.length ? hang : indent) + line + token) > width && line.trim()) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.map((l, i) => (i ? hang : indent) + l).join('\n') + '\n';
}

const heading = (t: Bilingual) => `\n${t.en} / ${t.zh}\n`;
const both = (t: Bilingual, indent = '  ') => wrapText(t.en, WIDTH, indent) + wrapText(t.zh, WIDTH, indent);

function describeCurve(c: Curve): string {
  if (!c.lists) return 'no lists';
  const within = CHECKPOINTS.map((d) => `${d} days ${percent(answeredWithin(c.steps, d))}`).join(' · ');
  const half = c.medianDays === null ? 'more than half still waiting' : `half answered within ${c.medianDays} days`;
  return `${c.lists} lists, ${c.answered} answered, ${c.waiting} waiting; ${half}; answered within ${within}`;
}

export function renderReportText(r: Report): string {
  const out: string[] = [];
  const range = r.from === null ? 'no lists or responses yet' : `years ${r.from}–${r.to}`;
  out.push(`dialist report — as of ${r.asOf} (截至 ${r.asOf}) · ${range}${r.recipientFilter ? ` · partner "${r.recipientFilter}"` : ''}\n`);

  out.push(heading(SECTION_TITLES.years));
  if (!r.years.length) out.push('  nothing to count yet: no list handed over and no response received by this date\n');
  else {
    const cell = (row: Record<string, number>) => YEAR_COLUMNS.map((c) => String(row[c.key]));
    out.push(formatTable([
      ['Year', ...YEAR_COLUMNS.map((c) => c.label.en)],
      ...r.years.map((y) => [String(y.year), ...cell(y as unknown as Record<string, number>)]),
      ['Total', ...cell(r.total as unknown as Record<string, number>)],
    ]));
    if (r.total.undatedClemencyActs) out.push(`  and ${r.total.undatedClemencyActs} clemency acts without a date (in no year)\n`);
    out.push('  Names with news: people an accepted answer said anything about. Clemency: reduction, commutation, parole,\n  medical parole, release before the term’s end. Totals of names count each person once.\n');
  }

  out.push(heading(SECTION_TITLES.recipients));
  if (!r.recipients.length) out.push('  no lists handed over in these years\n');
  else {
    out.push(formatTable([
      ['Partner', 'Lists', 'Names', 'Responses', 'Answered', 'Answer rate (95% CI)', 'Median days', 'Never answered'],
      ...r.recipients.map((x) => [x.recipient, String(x.lists), String(x.namesListed), String(x.responses), String(x.listsAnswered),
        percentWithInterval(x.answerRate), days(x.medianDaysToAnswer), String(x.namesNeverAnswered)]),
    ]));
    out.push('  Median days: from handing over to the first answer, among lists answered. Never answered: people on the\n  partner’s lists no answer to those lists said anything about.\n');
  }

  out.push(heading(SECTION_TITLES.senders));
  if (!r.senders.length) out.push('  no responses received in these years\n');
  else {
    out.push(formatTable([
      ['Sender', 'Responses', 'Lists answered', 'Entries', 'Names with news', 'First', 'Last'],
      ...r.senders.map((s) => [s.sender, String(s.responses), String(s.listsAnswered), String(s.entries), String(s.namesWithNews), s.firstReceived, s.lastReceived]),
    ]));
  }

  out.push(heading(SECTION_TITLES.responsiveness));
  out.push('  Time to first answer (Kaplan–Meier: lists still waiting count until the as-of date, not dropped)\n');
  out.push(wrapText(`All partners: ${describeCurve(r.responsiveness)}`, WIDTH, '  ', '    '));
  for (const c of r.responsiveness.byRecipient) out.push(wrapText(`${c.recipient}: ${describeCurve(c)}`, WIDTH, '  ', '    '));

  const i = r.impact;
  out.push(heading(SECTION_TITLES.impact));
  out.push(`  Period: ${i.period ? `${i.period.from} – ${i.period.to}` : '–'}\n`);
  out.push(formatTable([
    ['', 'People', 'With clemency', 'Share (95% CI)', 'With any news'],
    ['Listed', String(i.listed.people), String(i.listed.withClemency), percentWithInterval(i.listed.risk), String(i.listed.withNews)],
    ['Never listed', String(i.neverListed.people), String(i.neverListed.withClemency), percentWithInterval(i.neverListed.risk), String(i.neverListed.withNews)],
  ]));
  out.push(`  Risk ratio (crude): ${ratioWithInterval(i.riskRatio)}\n`);
  if (i.matched) {
    const m = i.matched;
    const on = m.on.map((c) => COVARIATE_LABELS[c].en).join(', ');
    const notOn = m.notOn.map((c) => `${COVARIATE_LABELS[c.covariate].en} (${notMatchedReason(c).en})`).join(', ');
    out.push(wrapText(`Matched on ${on} (${m.strata} groups holding both; ${percent(m.matchedShare)} of the listed found people like them): listed ${m.listed.withClemency}/${m.listed.people}, never listed ${m.neverListed.withClemency}/${m.neverListed.people}; risk ratio (Mantel–Haenszel) ${ratioWithInterval(m.riskRatio)}${notOn ? `. Not matched on ${notOn}` : ''}.`));
  } else if (i.matchedNote) out.push(wrapText(i.matchedNote.en));
  out.push('\n' + both(i.verdictText));
  out.push(`\n  ${SECTION_TITLES.biases.en} / ${SECTION_TITLES.biases.zh}:\n`);
  for (const b of i.biases) out.push(wrapText(`- ${b.en}`, WIDTH, '  ', '    ') + wrapText(b.zh, WIDTH, '    '));

  out.push(heading(SECTION_TITLES.overdueLists));
  const ol = r.overdue.lists;
  out.push(ol.length
    ? `  No answer after ${r.overdue.days} days or more:\n` + formatTable([['List', 'Handed over', 'Days', 'Recipient'], ...ol.map((l) => [String(l.id), l.date, String(l.days), l.recipient])])
    : `  none: every list has an answer or was handed over less than ${r.overdue.days} days ago\n`);
  out.push(heading(SECTION_TITLES.overduePeople));
  const op = r.overdue.people;
  out.push(op.length
    ? `  Listed ${r.overdue.minListed} times or more, no answer has said anything about them (details: dialist report person ID):\n`
      + formatTable([['ID', 'Name', 'Times listed', 'Last listed'], ...op.map((p) => [p.id, p.name, String(p.timesListed), p.lastListed])])
    : `  none listed ${r.overdue.minListed} times or more without an answer\n`);

  if (r.notes.length) {
    out.push(heading(SECTION_TITLES.notes));
    for (const n of r.notes) out.push(both(n));
  }
  return out.join('');
}

export function renderDossierText(d: Dossier): string {
  const out: string[] = [];
  out.push(`${d.id}  ${d.name}   (as of ${d.asOf})\n`);
  if (d.askedAs) out.push(`  ${d.askedAs} was merged into ${d.id}: this is that person.\n`);
  if (d.mergedIds.length) out.push(`  also recorded as: ${d.mergedIds.join(', ')}\n`);
  out.push(`  sentence: ${d.sentence ?? '-'}    detained: ${d.detained ?? '-'}    status on record: ${d.status ?? '-'}\n`);
  out.push(`  on ${d.timesListed} lists; ${d.answers} accepted answers\n`);
  out.push(`  projected end of term: ${d.term.end ?? '-'}${d.term.reducedMonths ? ` (after ${d.term.reducedMonths} months of reductions)` : ''}\n`);
  out.push(wrapText(`(${d.term.explanation.en} / ${d.term.explanation.zh})`, WIDTH, '    '));
  if (d.clemency.length) out.push(`  clemency: ${d.clemency.map((c) => `${eventLabel(c.type).en} ${c.date ?? '(undated)'}${c.months ? ` (${c.months} months)` : ''}`).join('; ')}\n`);
  for (const f of d.flags) out.push(`  ! ${f.en}\n    ${f.zh}\n`);
  out.push('\nTimeline / 时间线\n');
  if (!d.timeline.length) out.push('  nothing yet: not on any list handed over, no answer\n');
  for (const t of d.timeline) {
    out.push(wrapText(`${(t.date ?? '(no date)').padEnd(10)}  ${t.kind.padEnd(6)}  ${t.text}`, WIDTH, '  '));
    if (t.source) out.push(wrapText(`from ${t.source}`, WIDTH, ' '.repeat(22)));
  }
  return out.join('');
}
