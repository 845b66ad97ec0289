/** Small, hand-checked documents of the evaluation API for the specs. */
import type { BalanceIndicator, BalanceSchoolRow, BalanceView, CycleUnit } from '@/api/evaluation'

export function indicator(over: Partial<BalanceIndicator> = {}): BalanceIndicator {
  return {
    indicator: 'BACKBONE_TEACHERS',
    basis: 'PER_100_PUPILS',
    nameZh: '每百名学生拥有县级及以上骨干教师数',
    nameEn: 'County-level backbone teachers per 100 pupils',
    unitZh: '人',
    unitEn: 'teachers',
    value: 1.2,
    cv: 0.62,
    threshold: 0.5,
    passes: false,
    totalResource: 12,
    totalPupils: 1000,
    minimum: 1,
    schoolsBelowMinimum: 1,
    ...over,
  }
}

export function school(over: Partial<BalanceSchoolRow> = {}): BalanceSchoolRow {
  return {
    unitId: 1,
    unitName: '展览路小学',
    districtName: '展览路学区',
    longitude: 116.34,
    latitude: 39.92,
    pupils: 600,
    levelShare: 1,
    met: 6,
    passes: true,
    worstGapRatio: 0.9,
    values: [
      { indicator: 'BACKBONE_TEACHERS', resource: 3.7, value: 0.62, minimum: 1, meets: false, shortfall: 2.3 },
      { indicator: 'EQUIPMENT_YUAN', resource: 1_455_000, value: 2425, minimum: 2500, meets: false, shortfall: 45000 },
      { indicator: 'MULTIMEDIA_ROOMS', resource: 20, value: 3.33, minimum: 2.3, meets: true, shortfall: 0 },
    ],
    ...over,
  }
}

export function balanceView(over: Partial<BalanceView> = {}): BalanceView {
  return {
    year: 2025,
    level: 'PRIMARY',
    standard: '2017',
    scopeName: '西城区',
    districtId: null,
    schools: 2,
    pupils: 1000,
    cvPasses: false,
    schoolsPassing: 1,
    schoolsFailing: 1,
    compositeCv: null,
    compositeThreshold: null,
    indicators: [
      indicator(),
      indicator({
        indicator: 'MULTIMEDIA_ROOMS',
        nameZh: '每百名学生拥有网络多媒体教室数',
        nameEn: 'Multimedia classrooms per 100 pupils',
        unitZh: '间',
        unitEn: 'rooms',
        cv: 0.31,
        passes: true,
        minimum: 2.3,
        schoolsBelowMinimum: 0,
      }),
    ],
    schoolRows: [
      school(),
      school({
        unitId: 2,
        unitName: '黄城根小学',
        longitude: null,
        latitude: null,
        pupils: 400,
        met: 4,
        passes: false,
        worstGapRatio: 0.5,
      }),
    ],
    ...over,
  }
}

export function cycleUnit(over: Partial<CycleUnit> = {}): CycleUnit {
  return {
    unitId: 11,
    unitName: '西城区第一幼儿园分园',
    districtId: 3,
    districtName: '展览路学区',
    member: true,
    centralUnitId: 10,
    centralUnitName: '西城区第一幼儿园',
    opinion: null,
    scores: [
      { criterionId: 1, score: 40 },
      { criterionId: 2, score: null },
    ],
    total: null,
    rank: null,
    grade: null,
    state: 'PENDING',
    commended: false,
    weak: false,
    canGiveOpinion: true,
    canScore: true,
    canFinalise: false,
    version: 0,
    ...over,
  }
}
