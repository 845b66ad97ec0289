// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { Usage } from '@/api/sharing'
import { applyLocale, i18n } from '@/i18n'
import { router } from '@/router'
import { useSessionStore } from '@/stores/session'
import { fakeServer, makeMe } from '@/test/helpers'
import UsageView from './UsageView.vue'
import { resourceUsageLink } from './usageCharts'

// happy-dom has no canvas; the chart options are specced in usageCharts.spec.ts.
vi.mock('@/components/sharing/SharingChart.vue', async () => {
  const { defineComponent, h } = await import('vue')
  return { default: defineComponent({ setup: () => () => h('div', { class: 'chart-stub' }) }) }
})

const usage: Usage = {
  from: '2025-09-01',
  to: '2026-01-31',
  totals: {
    resources: 3,
    sharedResources: 2,
    bookings: 40,
    hours: 120,
    openHours: 900,
    utilisation: 0.133,
    noShows: 2,
    cancelled: 5,
  },
  byDistrict: [],
  byKind: [{ kind: 'VENUE', resources: 1, bookings: 40, hours: 120 }],
  requestersByType: [{ type: 'UNIT:PRIMARY', bookings: 40, hours: 120 }],
  topResources: [
    {
      resourceId: 12,
      name: '物理所礼堂',
      ownerName: '中国科学院物理研究所',
      kind: 'VENUE',
      districtId: null,
      districtName: null,
      bookings: 40,
      hours: 120,
      openHours: 900,
      utilisation: 0.133,
    },
  ],
  monthly: [{ month: '2025-09', bookings: 40, hours: 120, openHours: 900, utilisation: 0.133 }],
}

beforeEach(() => applyLocale('zh-CN'))
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('usage dashboard', () => {
  it('links each resource of the ranking to its own usage tab', async () => {
    expect(resourceUsageLink(12)).toBe('/sharing/resources/12?tab=usage')
    fakeServer([{ path: '/api/sharing/usage', body: usage }])
    const pinia = createPinia()
    setActivePinia(pinia)
    useSessionStore().setMe(makeMe('COMMISSION'))
    await router.push('/sharing/usage')
    const w = mount(UsageView, { global: { plugins: [pinia, i18n, router] } })
    await flushPromises()
    const link = w.get('[data-testid="usage-top-link-12"]')
    expect(link.text()).toBe('物理所礼堂')
    expect(link.attributes('href')).toBe('/sharing/resources/12?tab=usage')
    // The period's test id marks the field itself (with its two inputs), not the date picker's pop-up.
    expect(w.findAll('[data-testid="usage-range"] input')).toHaveLength(2)
    w.unmount()
  })
})
