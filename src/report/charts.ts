/**
 * The report's charts as SVG strings, drawn by ECharts' server-side renderer (no DOM, no browser). Labels are
 * bilingual; fonts are named, never loaded, so the page stays self-contained. The only file that imports echarts.
 */
import { percent } from './labels.js';
import type { Report } from './types.js';

export const CHART_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
export const PALETTE = ['#2f5d8a', '#d08c2e', '#4f8f5f', '#8a5a9e', '#b04a4a', '#5f7f8f'];
const WIDTH = 720;

type EChartsModule = typeof import('echarts');
type Option = Record<string, unknown>;

let echartsModule: Promise<EChartsModule> | undefined;
const loadEcharts = () => (echartsModule ??= import('echarts'));

/**
 * ECharts numbers the ids and classes it writes with counters global to the process ("zr7-cls-31"):
 * renamed after the chart's own name and renumbered in order, the same chart is the same bytes every time,
 * and ids stay unique among the charts of one page.
 */
export function stabiliseIds(svg: string, name: string): string {
  const seen = new Map<string, string>();
  const counts = new Map<string, number>();
  return svg.replace(/zr\d+-(cls-|c)\d+/g, (token, kind: string) => {
    if (!seen.has(token)) {
      const n = counts.get(kind) ?? 0;
      counts.set(kind, n + 1);
      seen.set(token, `${name}-${kind}${n}`);
    }
    return seen.get(token)!;
  });
}

async function draw(name: string, option: Option, size: { width?: number; height?: number } = {}): Promise<string> {
  const { width = WIDTH, height = 300 } = size;
  const echarts = await loadEcharts();
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ animation: false, color: PALETTE, textStyle: { fontFamily: CHART_FONT, fontSize: 12, color: '#222' }, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return stabiliseIds(svg, name);
}

/** A chart with nothing to draw still says so in the picture. */
const emptyChart = (name: string, text: string) => draw(name, {
  graphic: [{ type: 'text', left: 'center', top: 'middle', style: { text, fontSize: 14, fill: '#777', fontFamily: CHART_FONT } }],
}, { height: 120 });

const NO_DATA = '尚无数据 / No data yet';

/** Error bars: [x or category index, low, high] drawn as a line with caps. */
function errorBars(data: (number | string | null)[][], horizontal: boolean): Option {
  return {
    type: 'custom', name: '95% 区间 / interval', z: 10, silent: true,
    renderItem: (_params: unknown, api: { value: (i: number) => number; coord: (p: number[]) => number[] }) => {
      const at = api.value(0);
      const [lo, hi] = [api.value(1), api.value(2)];
      const a = horizontal ? api.coord([lo, at]) : api.coord([at, lo]);
      const b = horizontal ? api.coord([hi, at]) : api.coord([at, hi]);
      const cap = 5;
      const capAt = (p: number[]) => (horizontal
        ? { x1: p[0], y1: p[1] - cap, x2: p[0], y2: p[1] + cap }
        : { x1: p[0] - cap, y1: p[1], x2: p[0] + cap, y2: p[1] });
      const style = { stroke: '#222', lineWidth: 1.4 };
      return {
        type: 'group',
        children: [
          { type: 'line', shape: { x1: a[0], y1: a[1], x2: b[0], y2: b[1] }, style },
          { type: 'line', shape: capAt(a), style },
          { type: 'line', shape: capAt(b), style },
        ],
      };
    },
    data,
  };
}

const legend = { top: 0, itemWidth: 14, itemHeight: 10, textStyle: { fontFamily: CHART_FONT } };

export interface ReportCharts {
  listsPerYear: string;
  peoplePerYear: string;
  answerRates: string;
  responsiveness: string;
  impact: string;
}

const percentAxis = { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v: number) => percent(v) } };
type YearKey = keyof Report['years'][number];

function drawYears(r: Report, name: string, series: { name: string; key: YearKey }[]): Promise<string> {
  if (!r.years.length) return emptyChart(name, NO_DATA);
  const bars = series.map((s) => ({
    type: 'bar', name: s.name, data: r.years.map((y) => y[s.key]), barMaxWidth: 28,
    label: { show: r.years.length <= 12, position: 'top', fontSize: 10 },
  }));
  return draw(name, {
    legend,
    grid: { left: 48, right: 16, top: 36, bottom: 32 },
    xAxis: { type: 'category', data: r.years.map((y) => String(y.year)), axisTick: { alignWithLabel: true } },
    yAxis: { type: 'value', minInterval: 1 },
    series: bars,
  });
}

function drawAnswerRates(r: Report): Promise<string> {
  const partners = [...r.recipients].reverse();
  if (!partners.length) return emptyChart('answer-rates', NO_DATA);
  const names = { type: 'category', data: partners.map((p) => p.recipient), axisLabel: { width: 236, overflow: 'break', fontSize: 11 } };
  // On the right: how many of the partner's lists were answered.
  const counts = {
    type: 'category', position: 'right', data: partners.map((p) => `${p.listsAnswered} / ${p.lists}`),
    axisLine: { show: false }, axisTick: { show: false }, axisLabel: { fontSize: 11, color: '#444' },
  };
  const rate = { type: 'bar', name: '答复率 answer rate', data: partners.map((p) => p.answerRate.value ?? 0), barMaxWidth: 22, itemStyle: { color: PALETTE[0] } };
  return draw('answer-rates', {
    grid: { left: 250, right: 60, top: 28, bottom: 40 },
    legend: { ...legend, data: [rate.name] },
    xAxis: { ...percentAxis, name: '已答复的名单比例 share of lists answered（右：已答复 / 名单 right: answered / lists）', nameLocation: 'middle', nameGap: 26 },
    yAxis: [names, counts],
    series: [rate, errorBars(partners.map((p, i) => [i, p.answerRate.low ?? 0, p.answerRate.high ?? 0]), true)],
  }, { height: Math.max(140, 70 + 44 * partners.length) });
}

function drawResponsiveness(r: Report): Promise<string> {
  if (!r.responsiveness.lists) return emptyChart('responsiveness', NO_DATA);
  const curves = [{ ...r.responsiveness, recipient: '全部 All' }, ...r.responsiveness.byRecipient.slice(0, 5)];
  // The curves are flat after the last answer: the axis ends a little after it (at least a year), so the
  // weeks when answers come are not squeezed by lists that have waited for years.
  const lastAnswer = Math.max(0, ...curves.flatMap((c) => c.steps.filter((s) => s.events).map((s) => s.time)));
  const lastDay = Math.max(0, ...curves.flatMap((c) => c.steps.map((s) => s.time)));
  const span = Math.min(lastDay, Math.max(365, lastAnswer + 90));
  const step = [30, 60, 90, 180, 365, 730].find((d) => span / d <= 10) ?? 1460;
  const maxDay = Math.ceil(Math.max(span, 1) / step) * step;
  const series = curves.flatMap((c, i) => {
    const shown = c.steps.filter((s) => s.time <= maxDay);
    const last = shown.length ? 1 - shown[shown.length - 1].survival : 0;
    const points = [[0, 0], ...shown.map((s) => [s.time, 1 - s.survival]), ...(c.steps.length > shown.length ? [[maxDay, last]] : [])];
    const censored = shown.filter((s) => s.censored).map((s) => [s.time, 1 - s.survival]);
    const name = i === 0 || c.recipient.length <= 34 ? c.recipient : c.recipient.slice(0, 33) + '…';
    const color = i === 0 ? '#222' : PALETTE[(i - 1) % PALETTE.length];
    const lineStyle = { width: i === 0 ? 3 : 1.5, type: i === 0 ? 'solid' : 'dashed' };
    return [
      { type: 'line', name, step: 'end', symbol: 'none', data: points, lineStyle, color },
      { type: 'scatter', name, data: censored, symbol: 'rect', symbolSize: [2, 9], color, silent: true },
    ];
  });
  const note = { text: '竖线：仍在等待的名单 | ticks: lists still waiting', fontSize: 10, fill: '#555', fontFamily: CHART_FONT };
  return draw('responsiveness', {
    legend: { ...legend, type: 'plain' },
    grid: { left: 56, right: 24, top: 64, bottom: 44 },
    xAxis: { type: 'value', min: 0, max: maxDay, interval: step, name: '递交后天数 days after handing over', nameLocation: 'middle', nameGap: 26 },
    yAxis: { ...percentAxis, name: '已答复 answered', nameGap: 12 },
    series,
    graphic: [{ type: 'text', right: 24, top: 44, style: note }],
  }, { height: 340 });
}

function drawImpact(r: Report): Promise<string> {
  const i = r.impact;
  if (!i.listed.people && !i.neverListed.people) return emptyChart('impact', NO_DATA);
  const groups = [{ name: '列入名单 Listed', g: i.listed }, { name: '从未列入 Never listed', g: i.neverListed }];
  const top = Math.min(1, Math.max(0.1, ...groups.map((x) => (x.g.risk.high ?? 0) + 0.05)));
  const labels = groups.map((x) => `${x.name}\n${percent(x.g.risk.value, 1)} (${x.g.withClemency}/${x.g.people})`);
  const shares = groups.map((x, k) => ({ value: x.g.risk.value ?? 0, itemStyle: { color: PALETTE[k] } }));
  return draw('impact', {
    grid: { left: 56, right: 24, top: 24, bottom: 48 },
    xAxis: { type: 'category', data: labels, axisLabel: { lineHeight: 16 } },
    yAxis: { ...percentAxis, max: top, name: '获宽大处理 with clemency', nameGap: 10 },
    series: [
      { type: 'bar', name: '比例 share', data: shares, barMaxWidth: 70 },
      errorBars(groups.map((x, k) => [k, x.g.risk.low ?? 0, x.g.risk.high ?? 0]), false),
    ],
  }, { height: 280 });
}

/** The five charts of the report page, drawn one after the other (so their ids come out in the same order). */
export async function drawReportCharts(r: Report): Promise<ReportCharts> {
  return {
    listsPerYear: await drawYears(r, 'lists-per-year', [{ name: '递交名单 lists handed over', key: 'lists' }, { name: '收到答复 responses', key: 'responses' }]),
    peoplePerYear: await drawYears(r, 'people-per-year', [
      { name: '列入人数 names listed', key: 'namesListed' }, { name: '有消息 names with news', key: 'namesWithNews' },
      { name: '获宽大 names with clemency', key: 'namesWithClemency' },
    ]),
    answerRates: await drawAnswerRates(r),
    responsiveness: await drawResponsiveness(r),
    impact: await drawImpact(r),
  };
}
