// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { ElLoading } from 'element-plus'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { GovernanceNotice } from '@/api/governance'
import { applyLocale, i18n } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import { fakeServer, makeMe } from '@/test/helpers'
import NoticesView from './NoticesView.vue'

/** Pages that show nothing: the test follows where a notice leads, not the page it opens. */
const router = createRouter({
  history: createMemoryHistory(),
  routes: [{ path: '/:rest(.*)*', component: { render: () => null } }],
})
const base = '/api/governance'
const csrf = { path: '/api/platform/auth/csrf', body: { headerName: 'X-XSRF-TOKEN', token: 't' } }
const NOTICES: GovernanceNotice[] = [
  {
    id: 3,
    kind: 'ACTION_ESCALATED',
    subjectId: 40,
    title: '整改消防通道',
    createdAt: '2027-02-01T01:00:00Z',
    readAt: null,
  },
  {
    id: 2,
    kind: 'MEETING_INVITATION',
    subjectId: 7,
    title: '长安街学区理事会2027年1月例会',
    createdAt: '2027-01-10T01:00:00Z',
    readAt: null,
  },
  {
    id: 1,
    kind: 'MINUTES_OVERDUE',
    subjectId: 6,
    title: '长安街学区理事会2026年12月例会',
    createdAt: '2027-01-01T01:00:00Z',
    readAt: '2027-01-02T01:00:00Z',
  },
]

async function mountIt() {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().setMe(makeMe('DISTRICT_OFFICE'))
  await router.push('/governance/notices')
  const w = mount(NoticesView, { global: { plugins: [pinia, i18n, router, ElLoading] } })
  await flushPromises()
  return w
}

beforeEach(() => applyLocale('zh-CN'))
afterEach(() => vi.unstubAllGlobals())

describe('the notices page', () => {
  it('lists the notices with their kind in words, and the unread ones alone when asked', async () => {
    fakeServer([{ path: `${base}/notices`, body: NOTICES }])
    const w = await mountIt()
    expect(w.get('[data-testid="notice-3"]').text()).toContain('逾期上报区教委')
    expect(w.get('[data-testid="notice-3"]').text()).toContain('2027-02-01 09:00')
    expect(w.get('[data-testid="notices-read-all"]').text()).toContain('2')
    await w.get('[data-testid="notices-unread-only"] input').setValue(true)
    expect(w.findAll('[data-testid^="notice-"]').map((x) => x.attributes('data-testid'))).toEqual([
      'notice-3',
      'notice-2',
    ])
    w.unmount()
  })

  it('marks a meeting notice read and opens its meeting', async () => {
    const fetch = fakeServer([
      { path: `${base}/notices`, body: NOTICES },
      { path: `${base}/notices/2/read`, method: 'POST', status: 204 },
      csrf,
    ])
    const w = await mountIt()
    await w.get('[data-testid="notice-2"] a').trigger('click')
    await flushPromises()
    expect(
      fetch.mock.calls.some(([url, init]) => String(url).endsWith('/notices/2/read') && init?.method === 'POST'),
    ).toBe(true)
    expect(router.currentRoute.value.fullPath).toBe('/governance/meetings/7')
    w.unmount()
  })

  it("opens an action notice on its district's board with the action marked", async () => {
    fakeServer([
      { path: `${base}/notices`, body: NOTICES },
      { path: `${base}/notices/3/read`, method: 'POST', status: 204 },
      { path: `${base}/actions/40`, body: { id: 40, districtId: 5, meetingId: 7 } },
      csrf,
    ])
    const w = await mountIt()
    await w.get('[data-testid="notice-3"] a').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/governance/actions?district=5&action=40')
    w.unmount()
  })
})
