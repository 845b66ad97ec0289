// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import type { SchoolDistrict } from '@/api/types'
import { applyLocale, i18n } from '@/i18n'
import { fakeServer } from '@/test/helpers'
import DistrictCouncil from './DistrictCouncil.vue'

const district = (kind: SchoolDistrict['kind']): SchoolDistrict => ({
  id: 4,
  regionCode: '110102',
  name: '学区',
  kind,
  subdistricts: [],
  officeSubdistrictCode: null,
  officeSubdistrictName: null,
  version: 1,
  status: 'ACTIVE',
  unitCount: 0,
})

async function mountWith(body: unknown, kind: SchoolDistrict['kind']) {
  applyLocale('zh-CN')
  fakeServer([{ path: '/api/registry/districts/4/council', body }])
  const w = mount(DistrictCouncil, { props: { district: district(kind) }, global: { plugins: [i18n] } })
  await flushPromises()
  return w
}

afterEach(() => vi.unstubAllGlobals())

describe('council tab', () => {
  it('shows which of the five kinds of representatives a council has and lacks', async () => {
    const w = await mountWith(
      {
        kind: 'COUNCIL',
        members: [
          { name: '王校长', kind: 'UNIT_HEAD', organisation: '一小', title: '校长' },
          { name: '李主任', kind: 'LOCAL_GOVERNMENT', organisation: '德胜街道', title: '副主任' },
          { name: '赵家长', kind: 'PARENT', organisation: null, title: null },
        ],
        departments: [],
      },
      'PRIMARY',
    )
    expect(w.get('[data-testid="council-coverage"]').text()).toContain('五类代表已覆盖 3/5 类')
    expect(w.get('[data-testid="council-kind-UNIT_HEAD"]').attributes('data-present')).toBe('true')
    expect(w.get('[data-testid="council-kind-PARENT"]').attributes('data-present')).toBe('true')
    const missing = w.get('[data-testid="council-kind-SOCIAL_INSTITUTION"]')
    expect(missing.attributes('data-present')).toBe('false')
    expect(missing.classes()).toContain('is-missing')
    expect(missing.text()).toContain('社会机构代表')
    expect(w.find('[data-testid="committee-departments"]').exists()).toBe(false)
  })

  it('shows a governance committee with its chair and departments', async () => {
    const w = await mountWith(
      {
        kind: 'COMMITTEE',
        members: [
          { name: '张园长', kind: 'UNIT_HEAD', organisation: '乙园', title: '委员' },
          { name: '刘园长', kind: 'UNIT_HEAD', organisation: '甲园', title: '主任' },
        ],
        departments: [
          { department: 'PARTY_BUILDING', headName: '刘园长' },
          { department: 'TRAINING', headName: null },
        ],
      },
      'PRESCHOOL',
    )
    expect(w.get('[data-testid="district-council"]').attributes('data-kind')).toBe('COMMITTEE')
    expect(w.find('[data-testid="council-coverage"]').exists()).toBe(false)
    const members = w.get('[data-testid="council-members"]').text()
    expect(members.indexOf('刘园长')).toBeLessThan(members.indexOf('张园长'))
    const departments = w.get('[data-testid="committee-departments"]').text()
    expect(departments).toContain('党建部')
    expect(departments).toContain('未指定')
  })
})
