// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { RouterView } from 'vue-router'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { ElMessageBox } from 'element-plus'
import type { Holiday, InstitutionAccount } from '@/api/sharing'
import type { Page, UserAccount } from '@/api/types'
import { applyLocale, i18n } from '@/i18n'
import { router } from '@/router'
import { useSessionStore } from '@/stores/session'
import { fakeServer, makeMe, type FakeRoute } from '@/test/helpers'

const holidays2027: Holiday[] = [
  { date: '2027-01-01', name: '元旦' },
  { date: '2027-05-01', name: '劳动节' },
]

const accounts: InstitutionAccount[] = [
  { username: 'museum', institutionId: 3, institutionName: '中国科学院物理研究所' },
]

function user(username: string, role: UserAccount['role'], displayName = username): UserAccount {
  return {
    id: username.length,
    username,
    displayName,
    role,
    scope: { kind: 'REGION', regionCode: '110102', districtIds: [], unitId: null, label: '西城区' },
    enabled: true,
    locked: false,
    passwordChangeRequired: false,
    lockedUntil: null,
    lastLoginAt: null,
  }
}

function page<T>(content: T[]): Page<T> {
  return { content, page: { size: 100, number: 0, totalElements: content.length, totalPages: 1 } }
}

async function open(path: string): Promise<VueWrapper> {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().setMe(makeMe('COMMISSION'))
  await router.push(path)
  // Through the router view, as in the app: the page's leave guard needs its route record.
  const w = mount(defineComponent({ render: () => h(RouterView) }), {
    global: { plugins: [pinia, i18n, router] },
    attachTo: document.body,
  })
  await flushPromises()
  return w
}

async function typeInto(el: Element, value: string): Promise<void> {
  const input = (el.tagName === 'INPUT' ? el : el.querySelector('input')) as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

function calls(mock: ReturnType<typeof fakeServer>, method: string, path: string) {
  return mock.mock.calls.filter(
    ([u, init]) => (init?.method ?? 'GET') === method && new URL(String(u), 'http://x').pathname === path,
  )
}

beforeEach(() => {
  applyLocale('zh-CN')
  document.cookie = 'XSRF-TOKEN=test-token'
  vi.useFakeTimers({ toFake: ['Date'] })
  // Mid-November: next year's notice is what gets entered now.
  vi.setSystemTime(new Date('2026-11-16T02:00:00Z'))
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('sharing settings: public holidays', { timeout: 30000 }, () => {
  it("opens next year's days off in November, fills a range and saves the whole year", async () => {
    const table: FakeRoute[] = [
      { path: '/api/sharing/holidays', body: holidays2027 },
      { method: 'PUT', path: '/api/sharing/holidays/2027', body: [] },
    ]
    const mock = fakeServer(table)
    const w = await open('/sharing/settings')
    expect(
      new URL(String(calls(mock, 'GET', '/api/sharing/holidays')[0]![0]), 'http://x').searchParams.get('year'),
    ).toBe('2027')
    expect(w.get('[data-testid="holiday-year"] input').element).toHaveProperty('value', '2027')
    expect(w.get('[data-testid="holiday-hint"]').text()).toContain('国务院办公厅')
    expect(w.get('[data-testid="holiday-hint"]').text()).toContain('调休')
    const rows = () => w.findAll('[data-testid="holiday-row"]')
    expect(rows().map((r) => r.attributes('data-date'))).toEqual(['2027-01-01', '2027-05-01'])
    expect(rows()[0]!.get('input[data-testid="holiday-date"]').element).toHaveProperty('value', '2027-01-01')
    expect(rows()[0]!.text()).toContain('周五')
    expect(w.find('[data-testid="holiday-save"]').exists()).toBe(true)
    expect(w.get('[data-testid="holiday-discard"]').attributes('disabled')).toBeDefined()

    // 国庆节: 1–3 October in one go (the helper takes up to a month).
    expect(w.get('input[data-testid="holiday-range-from"]').attributes()).toMatchObject({
      type: 'date',
      min: '2027-01-01',
      max: '2027-12-31',
    })
    await typeInto(w.get('[data-testid="holiday-range-from"]').element, '2027-10-01')
    await typeInto(w.get('[data-testid="holiday-range-to"]').element, '2027-10-03')
    await typeInto(w.get('[data-testid="holiday-range-name"]').element, '国庆节')
    await w.get('[data-testid="holiday-range-fill"]').trigger('click')
    await flushPromises()
    expect(rows().map((r) => r.attributes('data-date'))).toEqual([
      '2027-01-01',
      '2027-05-01',
      '2027-10-01',
      '2027-10-02',
      '2027-10-03',
    ])
    expect(w.get('[data-testid="holiday-discard"]').attributes('disabled')).toBeUndefined()

    // Remove 劳动节, then save.
    await rows()[1]!.get('[data-testid="holiday-remove"]').trigger('click')
    const answer = [
      { date: '2027-01-01', name: '元旦' },
      ...[1, 2, 3].map((d) => ({ date: `2027-10-0${d}`, name: '国庆节' })),
    ]
    table[1] = { method: 'PUT', path: '/api/sharing/holidays/2027', body: answer }
    await w.get('[data-testid="holiday-save"]').trigger('click')
    await flushPromises()
    const put = calls(mock, 'PUT', '/api/sharing/holidays/2027')
    expect(put).toHaveLength(1)
    expect(JSON.parse(String(put[0]![1]!.body))).toEqual(answer)
    expect(rows()).toHaveLength(4)
    expect(w.get('[data-testid="holiday-discard"]').attributes('disabled')).toBeDefined()
    w.unmount()
  })

  it("puts the server's row errors on the rows, and checks duplicates before sending", async () => {
    const table: FakeRoute[] = [{ path: '/api/sharing/holidays', body: holidays2027 }]
    const mock = fakeServer(table)
    const w = await open('/sharing/settings')
    const rows = () => w.findAll('[data-testid="holiday-row"]')

    // A second 元旦 on the same day: caught here, nothing sent.
    await w.get('[data-testid="holiday-add"]').trigger('click')
    await typeInto(rows()[2]!.get('[data-testid="holiday-date"]').element, '2027-01-01')
    await typeInto(rows()[2]!.get('[data-testid="holiday-name"]').element, '元旦')
    await w.get('[data-testid="holiday-save"]').trigger('click')
    await flushPromises()
    expect(calls(mock, 'PUT', '/api/sharing/holidays/2027')).toHaveLength(0)
    expect(rows()[2]!.attributes('data-date')).toBe('2027-01-01')
    await vi.waitFor(() => expect(rows()[2]!.text()).toContain('与第 1 行日期重复'))

    // Fixed; the server still refuses the name of its row 2: the rows are sorted as sent, so that is 2 Feb.
    await typeInto(rows()[2]!.get('[data-testid="holiday-date"]').element, '2027-02-06')
    await flushPromises()
    table.push({
      method: 'PUT',
      path: '/api/sharing/holidays/2027',
      status: 400,
      problem: true,
      body: {
        type: 'urn:xuequ:problem:validation',
        title: '输入有误',
        status: 400,
        errors: [
          { field: 'name', row: 2, reason: '名称须与通知一致' },
          { field: 'year', reason: '年份超出范围' },
        ],
      },
    })
    await w.get('[data-testid="holiday-save"]').trigger('click')
    await flushPromises()
    const sent = JSON.parse(String(calls(mock, 'PUT', '/api/sharing/holidays/2027')[0]![1]!.body)) as Holiday[]
    expect(sent.map((d) => d.date)).toEqual(['2027-01-01', '2027-02-06', '2027-05-01'])
    expect(rows().map((r) => r.attributes('data-date'))).toEqual(['2027-01-01', '2027-02-06', '2027-05-01'])
    const second = rows()[1]!
    expect(second.findAll('.el-form-item.is-error')).toHaveLength(1)
    await vi.waitFor(() => expect(second.text()).toContain('名称须与通知一致'))
    expect(w.get('[data-testid="holiday-errors"]').text()).toContain('年份超出范围')
    w.unmount()
  })
})

describe('sharing settings: leaving with unsaved holidays', { timeout: 30000 }, () => {
  it('asks before leaving, and stays when told to', async () => {
    fakeServer([{ path: '/api/sharing/holidays', body: holidays2027 }])
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel' as never)
    const w = await open('/sharing/settings')
    expect(w.find('[data-testid="sharing-settings"]').exists()).toBe(true)
    await typeInto(w.findAll('[data-testid="holiday-name"]')[0]!.element, '元旦节')
    await router.push('/sharing/resources')
    await flushPromises()
    expect(String(confirm.mock.calls[0]![0])).toContain('尚未保存')
    expect(router.currentRoute.value.path).toBe('/sharing/settings')
    w.unmount()
  })
})

describe('sharing settings: institution accounts', { timeout: 30000 }, () => {
  function accountRoutes(): FakeRoute[] {
    return [
      { path: '/api/sharing/holidays', body: [] },
      { path: '/api/sharing/institution-accounts', body: accounts },
      {
        path: '/api/platform/users',
        body: page([user('museum2', 'INSTITUTION', '科技馆联络员'), user('school', 'UNIT')]),
      },
      {
        path: '/api/registry/institutions',
        body: page([
          {
            id: 4,
            name: '中国科学技术馆',
            kind: 'MUSEUM',
            offers: null,
            contact: null,
            districtId: null,
            districtName: null,
            regionCode: '110102',
          },
        ]),
      },
    ]
  }

  it('lists the links, offers only institution users, and links one', async () => {
    const table = accountRoutes()
    const mock = fakeServer(table)
    const w = await open('/sharing/settings?tab=accounts')
    await vi.waitFor(() => expect(w.find('[data-testid="account-row-museum"]').exists()).toBe(true))
    expect(w.get('[data-testid="accounts-table"]').text()).toContain('中国科学院物理研究所')

    await w.get('[data-testid="accounts-add"]').trigger('click')
    await flushPromises()
    const dialog = w.getComponent({ name: 'InstitutionAccountDialog' })
    const options = dialog.findAllComponents({ name: 'ElOption' }).map((o) => [o.props('value'), o.props('label')])
    expect(options).toContainEqual(['museum2', '科技馆联络员（museum2）'])
    expect(options.some(([v]) => v === 'school')).toBe(false)
    expect(options).toContainEqual([4, '中国科学技术馆'])

    const [userSelect, institutionSelect] = dialog.findAllComponents({ name: 'ElSelect' })
    userSelect!.vm.$emit('update:modelValue', 'museum2')
    institutionSelect!.vm.$emit('update:modelValue', 4)
    await flushPromises()
    table.push({
      method: 'PUT',
      path: '/api/sharing/institution-accounts/museum2',
      status: 400,
      problem: true,
      body: {
        type: 'urn:xuequ:problem:validation',
        title: '输入有误',
        status: 400,
        errors: [{ field: 'institutionId', reason: '该机构不在本区' }],
      },
    })
    document.querySelector<HTMLElement>('[data-testid="account-submit"]')!.click()
    await flushPromises()
    const put = calls(mock, 'PUT', '/api/sharing/institution-accounts/museum2')
    expect(JSON.parse(String(put[0]![1]!.body))).toEqual({ institutionId: 4 })
    await vi.waitFor(() =>
      expect(document.querySelector('[data-testid="account-dialog"]')!.textContent).toContain('该机构不在本区'),
    )

    table[table.length - 1] = {
      method: 'PUT',
      path: '/api/sharing/institution-accounts/museum2',
      body: { username: 'museum2', institutionId: 4, institutionName: '中国科学技术馆' },
    }
    table[1] = {
      path: '/api/sharing/institution-accounts',
      body: [...accounts, { username: 'museum2', institutionId: 4, institutionName: '中国科学技术馆' }],
    }
    document.querySelector<HTMLElement>('[data-testid="account-submit"]')!.click()
    await flushPromises()
    await vi.waitFor(() => expect(w.find('[data-testid="account-row-museum2"]').exists()).toBe(true))
    w.unmount()
  })

  it('unlinks an account after confirmation', async () => {
    const table = accountRoutes()
    table.push({ method: 'DELETE', path: '/api/sharing/institution-accounts/museum', status: 204 })
    const mock = fakeServer(table)
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    const w = await open('/sharing/settings?tab=accounts')
    await vi.waitFor(() => expect(w.find('[data-testid="account-remove-museum"]').exists()).toBe(true))
    table[1] = { path: '/api/sharing/institution-accounts', body: [] }
    await w.get('[data-testid="account-remove-museum"]').trigger('click')
    await flushPromises()
    expect(String(confirm.mock.calls[0]![0])).toContain('museum')
    expect(String(confirm.mock.calls[0]![0])).toContain('中国科学院物理研究所')
    expect(calls(mock, 'DELETE', '/api/sharing/institution-accounts/museum')).toHaveLength(1)
    await vi.waitFor(() => expect(w.find('[data-testid="account-row-museum"]').exists()).toBe(false))
    w.unmount()
  })
})
