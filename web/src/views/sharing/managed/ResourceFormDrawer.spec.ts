// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { applyLocale, i18n } from '@/i18n'
import { router } from '@/router'
import { useSessionStore } from '@/stores/session'
import { fakeServer, makeMe, type FakeRoute } from '@/test/helpers'
import { sampleResource } from '../model/fixtures'
import ResourceFormDrawer from './ResourceFormDrawer.vue'

const resource = sampleResource({
  canManage: true,
  openingHours: [{ day: 'MONDAY', opens: '08:00:00', closes: '17:00:00' }],
})

async function openDrawer(routes: FakeRoute[]) {
  const mock = fakeServer(routes)
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().setMe(makeMe('COMMISSION'))
  // Settle the router first: its first navigation would otherwise load the dashboard after the test ends.
  await router.push('/sharing/managed')
  const w = mount(ResourceFormDrawer, {
    props: { modelValue: true, resourceId: 12 },
    global: { plugins: [pinia, i18n, router] },
    attachTo: document.body,
  })
  await flushPromises()
  return { w, mock }
}

const errorFields = () =>
  [...document.querySelectorAll('.el-form-item.is-error')].map(
    (item) =>
      item.querySelector('[data-testid]')?.getAttribute('data-testid') ??
      item.querySelector('label')?.textContent ??
      '?',
  )

beforeEach(() => {
  applyLocale('zh-CN')
  document.cookie = 'XSRF-TOKEN=test-token'
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

// A large form (Element Plus pickers): generous time on a busy CI machine.
describe('resource form', { timeout: 120_000 }, () => {
  it("sends the edited resource with its version and shows the server's field errors on the fields", async () => {
    const { w, mock } = await openDrawer([
      { path: '/api/sharing/resources/12', body: resource },
      {
        method: 'PUT',
        path: '/api/sharing/resources/12',
        status: 400,
        problem: true,
        body: {
          type: 'urn:xuequ:problem:validation',
          title: '输入有误',
          status: 400,
          errors: [
            { field: 'capacity', reason: '容量须在 1–100000 之间' },
            { field: 'openingHours[0].closes', reason: '结束时间须晚于开始时间' },
            { field: 'tags[1]', reason: '标签须为 1–20 个字' },
            { field: 'region', reason: '超出数据范围' },
          ],
        },
      },
    ])
    expect((document.querySelector('[data-testid="resource-name"]') as HTMLInputElement).value).toBe('物理所礼堂')
    ;(document.querySelector('[data-testid="resource-save"]') as HTMLElement).click()
    await flushPromises()

    const put = mock.mock.calls.find(([, init]) => init?.method === 'PUT')!
    const body = JSON.parse(String(put[1]!.body))
    expect(body.version).toBe(3)
    expect(body.openingHours).toEqual([{ day: 'MONDAY', opens: '08:00', closes: '17:00' }])
    expect(body.status).toBeUndefined()

    const fields = errorFields()
    expect(fields).toContain('resource-capacity-input')
    expect(fields).toContain('resource-tags-input')
    expect(document.querySelector('[data-testid="opening-row-0"] .el-form-item.is-error')).not.toBeNull()
    expect(document.querySelector('[data-testid="resource-form-errors"]')!.textContent).toContain(
      'region: 超出数据范围',
    )
    w.unmount()
  })

  it('checks the form before sending it', async () => {
    const { w, mock } = await openDrawer([
      { path: '/api/sharing/resources/12', body: { ...resource, capacity: null, name: '  ' } },
    ])
    ;(document.querySelector('[data-testid="resource-save"]') as HTMLElement).click()
    await flushPromises()
    expect(errorFields()).toEqual(expect.arrayContaining(['resource-name', 'resource-capacity-input']))
    expect(mock.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(false)
    w.unmount()
  })
})
