/** The report and the dossier as text for the terminal: aligned tables (Chinese counted as two columns). */
import stringWidth from 'string-width';
import {
  CHECKPOINTS, COVARIATE_LABELS, SECTION_TITLES, YEAR_COLUMNS, answeredWithin, days, eventLabel, notMatchedReason, percent,
  percentWithInterval, ratioWithInterval,
} from './labels.js';
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

const text = (x: number) => String(x);

function yearsText(r: Report): string {
  if (!r.years.length) return '  nothing to count yet: no list handed over and no response received by this date\n';
  const cells = (row: object) => YEAR_COLUMNS.map((c) => text((row as Record<string, number>)[c.key]));
  const undated = r.total.undatedClemencyActs;
  return formatTable([
    ['Year', ...YEAR_COLUMNS.map((c) => c.label.en)],
    ...r.years.map((y) => [text(y.year), ...cells(y)]),
    ['Total', ...cells(r.total)],
  ])
    + (undated ? `  and ${undated} clemency acts without a date (in no year)\n` : '')
    + wrapText('Names with news: people an accepted answer said anything about. Clemency: reduction, commutation, parole, '
      + 'medical parole, release before the term’s end. Totals of names count each person once.');
}

function partnersText(r: Report): string {
  const partners = r.recipients.length
    ? formatTable([
      ['Partner', 'Lists', 'Names', 'Responses', 'Answered', 'Answer rate (95% CI)', 'Median days', 'Never answered'],
      ...r.recipients.map((x) => [
        x.recipient, text(x.lists), text(x.namesListed), text(x.responses), text(x.listsAnswered),
        percentWithInterval(x.answerRate), days(x.medianDaysToAnswer), text(x.namesNeverAnswered),
      ]),
    ]) + wrapText('Median days: from handing over to the first answer, among lists answered. Never answered: people on the '
      + 'partner’s lists no answer to those lists said anything about.')
    : '  no lists handed over in these years\n';
  const senders = r.senders.length
    ? formatTable([
      ['Sender', 'Responses', 'Lists answered', 'Entries', 'Names with news', 'First', 'Last'],
      ...r.senders.map((s) => [s.sender, text(s.responses), text(s.listsAnswered), text(s.entries), text(s.namesWithNews), s.firstReceived, s.lastReceived]),
    ])
    : '  no responses received in these years\n';
  return partners + heading(SECTION_TITLES.senders) + senders;
}

function responsivenessText(r: Report): string {
  const curves = [{ ...r.responsiveness, recipient: 'All partners' }, ...r.responsiveness.byRecipient];
  return '  Time to first answer (Kaplan–Meier: lists still waiting count until the as-of date, not dropped)\n'
    + curves.map((c) => wrapText(`${c.recipient}: ${describeCurve(c)}`, WIDTH, '  ', '    ')).join('');
}

function impactText(r: Report): string {
  const i = r.impact;
  const group = (name: string, g: typeof i.listed) => [name, text(g.people), text(g.withClemency), percentWithInterval(g.risk), text(g.withNews)];
  const out = [
    `  Period: ${i.period ? `${i.period.from} – ${i.period.to}` : '–'}\n`,
    formatTable([['', 'People', 'With clemency', 'Share (95% CI)', 'With any news'], group('Listed', i.listed), group('Never listed', i.neverListed)]),
    `  Risk ratio (crude): ${ratioWithInterval(i.riskRatio)}\n`,
  ];
  if (i.matched) {
    const m = i.matched;
    const on = m.on.map((c) => COVARIATE_LABELS[c].en).join(', ');
    const notOn = m.notOn.map((c) => `${COVARIATE_LABELS[c.covariate].en} (${notMatchedReason(c).en})`).join(', ');
    out.push(wrapText(`Matched on ${on} (${m.strata} groups holding both; ${percent(m.matchedShare)} of the listed found people `
      + `like them): listed ${m.listed.withClemency}/${m.listed.people}, never listed ${m.neverListed.withClemency}/`
      + `${m.neverListed.people}; risk ratio (Mantel–Haenszel) ${ratioWithInterval(m.riskRatio)}${notOn ? `. Not matched on ${notOn}` : ''}.`));
  } else if (i.matchedNote) out.push(wrapText(i.matchedNote.en));
  out.push('\n' + both(i.verdictText), `\n  ${SECTION_TITLES.biases.en} / ${SECTION_TITLES.biases.zh}:\n`);
  for (const b of i.biases) out.push(wrapText(`- ${b.en}`, WIDTH, '  ', '    ') + wrapText(b.zh, WIDTH, '    '));
  return out.join('');
}

function overdueText(r: Report): string {
  const { days: after, minListed, lists, people } = r.overdue;
  const listsText = lists.length
    ? `  No answer after ${after} days or more:\n`
      + formatTable([['List', 'Handed over', 'Days', 'Recipient'], ...lists.map((l) => [text(l.id), l.date, text(l.days), l.recipient])])
    : `  none: every list has an answer or was handed over less than ${after} days ago\n`;
  const peopleText = people.length
    ? `  Listed ${minListed} times or more, no answer has said anything about them (details: dialist report person ID):\n`
      + formatTable([['ID', 'Name', 'Times listed', 'Last listed'], ...people.map((p) => [p.id, p.name, text(p.timesListed), p.lastListed])])
    : `  none listed ${minListed} times or more without an answer\n`;
  return listsText + heading(SECTION_TITLES.overduePeople) + peopleText;
}

export function renderReportText(r: Report): string {
  const range = r.from === null ? 'no lists or responses yet' : `years ${r.from}–${r.to}`;
  const partner = r.recipientFilter ? ` · partner "${r.recipientFilter}"` : '';
  return [
    `dialist report — as of ${r.asOf} (截至 ${r.asOf}) · ${range}${partner}\n`,
    heading(SECTION_TITLES.years), yearsText(r),
    heading(SECTION_TITLES.recipients), partnersText(r),
    heading(SECTION_TITLES.responsiveness), responsivenessText(r),
    heading(SECTION_TITLES.impact), impactText(r),
    heading(SECTION_TITLES.overdueLists), overdueText(r),
    ...(r.notes.length ? [heading(SECTION_TITLES.notes), ...r.notes.map((n) => both(n))] : []),
  ].join('');
}

export function renderDossierText(d: Dossier): string {
  const out: string[] = [];
  out.push(`${d.id}  ${d.name}   (as of ${d.asOf})\n`);
  if (d.askedAs) out.push(`  ${d.askedAs} was merged into ${d.id}: this is that person.\n`);
  if (d.mergedIds.length) out.push(`  also recorded as: ${d.mergedIds.join(', ')}\n`);
  out.push(`  sentence: ${d.sentence ?? '-'}    detained: ${d.detained ?? '-'}    status on record: ${d.status ?? '-'}\n`);
  out.push(`  on ${d.timesListed} lists; ${d.answers} accepted answers\n`);
  const reduced = d.term.reducedMonths ? ` (after ${d.term.reducedMonths} months of reductions)` : '';
  out.push(`  projected end of term: ${d.term.end ?? '-'}${reduced}\n`);
  out.push(wrapText(`(${d.term.explanation.en} / ${d.term.explanation.zh})`, WIDTH, '    '));
  const act = (c: Dossier['clemency'][number]) => `${eventLabel(c.type).en} ${c.date ?? '(undated)'}${c.months ? ` (${c.months} months)` : ''}`;
  if (d.clemency.length) out.push(`  clemency: ${d.clemency.map(act).join('; ')}\n`);
  for (const f of d.flags) out.push(`  ! ${f.en}\n    ${f.zh}\n`);
  out.push('\nTimeline / 时间线\n');
  if (!d.timeline.length) out.push('  nothing yet: not on any list handed over, no answer\n');
  for (const t of d.timeline) {
    out.push(wrapText(`${(t.date ?? '(no date)').padEnd(10)}  ${t.kind.padEnd(6)}  ${t.text}`, WIDTH, '  ', ' '.repeat(22)));
    if (t.source) out.push(wrapText(`from ${t.source}`, WIDTH, ' '.repeat(22)));
  }
  return out.join('');
}
