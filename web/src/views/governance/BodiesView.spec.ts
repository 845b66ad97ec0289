// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Role } from '@/api/types'
import type { BodyDetail, BodySummary } from '@/api/governance'
import { applyLocale, i18n } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import { fakeServer, makeMe } from '@/test/helpers'
import BodiesView from './BodiesView.vue'

const router = createRouter({
  history: createMemoryHistory(),
  routes: [{ path: '/:rest(.*)*', component: { render: () => null } }],
})
const base = '/api/governance'
const csrf = { path: '/api/platform/auth/csrf', body: { headerName: 'X-XSRF-TOKEN', token: 't' } }

function council(canEdit: boolean): BodySummary {
  return {
    id: 1,
    version: 2,
    kind: 'COUNCIL',
    department: null,
    name: '长安街学区理事会',
    districtId: 5,
    districtName: '长安街学区',
    parentId: null,
    conveningUnitId: null,
    conveningUnitName: null,
    memberCount: 1,
    meetsMonthly: false,
    canEdit,
  }
}

function detail(canEdit: boolean, members: BodyDetail['members'] = []): BodyDetail {
  return {
    body: { ...council(canEdit), memberCount: members.length + 1 },
    rule: {
      share: 'MAJORITY',
      requiredKinds: ['UNIT_HEAD', 'LOCAL_GOVERNMENT', 'EDUCATION_ADMINISTRATION', 'SOCIAL_INSTITUTION', 'PARENT'],
      approval: 'MAJORITY_OF_PRESENT',
    },
    members: [
      {
        id: 11,
        position: 1,
        personName: '张校长',
        kind: 'UNIT_HEAD',
        role: 'CHAIR',
        unitId: 40,
        unitName: '长安街第一小学',
        organisation: null,
        title: '校长',
        username: null,
      },
      ...members,
    ],
    departments: [],
    partyUnits: [],
  }
}

function server(canEdit: boolean, extra: Parameters<typeof fakeServer>[0] = []) {
  return fakeServer([
    ...extra,
    { path: `${base}/bodies`, body: [council(canEdit)] },
    { path: `${base}/bodies/1`, body: detail(canEdit) },
    {
      path: `${base}/districts/5/party-coverage`,
      body: {
        districtId: 5,
        covered: [
          { unitId: 60, unitName: '甲幼儿园', bodyId: 9, bodyName: '长安街联合党支部', kind: 'JOINT_PARTY_BRANCH' },
        ],
        uncovered: [{ unitId: 61, unitName: '乙幼儿园' }],
      },
    },
    {
      path: '/api/registry/districts',
      body: {
        content: [{ id: 5, name: '长安街学区', kind: 'PRIMARY' }],
        page: { size: 200, number: 0, totalElements: 1, totalPages: 1 },
      },
    },
    csrf,
  ])
}

async function mountAs(role: Role) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const me = makeMe(role)
  useSessionStore().setMe(
    role === 'DISTRICT_OFFICE' ? { ...me, scope: { ...me.scope, kind: 'DISTRICTS', districtIds: [5] } } : me,
  )
  await router.push('/governance/bodies')
  const w = mount(BodiesView, { global: { plugins: [pinia, i18n, router] }, attachTo: document.body })
  await flushPromises()
  return w
}

const el = <T extends Element = HTMLElement>(id: string) => document.querySelector(`[data-testid="${id}"]`) as T | null

beforeEach(() => applyLocale('zh-CN'))
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('the bodies page', () => {
  it('shows an inspector the rule, the members and the party coverage, and no button to change them', async () => {
    server(false)
    const w = await mountAs('INSPECTOR')
    expect(w.get('[data-testid="body-quorum"]').text()).toContain('5 类代表每类至少一人出席')
    expect(w.get('[data-testid="body-unrepresented"]').text()).toContain('家长')
    for (const id of ['body-new', 'body-settings', 'member-add', 'body-from-registry', 'member-edit-11'])
      expect(w.find(`[data-testid="${id}"]`).exists(), id).toBe(false)
    const coverage = w.get('[data-testid="party-coverage"]').text()
    expect(coverage).toContain('已覆盖 1/2 所幼儿园')
    expect(coverage).toContain('乙幼儿园')
    expect(w.get('[data-testid="coverage-joint"]').text()).toContain('长安街联合党支部')
    w.unmount()
  })

  it("lets the district's office add a member, sent trimmed with blanks as null", async () => {
    const fetch = server(true, [
      {
        path: `${base}/bodies/1/members`,
        method: 'POST',
        body: detail(true, [
          {
            id: 12,
            position: 2,
            personName: '刘女士',
            kind: 'PARENT',
            role: 'MEMBER',
            unitId: null,
            unitName: null,
            organisation: '家长委员会',
            title: null,
            username: null,
          },
        ]),
      },
    ])
    const w = await mountAs('DISTRICT_OFFICE')
    expect(w.find('[data-testid="body-new"]').exists()).toBe(true)
    expect(w.find('[data-testid="body-settings"]').exists()).toBe(true)

    await w.get('[data-testid="member-add"]').trigger('click')
    await flushPromises()
    const person = el<HTMLInputElement>('member-person')!
    person.value = ' 刘女士 '
    person.dispatchEvent(new Event('input'))
    const organisation = el<HTMLInputElement>('member-organisation')!
    organisation.value = '家长委员会'
    organisation.dispatchEvent(new Event('input'))
    await flushPromises()
    el('member-save')!.click()
    await flushPromises()

    const call = fetch.mock.calls.find(
      ([url, init]) => String(url).endsWith('/bodies/1/members') && init?.method === 'POST',
    )!
    expect(JSON.parse(String(call[1]!.body))).toEqual({
      personName: '刘女士',
      kind: 'UNIT_HEAD',
      role: 'MEMBER',
      unitId: null,
      organisation: '家长委员会',
      title: null,
      username: null,
    })
    expect(w.get('[data-testid="body-members"]').text()).toContain('刘女士')
    w.unmount()
  })

  it('reads the quorum rule back in words while the office edits it', async () => {
    server(true)
    const w = await mountAs('DISTRICT_OFFICE')
    await w.get('[data-testid="body-settings"]').trigger('click')
    await flushPromises()
    expect(el('body-settings-words')!.textContent).toContain('过半数成员出席（1 人中至少 1 人）')
    const parent = document.querySelector(
      '[data-testid="body-settings-kinds"] input[value="PARENT"]',
    ) as HTMLInputElement
    parent.click()
    await flushPromises()
    expect(el('body-settings-words')!.textContent).toContain('4 类代表')
    expect(el('body-settings-words')!.textContent).not.toContain('家长')
    w.unmount()
  })
})
