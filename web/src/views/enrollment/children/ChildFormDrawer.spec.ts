// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { applyLocale, i18n } from '@/i18n'
import { fakeServer } from '@/test/helpers'
import ChildFormDrawer from './ChildFormDrawer.vue'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const child = {
  id: 5,
  regionCode: '110102',
  name: '王小明',
  idNumber: '110102201903150013',
  birthDate: '2019-03-15',
  birthMonth: '2019-03',
  gender: 'M',
  eligible: true,
  hukouType: 'LOCAL',
  hukouBlock: null,
  hukouAddress: '',
  residenceBlock: { id: 2, name: '月坛北街 1 号院' },
  district: null,
  propertyOwned: false,
  propertyBlock: null,
  propertySince: null,
  residenceSince: null,
  categories: [],
  siblingUnit: null,
  primaryUnit: null,
  level: 'PRIMARY',
  schoolYear: 2026,
  version: 3,
}

async function settle() {
  for (let i = 0; i < 6; i++) {
    await flushPromises()
    await new Promise((r) => setTimeout(r, 0))
  }
}

describe('ChildFormDrawer', () => {
  it('shows the server field errors of a 400 problem under the fields and keeps the rest at the top', async () => {
    document.cookie = 'XSRF-TOKEN=t'
    applyLocale('zh-CN')
    const server = fakeServer([
      { path: '/api/enrollment/children/5', body: child },
      {
        method: 'PUT',
        path: '/api/enrollment/children/5',
        status: 400,
        problem: true,
        body: {
          title: '数据有误',
          status: 400,
          errors: [
            { field: 'idNumber', reason: '该身份证号已登记' },
            { field: 'residenceBlockId', reason: '小区不在本区' },
            { field: 'cycle', reason: '招生年度已截止' },
          ],
        },
      },
    ])
    const wrapper = mount(ChildFormDrawer, {
      props: { childId: 5, cycleId: 1, level: 'PRIMARY', modelValue: false },
      global: { plugins: [i18n] },
      attachTo: document.body,
    })
    await wrapper.setProps({ modelValue: true })
    await settle()
    expect((document.querySelector('[data-testid="child-name"]') as HTMLInputElement).value).toBe('王小明')
    ;(document.querySelector('[data-testid="child-save"]') as HTMLButtonElement).click()
    await settle()
    const put = server.mock.calls.find(([, init]) => init?.method === 'PUT')!
    const body = JSON.parse(String(put[1]!.body))
    expect(body).toMatchObject({
      cycleId: 1,
      name: '王小明',
      idNumber: '110102201903150013',
      residenceBlockId: 2,
      version: 3,
    })
    expect(body).not.toHaveProperty('gender')
    // Element Plus marks the item and renders the message (after its transition) under the field.
    const failed = [...document.querySelectorAll('.el-form-item.is-error .el-form-item__label')].map(
      (e) => e.textContent,
    )
    expect(failed).toEqual(['身份证号', '实际居住小区'])
    await new Promise((r) => setTimeout(r, 400))
    const text = document.querySelector('[data-testid="child-drawer"]')!.textContent
    expect(text).toContain('该身份证号已登记')
    expect(text).toContain('小区不在本区')
    expect(document.querySelector('[data-testid="child-drawer"]')!.textContent).toContain('cycle: 招生年度已截止')
    wrapper.unmount()
  }, 20000)
})
