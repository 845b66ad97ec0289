import { describe, expect, it } from 'vitest'
import type { Proposal } from '@/api/zoning'
import {
  compared,
  defaultForm,
  distance,
  formOf,
  percent,
  requestOf,
  schoolsOverSeats,
  withBlockLock,
} from './workbench'

function proposal(over: Partial<Proposal> = {}): Proposal {
  return {
    id: 3,
    number: 3,
    name: '方案 3',
    origin: 'GENERATED',
    status: 'PROPOSED',
    options: {
      kind: 'MULTI',
      groupSize: 2,
      maxMovedShare: 0.1,
      basis: 'HOUSEHOLDS',
      timeLimitSeconds: 30,
      lockedBlocks: [{ block: { id: 11, name: '甲小区' }, school: { id: 5, name: '乙小学' } }],
      lockedSchools: [{ id: 6, name: '丙小学' }],
    },
    provenOptimal: false,
    createdBy: 'xicheng',
    createdAt: '2027-01-01T00:00:00Z',
    canAdopt: true,
    version: 0,
    ...over,
  } as Proposal
}

describe('the zoning workbench form', () => {
  it('asks for a single-school zoning without cap or locks by default', () => {
    const r = requestOf(9, defaultForm())
    expect(r).toMatchObject({ cycleId: 9, name: null, kind: 'SINGLE', groupSize: null, maxMovedShare: null })
    expect(r.lockedBlocks).toEqual({})
    expect(r.lockedSchools).toEqual([])
  })

  it('sends the cap as a share, locks keyed by block, and the group size only for multi-school zones', () => {
    const form = { ...defaultForm(), kind: 'MULTI' as const, groupSize: 2, capPercent: 12.5, name: ' 就近 ' }
    form.lockedBlocks = withBlockLock(withBlockLock([], 11, 5), 12, 6)
    const r = requestOf(9, form)
    expect(r).toMatchObject({ name: '就近', kind: 'MULTI', groupSize: 2, maxMovedShare: 0.125 })
    expect(r.lockedBlocks).toEqual({ '11': 5, '12': 6 })
  })

  it('keeps one lock per block, the newest', () => {
    const locks = withBlockLock(withBlockLock([], 11, 5), 11, 7)
    expect(locks).toEqual([{ blockId: 11, schoolId: 7 }])
  })

  it('brings a proposal’s options back into the form to re-solve, and none for a replaced zoning', () => {
    expect(formOf(proposal())).toEqual({
      name: '',
      kind: 'MULTI',
      groupSize: 2,
      capPercent: 10,
      basis: 'HOUSEHOLDS',
      timeLimitSeconds: 30,
      lockedBlocks: [{ blockId: 11, schoolId: 5 }],
      lockedSchools: [6],
    })
    expect(formOf(proposal({ origin: 'REPLACED', options: null } as Partial<Proposal>))).toBeNull()
  })
})

describe('the comparison figures', () => {
  it('reads distances in metres below a kilometre and in kilometres above', () => {
    expect(distance(850.4)).toBe('850 m')
    expect(distance(1234)).toBe('1.23 km')
    expect(distance(12_345)).toBe('12.3 km')
    expect(distance(null)).toBe('—')
    expect(percent(0.0123)).toBe('1.2%')
  })

  it('counts the schools a proposal fills above their seats', () => {
    const p = proposal({
      comparison: {
        schools: [
          { schoolId: 1, name: '甲', districtName: '一', seats: 10, before: 12, after: 10 },
          { schoolId: 2, name: '乙', districtName: '一', seats: 10, before: 8, after: 11 },
        ],
      } as Proposal['comparison'],
    })
    expect(schoolsOverSeats(p)).toBe(1)
  })

  it('compares at most five proposals', () => {
    expect(compared([1, 2, 3, 4, 5, 6])).toEqual([1, 2, 3, 4, 5])
  })
})
