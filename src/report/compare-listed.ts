/**
 * Impact of listing: clemency among people listed against people in the database never listed, over the
 * same period, crude and matched on sentence length, time served and charge where the data record them.
 * Always with what biases the comparison, and a plain "too few to conclude" when numbers are small.
 */
import type { ReportFacts, ReportPerson } from '../model/index.js';
import { dayInterval, dayNumber } from './day-interval.js';
import { monthsBetween, type PersonKnowledge } from './clemency.js';
import { mantelHaenszelRiskRatio, riskRatio, wilsonInterval, type Estimate, type Stratum } from './stats.js';
import { COVARIATE_LABELS } from './labels.js';
import type { Bilingual, GroupRisk, Impact, MatchedComparison, Verdict } from './types.js';

/** Below these, a ratio says nothing: its interval is too wide or it is undefined. */
export const MIN_PEOPLE_PER_GROUP = 20;
export const MIN_CLEMENCY_PER_GROUP = 5;
/** A characteristic is matched on when it is known for at least this share of the people compared. */
export const MIN_KNOWN_SHARE = 0.5;

const OUT_TYPES = new Set(['released', 'died', 'paroled', 'medical_parole']);
const IN_TYPES = new Set(['detained', 'sentenced']);

export function sentenceBand(s: ReportPerson['sentence']): string | undefined {
  if (!s) return undefined;
  if (s.kind !== 'fixed') return s.kind;
  if (!s.months) return undefined;
  if (s.months < 36) return '<3y';
  if (s.months < 60) return '3-5y';
  if (s.months < 120) return '5-10y';
  return '10y+';
}

export function servedBand(months: number | undefined): string | undefined {
  if (months === undefined) return undefined;
  if (months < 24) return '<2y';
  if (months < 60) return '2-5y';
  if (months < 120) return '5-10y';
  return '10y+';
}

/** Out of prison for good before the period began: a release, parole or death told, and no new detention since. */
function outBefore(k: PersonKnowledge | undefined, day: number): boolean {
  if (!k) return false;
  const dated = k.events.filter((e) => e.date);
  const lastOut = Math.max(-Infinity, ...dated.filter((e) => OUT_TYPES.has(e.type)).map((e) => dayInterval(e.date!).hi));
  if (lastOut >= day) return false;
  return Number.isFinite(lastOut) && !dated.some((e) => IN_TYPES.has(e.type) && dayInterval(e.date!).lo > lastOut);
}

/** The day custody began, as far as known: detention (record or answers), else the latest sentencing. */
function custodyStart(p: ReportPerson, k: PersonKnowledge | undefined): number | undefined {
  if (p.detained) return dayInterval(p.detained).lo;
  const detained = k?.events.filter((e) => e.type === 'detained' && e.date).map((e) => dayInterval(e.date!).lo) ?? [];
  if (detained.length) return Math.max(...detained);
  const sentenced = k?.events.filter((e) => e.type === 'sentenced' && e.date).map((e) => dayInterval(e.date!).lo) ?? [];
  return sentenced.length ? Math.max(...sentenced) : undefined;
}

interface Compared {
  listed: boolean;
  clemency: boolean;
  news: boolean;
  covariates: Record<Covariate, string | undefined>;
}

const COVARIATES = ['sentence', 'timeServed', 'charge'] as const;
type Covariate = (typeof COVARIATES)[number];

/** Charges against the state (PRC Criminal Law arts. 102–112), for which reduction and parole are granted more sparingly. */
const STATE_SECURITY = new Set([
  '背叛国家罪', '分裂国家罪', '煽动分裂国家罪', '武装叛乱、暴乱罪', '颠覆国家政权罪', '煽动颠覆国家政权罪',
  '资助危害国家安全犯罪活动罪', '投敌叛变罪', '叛逃罪', '间谍罪', '为境外窃取、刺探、收买、非法提供国家秘密、情报罪', '资敌罪',
]);

/** Charges in three groups that eligibility rules treat differently: state security, cult, everything else. */
export function chargeGroup(charge: string | undefined): string | undefined {
  if (!charge) return undefined;
  if (STATE_SECURITY.has(charge)) return 'state_security';
  if (charge.includes('邪教')) return 'cult';
  return 'other';
}

export function compareListed(input: {
  facts: ReportFacts;
  people: ReadonlyMap<string, ReportPerson>;
  knowledge: ReadonlyMap<string, PersonKnowledge>;
  period: { from: string; to: string } | null;
  /** First listing to the partner(s) in scope. */
  firstListed: ReadonlyMap<string, string>;
  /** Everyone ever on any list (never-listed means on none). */
  everListed: ReadonlySet<string>;
  withNews: ReadonlySet<string>;
  resolve: (id: string) => string;
  asOfDay: number;
}): Impact {
  const { people, knowledge, period, firstListed, everListed, withNews } = input;
  const undatedActs = [...knowledge.values()].reduce((n, k) => n + k.acts.filter((a) => !a.date).length, 0);
  const compared: Compared[] = [];
  if (period) {
    const start = dayNumber(period.from);
    const end = dayNumber(period.to);
    for (const p of people.values()) {
      const k = knowledge.get(p.id);
      if (outBefore(k, start) || (p.detained && dayInterval(p.detained).lo > end)) continue;
      const first = firstListed.get(p.id);
      const isListed = first !== undefined && dayNumber(first) <= end;
      if (!isListed && everListed.has(p.id)) continue; // listed only to other partners, or first listed after the period
      const windowStart = isListed ? Math.max(start, dayNumber(first)) : start;
      // Only acts surely inside the person's window count: for the listed, after they were first listed.
      const clemency = Boolean(k?.acts.some((a) => a.date && dayInterval(a.date).lo >= windowStart && dayInterval(a.date).hi <= end));
      const custody = custodyStart(p, k);
      compared.push({
        listed: isListed,
        clemency,
        news: withNews.has(p.id),
        covariates: {
          sentence: sentenceBand(p.sentence),
          timeServed: custody === undefined ? undefined : servedBand(custody > windowStart ? 0 : monthsBetween(custody, windowStart)),
          charge: chargeGroup(p.charge),
        },
      });
    }
  }
  const group = (listed: boolean): GroupRisk => {
    const g = compared.filter((c) => c.listed === listed);
    const withClemency = g.filter((c) => c.clemency).length;
    return { people: g.length, withClemency, risk: wilsonInterval(withClemency, g.length), withNews: g.filter((c) => c.news).length };
  };
  const listed = group(true);
  const neverListed = group(false);
  const crude = riskRatio({ a: listed.withClemency, n1: listed.people, c: neverListed.withClemency, n0: neverListed.people });
  const { matched, note } = matchOnCovariates(compared);
  const { verdict, basis } = judge(listed, neverListed, crude, matched);
  return {
    period, listed, neverListed, riskRatio: crude, matched, ...(note ? { matchedNote: note } : {}),
    verdict, verdictText: describeVerdict(verdict, listed, neverListed, basis === 'matched' ? matched : null, crude, period),
    undatedActs,
    biases: describeBiases(listed, neverListed, undatedActs),
  };
}

/** Sets of characteristics to match on, most first: the first that matches at least half the listed is used. */
const SUBSETS: readonly (readonly Covariate[])[] = [
  ['sentence', 'timeServed', 'charge'], ['sentence', 'timeServed'], ['sentence', 'charge'], ['timeServed', 'charge'],
  ['sentence'], ['timeServed'], ['charge'],
];
/** Matching keeps a set of characteristics when at least this share of the listed find never-listed people like them. */
export const MIN_MATCHED_SHARE = 0.5;

function stratify(compared: readonly Compared[], on: readonly Covariate[]): { strata: Stratum[]; listedKnown: number } {
  const strata = new Map<string, Stratum>();
  let listedKnown = 0;
  for (const c of compared) {
    if (on.some((k) => c.covariates[k] === undefined)) continue;
    if (c.listed) listedKnown++;
    const key = on.map((k) => c.covariates[k]).join('|');
    const s = strata.get(key) ?? { a: 0, n1: 0, c: 0, n0: 0 };
    if (c.listed) { s.n1++; if (c.clemency) s.a++; } else { s.n0++; if (c.clemency) s.c++; }
    strata.set(key, s);
  }
  return { strata: [...strata.values()].filter((s) => s.n1 > 0 && s.n0 > 0), listedKnown };
}

function matchOnCovariates(compared: readonly Compared[]): { matched: MatchedComparison | null; note?: Bilingual } {
  if (!compared.length) return { matched: null, note: { zh: '没有可比较的人。', en: 'No one to compare.' } };
  const known = new Map(COVARIATES.map((c) => [c, compared.filter((x) => x.covariates[c] !== undefined).length / compared.length]));
  const usable = COVARIATES.filter((c) => known.get(c)! >= MIN_KNOWN_SHARE);
  if (!usable.length) {
    return { matched: null, note: { zh: '刑期、已服刑期和罪名在记录中都太少（不到一半的人有记录），无法匹配比较。', en: 'Sentence length, time served and charge are each recorded for fewer than half the people: no matched comparison.' } };
  }
  const tried = SUBSETS.filter((set) => set.every((c) => usable.includes(c))).map((on) => {
    const { strata, listedKnown } = stratify(compared, on);
    const matchedListed = strata.reduce((n, s) => n + s.n1, 0);
    return { on, strata, share: listedKnown ? matchedListed / listedKnown : 0 };
  });
  const best = tried.find((t) => t.share >= MIN_MATCHED_SHARE) ?? [...tried].sort((a, b) => b.share - a.share)[0];
  if (!best || !best.strata.length) {
    return { matched: null, note: { zh: '没有哪一组被列入名单的人能找到刑期、已服刑期或罪名相同的从未列入者：无法匹配比较。', en: 'No listed person has a never-listed counterpart with the same sentence length, time served or charge: no matched comparison.' } };
  }
  const sum = (f: (s: Stratum) => number) => best.strata.reduce((n, s) => n + f(s), 0);
  const notOn = COVARIATES.filter((c) => !best.on.includes(c)).map((c) => ({
    covariate: c, known: Math.round(known.get(c)! * 1000) / 1000,
    reason: usable.includes(c) ? ('too_few_to_match' as const) : ('unrecorded' as const),
  }));
  return {
    matched: {
      on: [...best.on], notOn, strata: best.strata.length, matchedShare: Math.round(best.share * 1000) / 1000,
      listed: { people: sum((s) => s.n1), withClemency: sum((s) => s.a) },
      neverListed: { people: sum((s) => s.n0), withClemency: sum((s) => s.c) },
      riskRatio: mantelHaenszelRiskRatio(best.strata),
    },
  };
}

type Counts = { listed: { people: number; withClemency: number }; neverListed: { people: number; withClemency: number } };

/** Enough people, and enough with clemency, in both groups, and an interval to show. */
function enough({ listed, neverListed }: Counts, rr: Estimate): boolean {
  const big = (g: Counts['listed']) => g.people >= MIN_PEOPLE_PER_GROUP && g.withClemency >= MIN_CLEMENCY_PER_GROUP;
  return big(listed) && big(neverListed) && rr.low !== null && rr.high !== null;
}

/** The verdict rests on the matched comparison when it has enough people, else on the crude one. */
function judge(listed: GroupRisk, never: GroupRisk, crude: Estimate, matched: MatchedComparison | null): { verdict: Verdict; basis: 'matched' | 'crude' | null } {
  const useMatched = matched !== null && enough(matched, matched.riskRatio);
  const basis = useMatched ? 'matched' : enough({ listed, neverListed: never }, crude) ? 'crude' : null;
  const rr = basis === 'matched' ? matched!.riskRatio : crude;
  if (!basis) return { verdict: 'too_few', basis };
  if (rr.low! > 1) return { verdict: 'more_when_listed', basis };
  if (rr.high! < 1) return { verdict: 'less_when_listed', basis };
  return { verdict: 'no_difference_shown', basis };
}

const pct = (x: number | null) => (x === null ? '–' : `${(100 * x).toFixed(1)}%`);
const ratio = (x: number | null) => (x === null ? '–' : x.toFixed(2));

/** `matched` is given when the verdict rests on it. */
function describeVerdict(verdict: Verdict, listed: GroupRisk, never: GroupRisk, matched: MatchedComparison | null, crude: Estimate, period: Impact['period']): Bilingual {
  const when = period ? `${period.from} – ${period.to}` : '–';
  const counts = {
    zh: `${when}期间，被列入名单的 ${listed.people} 人中有 ${listed.withClemency} 人（${pct(listed.risk.value)}）、`
      + `从未列入名单的 ${never.people} 人中有 ${never.withClemency} 人（${pct(never.risk.value)}）获得宽大处理`,
    en: `In ${when}, ${listed.withClemency} of ${listed.people} people listed (${pct(listed.risk.value)}) `
      + `and ${never.withClemency} of ${never.people} never listed (${pct(never.risk.value)}) had clemency`,
  };
  if (verdict === 'too_few') {
    return {
      zh: `人数太少，无法得出结论。${counts.zh}。每组至少需要 ${MIN_PEOPLE_PER_GROUP} 人、`
        + `其中至少 ${MIN_CLEMENCY_PER_GROUP} 人获得宽大处理，比值才有意义。`,
      en: `Too few to conclude. ${counts.en}. A ratio means something only with at least ${MIN_PEOPLE_PER_GROUP} `
        + `people and ${MIN_CLEMENCY_PER_GROUP} with clemency in each group.`,
    };
  }
  const m = matched;
  const rr = m ? m.riskRatio : crude;
  const basis = m
    ? { zh: `按${m.on.map((c) => COVARIATE_LABELS[c].zh).join('、')}匹配后`, en: ` after matching on ${m.on.map((c) => COVARIATE_LABELS[c].en).join(', ')}` }
    : { zh: '', en: '' };
  const interval = `${ratio(rr.low)}–${ratio(rr.high)}`;
  if (verdict === 'no_difference_shown') {
    return {
      zh: `${counts.zh}。${basis.zh}风险比为 ${ratio(rr.value)}，95% 区间 ${interval} 包含 1：这些数据没有显示差别。`,
      en: `${counts.en}. The risk ratio${basis.en} is ${ratio(rr.value)}; its 95% interval ${interval} includes 1: `
        + `these data do not show a difference.`,
    };
  }
  const more = verdict === 'more_when_listed';
  const told = (g: GroupRisk) => (g.people ? g.withNews / g.people : 0);
  // When far less is known about the never-listed, the ratio says more about answers than about listing.
  const unequal = told(never) < told(listed) / 2
    ? {
      zh: `但对从未列入名单的人所知少得多（有任何消息者：${pct(told(listed))} 对 ${pct(told(never))}），`
        + `这一比值主要反映答复告诉了我们什么，而不是列入名单起了什么作用。`,
      en: ` But far less is known about the people never listed (any news at all: ${pct(told(listed))} `
        + `against ${pct(told(never))}): this ratio mostly measures what answers tell, not what listing does.`,
    }
    : { zh: '', en: '' };
  return {
    zh: `${counts.zh}。${basis.zh}列入名单者获得宽大处理的比例是从未列入者的 ${ratio(rr.value)} 倍（95% `
      + `区间 ${interval}）`
      + `，${more ? '更高' : '更低'}。这是关联，不能证明是列入名单造成的：见下方的偏差。${unequal.zh}`,
    en: `${counts.en}. Clemency was ${ratio(rr.value)} times as common among people listed${basis.en} (95% `
      + `interval ${interval}): ${more ? 'higher' : 'lower'}. This is an association, not proof that listing caused `
      + `it: see the biases below.${unequal.en}`,
  };
}

function describeBiases(listed: GroupRisk, never: GroupRisk, undatedActs: number): Bilingual[] {
  const share = (g: GroupRisk) => pct(g.people ? g.withNews / g.people : null);
  const biases: Bilingual[] = [
    {
      zh: '谁被列入名单：名单上的人是挑选出来的，不是随机的。往往是知名个案、刑期长的人、资料最全的人，'
        + '已获释的人往往不再列入。两组人在匹配看不到的方面也不同。',
      en: 'Who is chosen for lists: people are chosen, not assigned at random — prominent cases, long sentences, '
        + 'people the organisation knows most about; people already released are often left off. The two groups '
        + 'differ in ways matching cannot see.',
    },
    {
      zh: `消息只从答复中得知：宽大处理的消息大多来自对名单的答复，从未列入名单的人获得宽大处理往往无人知晓。`
        + `被列入名单的人中 ${share(listed)}、从未列入名单的人中 ${share(never)} `
        + `有任何消息。仅此一点就会让列入名单显得有效。`,
      en: `News learned only through answers to lists: clemency is mostly learned from answers to lists, so clemency `
        + `of people never listed often goes unknown. ${share(listed)} of the people listed and ${share(never)} of `
        + `those never listed have any news at all. This alone can make listing look effective.`,
    },
    {
      zh: '减刑、假释的条件：是否符合条件取决于规定——已服刑期（如假释须服满原判刑期的一半以上）、'
        + '罪名（危害国家安全罪较少获准）、狱中表现和刑期长短。匹配比较只在数据有记录时考虑刑期、已服刑期和罪名。',
      en: 'Eligibility rules: reductions and parole depend on rules — time served (parole usually needs at least '
        + 'half of a fixed term served), the charge (state-security convictions are granted less often), conduct in '
        + 'prison and the length of the sentence. The matched comparison accounts for sentence length, time served '
        + 'and charge only where the data record them.',
    },
    {
      zh: '时间窗口：列入名单的人只从首次列入之日起计算，在期间内获得宽大处理的时间比从未列入的人短；'
        + '这使列入名单显得效果更小，而不是更大。',
      en: 'Time at risk: people listed are counted only from the day they were first listed, so they have less time '
        + 'in the period to receive clemency than people never listed; this makes listing look less effective, not '
        + 'more.',
    },
    {
      zh: `人数少：共 ${listed.withClemency + never.withClemency} 人获得宽大处理。人数少时区间很宽，`
        + `一两个个案就会改变比值。`,
      en: `Small numbers: ${listed.withClemency + never.withClemency} people with clemency in all. With small `
        + `numbers the interval is wide and one or two cases change the ratio.`,
    },
  ];
  if (undatedActs) {
    biases.push({
      zh: `${undatedActs} 项宽大处理没有日期，无法放入期间，未计入比较。`,
      en: `${undatedActs} clemency acts have no date and cannot be placed in the period: left out of the comparison.`,
    });
  }
  return biases;
}
