import { describe, expect, it } from 'vitest'
import type { FamilyView, Options } from '@/api/enrollment'
import { canApply, canAppeal } from './familyState'

const options: Options = {
  eligible: true,
  ineligibleReason: null,
  zone: { name: '白云路片', kind: 'MULTI' },
  guaranteed: null,
  schools: [],
  maxChoices: 3,
  deadline: '2026-05-20T16:00:00Z',
}

function view(overrides: Partial<FamilyView> = {}): FamilyView {
  return {
    child: { name: '王小明', idNumber: '110102********0013', birthDate: '2019-03-15' },
    cycle: { id: 1, name: '2026 小学入学' },
    options,
    application: null,
    result: null,
    appeal: null,
    ...overrides,
  }
}

describe('family service state', () => {
  const before = new Date('2026-05-20T15:59:59Z')
  const after = new Date('2026-05-20T16:00:00Z')

  it('allows choices before the deadline only', () => {
    expect(canApply(view(), before)).toBe(true)
    expect(canApply(view(), after)).toBe(false)
    expect(canApply(view({ options: { ...options, deadline: null } }), after)).toBe(true)
  })

  it('refuses choices when ineligible, closed or already decided', () => {
    expect(canApply(view({ options: { ...options, eligible: false } }), before)).toBe(false)
    expect(canApply(view({ options: null }), before)).toBe(false)
    expect(canApply(view({ cycle: { id: 1, name: 'x', open: false } }), before)).toBe(false)
    const result = { applicationNumber: '2026P-000001', lottery: '1' } as FamilyView['result']
    expect(canApply(view({ result }), before)).toBe(false)
  })

  it('allows one appeal after publication', () => {
    const result = { applicationNumber: '2026P-000001', lottery: '1' } as FamilyView['result']
    expect(canAppeal(view())).toBe(false)
    expect(canAppeal(view({ result }))).toBe(true)
    expect(canAppeal(view({ result, appeal: { status: 'FILED' } as FamilyView['appeal'] }))).toBe(false)
  })
})
