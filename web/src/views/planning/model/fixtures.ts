/** Small, hand-checked documents of the planning API for the specs. */
import type {
  IndicatorView,
  Milestone,
  Outlook,
  OutlookDistrict,
  OutlookYear,
  PlanDetail,
  PlanSummary,
  Project,
} from '@/api/planning'

/**
 * A forecast year of a two-grade district: grade 1 = 100 born × 0.9 = 90, grade 2 = 100 × 1.0 (ratio); pupils
 * 190; seats 2 × 90 = 180 (+ project seats); gap = capacity − 190.
 */
export function year(y: number, over: Partial<OutlookYear> = {}): OutlookYear {
  const projectSeats = over.projectSeats ?? 0
  const capacity = 180 + projectSeats
  const pupils = over.pupils ?? 190
  return {
    year: y,
    horizon: y - 2026,
    entry: {
      year: y,
      birthYear: y - 6,
      cohortSource: 'BIRTHS',
      cohort: 100,
      regionCohort: null,
      districtShare: null,
      publicShare: 0.9,
      homes: 0,
      childrenPerHousehold: 0.05,
      housingPupils: 0,
      entry: 90,
      formula: `entry ${y} = cohort (births ${y - 6} = 100) × public share 0.9 + 0 homes × 0.05 children per home = 90`,
    },
    grades: [90, 100],
    pupils,
    entrySeats: 90,
    entrySeatsYear: 2026,
    registryCapacity: 180,
    projectSeats,
    projects: [],
    capacity,
    gap: capacity - pupils,
    shortfall: capacity - pupils < 0,
    mape: 2,
    low: pupils * 0.98,
    high: pupils * 1.02,
    ...over,
  }
}

export function district(over: Partial<OutlookDistrict> = {}): OutlookDistrict {
  const years = over.years ?? [year(2027, { pupils: 170 }), year(2028, { pupils: 175 }), year(2029)]
  return {
    districtId: 10,
    districtName: '广安门内-牛街学区',
    terms: {
      districtShare: 0.07,
      publicShare: 0.9,
      childrenPerHousehold: 0.05,
      method: 'MEAN',
      window: null,
      defaults: true,
    },
    termsVersion: null,
    entryGrade: 1,
    lastGrade: 2,
    baseYear: 2026,
    history: [
      { year: 2025, grades: [95, 96], total: 191 },
      { year: 2026, grades: [100, 94], total: 194 },
    ],
    ratios: [{ fromGrade: 1, toGrade: 2, value: 0.99, formula: 'ratio 1→2 = 0.99 = mean of 94/95 (2025→2026)' }],
    backtest: [{ horizon: 1, mape: 2, cells: 2 }],
    backtestNote: null,
    years,
    firstShortfallYear: years.find((y) => y.shortfall)?.year ?? null,
    ...over,
  }
}

export function outlook(): Outlook {
  return {
    districts: [
      district(),
      district({
        districtId: 7,
        districtName: '什刹海学区',
        years: [year(2027, { pupils: 150 }), year(2028, { pupils: 150 }), year(2029, { pupils: 150 })],
      }),
    ],
    withoutHistory: ['新学区'],
    censusSource: '2020 census',
  }
}

export function indicator(over: Partial<IndicatorView> = {}): IndicatorView {
  return {
    id: 5,
    planId: 1,
    version: 0,
    fields: {
      seq: 4,
      area: '教师队伍',
      name: '体育教师参与冰雪运动培训比例',
      unit: '%',
      baseline: null,
      baselineYear: null,
      target: 100,
      targetYear: 2020,
      direction: 'UP',
      source: 'seed 002 附件1',
      computed: null,
    },
    computedFormula: null,
    progress: {
      light: 'AT_RISK',
      year: 2019,
      actual: 97,
      expectedShare: 1,
      achievedShare: 0.97,
      formula: 'no baseline: achieved 1 − |100 − 97| / |100| = 0.97; expected 1',
    },
    trend: [
      { year: 2018, value: 78, note: '示例值', computed: false, change: null, trend: null },
      { year: 2019, value: 97, note: '示例值', computed: false, change: 19, trend: 1 },
    ],
    ...over,
  }
}

export function planSummary(over: Partial<PlanSummary> = {}): PlanSummary {
  return {
    id: 1,
    name: '西城区“十三五”时期教育事业发展规划',
    startYear: 2016,
    endYear: 2020,
    source: 'seed 002',
    onTrackSlack: 0.05,
    atRiskSlack: 0.2,
    version: 0,
    lights: { ON_TRACK: 3, AT_RISK: 1, NO_DATA: 9 },
    ...over,
  }
}

export function planDetail(indicators: IndicatorView[] = [indicator()]): PlanDetail {
  return { plan: planSummary(), indicators }
}

export function milestone(over: Partial<Milestone> = {}): Milestone {
  return {
    id: 31,
    position: 1,
    name: '立项',
    dueDate: '2027-03-01',
    status: 'PLANNED',
    startedOn: null,
    finishedOn: null,
    overdue: false,
    steps: ['START', 'CANCEL'],
    ...over,
  }
}

export function project(over: Partial<Project> = {}, fields: Partial<Project['fields']> = {}): Project {
  return {
    id: 3,
    version: 2,
    districtName: '长安街学区',
    milestonesDone: 0,
    milestonesOverdue: 0,
    milestones: [milestone()],
    ...over,
    fields: {
      name: '长安小学新建项目',
      stage: 'PRIMARY',
      kind: 'NEW_SCHOOL',
      subdistrictName: '西长安街',
      districtId: 1,
      seatsAdded: 540,
      budgetWanYuan: 12000,
      openingYear: 2029,
      longitude: 116.37,
      latitude: 39.9,
      planId: 1,
      seq: 12,
      ...fields,
    },
  }
}
