/**
 * The seat outlook's grid, chart and arithmetic labels, built from the API's documents. Pure, so it is
 * unit-tested without a browser.
 */
import type { Arithmetic, ArithmeticTerm, Outlook, OutlookDistrict, OutlookYear, TermsForm } from '@/api/planning'
import type { SharingChartOption } from '@/components/sharing/echarts'
import { formatNumber, formatSigned } from './format'

export const SHORT_COLOUR = '#d03838'
export const OK_COLOUR = '#2f9e44'
const OBSERVED_COLOUR = '#1e5fbf'
const PROJECTED_COLOUR = '#7b4fc9'
const CAPACITY_COLOUR = '#e8890c'

/** One cell of the grid: a district's school year. */
export interface GridCell {
  year: number
  horizon: number
  pupils: number
  capacity: number
  gap: number
  shortfall: boolean
  mape: number | null
}

export interface GridRow {
  districtId: number
  name: string
  firstShortfallYear: number | null
  /** Keyed by school year; a district may lack a year another has (a different base year). */
  cells: Record<number, GridCell>
  worstGap: number
}

export interface Grid {
  years: number[]
  rows: GridRow[]
  /** Districts short of seats in some year of the outlook. */
  shortDistricts: number
}

/** The district × school-year grid; `onlyShort` keeps the districts with a shortfall. */
export function outlookGrid(outlook: Outlook, onlyShort = false): Grid {
  const years = [...new Set(outlook.districts.flatMap((d) => d.years.map((y) => y.year)))].sort((a, b) => a - b)
  const all = outlook.districts.map((d): GridRow => {
    const cells: Record<number, GridCell> = {}
    for (const y of d.years) {
      cells[y.year] = {
        year: y.year,
        horizon: y.horizon,
        pupils: y.pupils,
        capacity: y.capacity,
        gap: y.gap,
        shortfall: y.shortfall,
        mape: y.mape,
      }
    }
    return {
      districtId: d.districtId,
      name: d.districtName,
      firstShortfallYear: d.firstShortfallYear,
      cells,
      worstGap: Math.min(...d.years.map((y) => y.gap)),
    }
  })
  return {
    years,
    rows: onlyShort ? all.filter((r) => r.firstShortfallYear !== null) : all,
    shortDistricts: all.filter((r) => r.firstShortfallYear !== null).length,
  }
}

export interface ChartLabels {
  observed: string
  projected: string
  band: string
  capacity: string
}

const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10)

/**
 * Pupils of a district over the years: the observed totals, the projection with its backtest band
 * (pupils × (1 ∓ MAPE)) drawn as a shaded area between low and high, and the seats as a step line. The band
 * is two stacked series: the low edge (transparent) and the band's height on top of it.
 */
export function outlookChartOption(d: OutlookDistrict, labels: ChartLabels): SharingChartOption {
  const observedYears = d.history.map((h) => h.year)
  const forecastYears = d.years.map((y) => y.year)
  const years = [...observedYears, ...forecastYears]
  const blanks = (n: number) => Array.from({ length: n }, () => null)
  const last = d.history[d.history.length - 1]
  // The projection starts at the last observed total so the two lines join.
  const projected = [
    ...blanks(observedYears.length - 1),
    last ? last.total : null,
    ...d.years.map((y) => round1(y.pupils)),
  ]
  const low = [...blanks(observedYears.length), ...d.years.map((y) => round1(y.low))]
  const height = [
    ...blanks(observedYears.length),
    ...d.years.map((y) => (y.low === null || y.high === null ? null : round1(y.high - y.low))),
  ]
  const capacity = [...blanks(observedYears.length), ...d.years.map((y) => y.capacity)]
  return {
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v) => (typeof v === 'number' ? formatNumber(v, 0) : '—'),
    },
    legend: { top: 0, data: [labels.observed, labels.projected, labels.band, labels.capacity] },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: years.map(String), boundaryGap: false },
    yAxis: { type: 'value', scale: true },
    series: [
      {
        name: labels.observed,
        type: 'line',
        color: OBSERVED_COLOUR,
        data: [...d.history.map((h) => h.total), ...blanks(forecastYears.length)],
      },
      {
        name: labels.projected,
        type: 'line',
        color: PROJECTED_COLOUR,
        lineStyle: { type: 'dashed', width: 2 },
        data: projected,
      },
      {
        name: `${labels.band}-low`,
        type: 'line',
        stack: 'band',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        tooltip: { show: false },
        data: low,
      },
      {
        name: labels.band,
        type: 'line',
        stack: 'band',
        symbol: 'none',
        color: PROJECTED_COLOUR,
        lineStyle: { opacity: 0 },
        areaStyle: { opacity: 0.18 },
        tooltip: { show: false },
        data: height,
      },
      {
        name: labels.capacity,
        type: 'line',
        step: 'middle',
        color: CAPACITY_COLOUR,
        lineStyle: { width: 2 },
        data: capacity,
      },
    ],
  }
}

/** A message key with its parameters: what the page translates. */
export interface Label {
  key: string
  params?: Record<string, string | number>
}

const KNOWN_TERMS = [
  'cohort',
  'regionCohort',
  'districtShare',
  'publicShare',
  'homes',
  'childrenPerHousehold',
  'capacity',
  'pupils',
  'entrySeats',
] as const

/**
 * What a term of the arithmetic is called, in the console's words: the server names them in code words
 * (`publicShare`, `2028 grade 2`, `ratio 2→3`); an observed transition (`2019→2020 823/831`) or a project's
 * name is shown as sent (null).
 */
export function termLabel(name: string): Label | null {
  if ((KNOWN_TERMS as readonly string[]).includes(name)) return { key: `planning.term.${name}` }
  let m = /^grade (\d+)$/.exec(name)
  if (m) return { key: 'planning.term.grade', params: { grade: Number(m[1]) } }
  m = /^(\d{4}) grade (\d+)$/.exec(name)
  if (m) return { key: 'planning.term.yearGrade', params: { year: Number(m[1]), grade: Number(m[2]) } }
  m = /^ratio (\d+)→(\d+)$/.exec(name)
  if (m) return { key: 'planning.term.ratio', params: { from: Number(m[1]), to: Number(m[2]) } }
  m = /^(\d{4})→(\d{4}) (.+)$/.exec(name)
  if (m) return { key: 'planning.term.transition', params: { from: m[1]!, to: m[2]!, counts: m[3]! } }
  return null
}

/** Where a term comes from, in the console's words; null keeps the server's text (a formula of its own). */
export function sourceLabel(source: string): Label | null {
  const fixed: Record<string, string> = {
    'district terms': 'planning.source.terms',
    observed: 'planning.source.observed',
    forecast: 'planning.source.forecast',
    projection: 'planning.source.forecast',
    BIRTHS: 'planning.cohortSource.BIRTHS',
    CENSUS: 'planning.cohortSource.CENSUS',
    CENSUS_CARRIED: 'planning.cohortSource.CENSUS_CARRIED',
    NONE: 'planning.cohortSource.NONE',
    mean: 'planning.method.MEAN',
    geometric: 'planning.method.GEOMETRIC',
    median: 'planning.method.MEDIAN',
    last: 'planning.method.LAST',
    weighted: 'planning.method.WEIGHTED',
  }
  if (fixed[source]) return { key: fixed[source] }
  let m = /^new housing, completed ≤ (\d{4})$/.exec(source)
  if (m) return { key: 'planning.source.housing', params: { year: Number(m[1]) } }
  m = /^key project opening (\d{4})$/.exec(source)
  if (m) return { key: 'planning.source.project', params: { year: Number(m[1]) } }
  m = /^registry PRIMARY_1 seats of the district's units, (\d{4}|null)$/.exec(source)
  if (m) return { key: 'planning.source.registry', params: { year: m[1]! } }
  m = /^(\d+) grades × (\d+) entry seats \(registry, (\d{4}|none)\) \+ (\d+) project seats = (\d+)$/.exec(source)
  if (m)
    return {
      key: 'planning.source.capacity',
      params: { grades: m[1]!, seats: m[2]!, year: m[3]!, projects: m[4]!, capacity: m[5]! },
    }
  m = /^observed transition, weight ([\d.]+)$/.exec(source)
  if (m) return { key: 'planning.source.transition', params: { weight: m[1]! } }
  return null
}

export type Translate = (key: string, params?: Record<string, unknown>) => string

/** A label translated, or the raw text when the console has no words for it. */
export function translated(label: Label | null, raw: string, t: Translate): string {
  return label ? t(label.key, label.params ?? {}) : raw
}

/**
 * The figure's formula in the console's language, rebuilt from the same inputs the server used (the
 * server's own working is shown beneath it, verbatim): GAP, CAPACITY and PUPILS from the year's row, the
 * entry grade from its terms; a projected grade has only the server's working.
 */
export function localFormula(a: Arithmetic, year: OutlookYear | undefined, t: Translate): string | null {
  if (!year) return null
  switch (a.figure) {
    case 'GAP':
      return t('planning.formula.gap', {
        year: a.year,
        capacity: formatNumber(year.capacity, 0),
        pupils: formatNumber(year.pupils, 1),
        gap: formatSigned(year.gap, 1),
        verdict: year.shortfall ? t('planning.formula.short') : t('planning.formula.enough'),
      })
    case 'CAPACITY':
      return t('planning.formula.capacity', {
        year: a.year,
        grades: year.grades.length,
        seats: formatNumber(year.entrySeats, 0),
        seatsYear: year.entrySeatsYear ?? '—',
        projects: formatNumber(year.projectSeats, 0),
        capacity: formatNumber(year.capacity, 0),
      })
    case 'PUPILS':
      return t('planning.formula.pupils', {
        year: a.year,
        sum: year.grades.map((g) => formatNumber(g, 1)).join(' + '),
        pupils: formatNumber(year.pupils, 1),
      })
    case 'ENTRY': {
      const e = year.entry
      return t('planning.formula.entry', {
        year: a.year,
        cohort: formatNumber(e.cohort, 1),
        source: t(`planning.cohortSource.${e.cohortSource}`),
        birthYear: e.birthYear,
        publicShare: formatNumber(e.publicShare, 4),
        homes: formatNumber(e.homes, 0),
        children: formatNumber(e.childrenPerHousehold, 4),
        entry: formatNumber(e.entry, 1),
      })
    }
    default:
      return null
  }
}

/** The terms of the arithmetic with the console's labels. */
export function labelledTerms(
  terms: readonly ArithmeticTerm[],
  t: Translate,
): { name: string; value: number; source: string }[] {
  return terms.map((term) => ({
    name: translated(termLabel(term.name), term.name, t),
    value: term.value,
    source: translated(sourceLabel(term.source), term.source, t),
  }))
}

/** The reasons a terms form cannot be sent, by field (message keys), as the server would refuse them. */
export function termsErrors(form: TermsForm): Partial<Record<keyof TermsForm, string>> {
  const out: Partial<Record<keyof TermsForm, string>> = {}
  const share = (v: number) => Number.isFinite(v) && v >= 0 && v <= 1
  if (!share(form.districtShare)) out.districtShare = 'planning.terms.shareRange'
  if (!share(form.publicShare)) out.publicShare = 'planning.terms.shareRange'
  if (!(Number.isFinite(form.childrenPerHousehold) && form.childrenPerHousehold >= 0 && form.childrenPerHousehold <= 5))
    out.childrenPerHousehold = 'planning.terms.childrenRange'
  if (form.window !== null && !(Number.isInteger(form.window) && form.window >= 1 && form.window <= 50))
    out.window = 'planning.terms.windowRange'
  return out
}

/** The form of a district's terms as the server last answered them (version null before the first save). */
export function termsForm(d: OutlookDistrict): TermsForm {
  return {
    districtShare: d.terms.districtShare,
    publicShare: d.terms.publicShare,
    childrenPerHousehold: d.terms.childrenPerHousehold,
    method: d.terms.method,
    window: d.terms.window,
    version: d.termsVersion,
  }
}
