// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { Role } from '@/api/types'
import { applyLocale, i18n } from '@/i18n'
import { router } from '@/router'
import { useSessionStore } from '@/stores/session'
import { fakeServer, makeMe } from '@/test/helpers'
import { indicator, planDetail, planSummary } from '../model/fixtures'
import PlansView from './PlansView.vue'

vi.mock('@/components/sharing/SharingChart.vue', async () => {
  const { defineComponent, h } = await import('vue')
  return { default: defineComponent({ setup: () => () => h('div', { class: 'chart-stub' }) }) }
})

const base = '/api/planning'
const computed = indicator({
  id: 6,
  fields: {
    ...indicator().fields,
    seq: 5,
    name: '每个小学学区一年级学位数（平台计算）',
    computed: 'ENTRY_SEATS_PER_DISTRICT',
  },
  computedFormula: 'Σ grade 1 seats ÷ districts',
  progress: { ...indicator().progress, light: 'ON_TRACK' },
})

async function mountAs(role: Role) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().setMe(makeMe(role))
  await router.push('/planning/indicators')
  const w = mount(PlansView, { global: { plugins: [pinia, i18n, router] }, attachTo: document.body })
  await flushPromises()
  return w
}

beforeEach(() => applyLocale('zh-CN'))
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('plan indicators', () => {
  it('shows each plan’s lights and each indicator’s light in words and shape, not colour alone', async () => {
    fakeServer([
      { path: `${base}/plans`, body: [planSummary()] },
      { path: `${base}/plans/1`, body: planDetail([indicator(), computed]) },
    ])
    const w = await mountAs('INSPECTOR')
    const plans = w.get('[data-testid="plans-table"]').text()
    expect(plans).toContain('正常3')
    expect(plans).toContain('有风险1')
    expect(plans).toContain('滞后0')
    const light = w.get('[data-testid="light-5"]')
    expect(light.attributes('data-light')).toBe('AT_RISK')
    expect(light.text()).toBe('▲有风险')
    const table = w.get('[data-testid="indicators-table"]').text()
    expect(table).toContain('≥ 100 %')
    expect(table).toContain('97 (2019)')
    // Readers only read.
    expect(w.find('[data-testid="value-enter-5"]').exists()).toBe(false)
    expect(w.find('[data-testid="plan-create"]').exists()).toBe(false)
    w.unmount()
  })

  it('explains the progress in words beside the server’s working', async () => {
    fakeServer([
      { path: `${base}/plans`, body: [planSummary()] },
      { path: `${base}/plans/1`, body: planDetail([indicator()]) },
    ])
    const w = await mountAs('COMMISSION')
    await w.get('.el-table__expand-icon').trigger('click')
    await flushPromises()
    const explain = w.get('[data-testid="progress-5"]').text()
    expect(explain).toContain('2019 年实际值 97：已完成目标进程的 97%，按时间应完成 100%，判定为“有风险”。')
    expect(explain).toContain('achieved 1 − |100 − 97|')
    expect(explain).toContain('+19 ↑ 向好')
    w.unmount()
  })

  it('lets the commission enter an actual value, and offers none for a computed indicator', async () => {
    const fetch = fakeServer([
      { path: `${base}/plans`, body: [planSummary()] },
      { path: `${base}/plans/1`, body: planDetail([indicator(), computed]) },
      { method: 'PUT', path: `${base}/indicators/5/values/2020`, body: indicator() },
      { path: '/api/platform/auth/csrf', body: { headerName: 'X-XSRF-TOKEN', token: 't' } },
    ])
    const w = await mountAs('COMMISSION')
    expect(w.find('[data-testid="value-enter-6"]').exists()).toBe(false)
    await w.get('[data-testid="value-enter-5"]').trigger('click')
    await flushPromises()
    const dialog = document.body.querySelector('[data-testid="value-form"]')!
    const [year, value] = [...dialog.querySelectorAll('input')] as HTMLInputElement[]
    year!.value = '2020'
    year!.dispatchEvent(new Event('input'))
    year!.dispatchEvent(new Event('change'))
    value!.value = '100'
    value!.dispatchEvent(new Event('input'))
    value!.dispatchEvent(new Event('change'))
    await flushPromises()
    ;(document.body.querySelector('[data-testid="value-save"]') as HTMLButtonElement).click()
    await flushPromises()
    const put = fetch.mock.calls.find((c) => (c[1] as RequestInit | undefined)?.method === 'PUT')!
    expect(String(put[0])).toBe(`${base}/indicators/5/values/2020`)
    expect(JSON.parse(String((put[1] as RequestInit).body))).toEqual({ value: 100, note: null })
    w.unmount()
  })
})
