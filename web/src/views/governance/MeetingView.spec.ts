// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { Role } from '@/api/types'
import type { ItemView, MeetingDetail, MeetingPermissions } from '@/api/governance'
import { applyLocale, i18n } from '@/i18n'
import { router } from '@/router'
import { useSessionStore } from '@/stores/session'
import { fakeServer, makeMe } from '@/test/helpers'
import MeetingView from './MeetingView.vue'

const base = '/api/governance'
const NONE: MeetingPermissions = {
  canEdit: false,
  canEditAgenda: false,
  canReschedule: false,
  canStart: false,
  canCheckIn: false,
  canCheckInSelf: false,
  canVote: false,
  canDecide: false,
  canClose: false,
  canEditMinutes: false,
  canApproveMinutes: false,
  canCancel: false,
}

function finding(over: Partial<ItemView> = {}): ItemView {
  return {
    id: 31,
    position: 1,
    kind: 'INSPECTOR_FINDING',
    title: '消防通道堵塞',
    detail: null,
    presenter: null,
    sourceId: 501,
    carried: null,
    decisionMode: null,
    outcome: null,
    resolution: null,
    votesFor: 0,
    votesAgainst: 0,
    votesAbstain: 0,
    votesCast: 0,
    myVotes: [],
    actions: [],
    ...over,
  }
}

function meeting(
  status: MeetingDetail['meeting']['status'],
  can: Partial<MeetingPermissions>,
  over: Partial<MeetingDetail> = {},
): MeetingDetail {
  return {
    meeting: {
      id: 7,
      version: 3,
      bodyId: 2,
      bodyName: '长安街学区理事会',
      bodyKind: 'COUNCIL',
      districtId: 1,
      districtName: '长安街学区',
      kind: 'REGULAR',
      title: '长安街学区理事会2027年1月例会',
      startsAt: '2027-01-15T06:00:00Z',
      location: '学区会议室',
      conveningUnitId: null,
      conveningUnitName: null,
      status,
      items: 1,
      present: 1,
      invited: 5,
    },
    rule: {
      share: 'MAJORITY',
      requiredKinds: ['UNIT_HEAD', 'LOCAL_GOVERNMENT', 'EDUCATION_ADMINISTRATION', 'SOCIAL_INSTITUTION', 'PARENT'],
      approval: 'MAJORITY_OF_PRESENT',
    },
    quorum: {
      met: false,
      members: 5,
      present: 1,
      needed: 3,
      missingKinds: ['UNIT_HEAD', 'LOCAL_GOVERNMENT', 'EDUCATION_ADMINISTRATION', 'PARENT'],
    },
    agenda: [],
    pendingCarried: [],
    pendingFindings: [],
    attendance: [
      {
        id: 71,
        memberId: 4,
        personName: '陈馆长',
        kind: 'SOCIAL_INSTITUTION',
        unitId: null,
        status: 'EXPECTED',
        checkedInAt: null,
        mine: true,
      },
      {
        id: 72,
        memberId: 5,
        personName: '刘女士',
        kind: 'PARENT',
        unitId: null,
        status: 'EXPECTED',
        checkedInAt: null,
        mine: false,
      },
    ],
    minutes: { text: null, editedAt: null, approvedAt: null, approvedBy: null, locked: false },
    cancelReason: null,
    can: { ...NONE, ...can },
    ...over,
  } as MeetingDetail
}

const body = {
  path: `${base}/bodies/2`,
  body: {
    body: {},
    rule: {},
    members: [{ id: 1, unitId: 40, unitName: '长安街第一小学' }],
    departments: [],
    partyUnits: [],
  },
}

async function mountAt(role: Role) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().setMe(makeMe(role))
  await router.push('/governance/meetings/7')
  const w = mount(MeetingView, { global: { plugins: [pinia, i18n, router] }, attachTo: document.body })
  await flushPromises()
  return w
}

beforeEach(() => applyLocale('zh-CN'))
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('the meeting page', () => {
  it('offers a member only the check-in, and says in words why there is no quorum', async () => {
    const checkedIn = meeting('SCHEDULED', { canCheckInSelf: true })
    checkedIn.attendance[0]!.status = 'PRESENT'
    const fetch = fakeServer([
      { path: `${base}/meetings/7`, body: meeting('SCHEDULED', { canCheckInSelf: true }) },
      { path: `${base}/meetings/7/check-in`, method: 'POST', body: checkedIn },
      { path: '/api/platform/auth/csrf', body: { headerName: 'X-XSRF-TOKEN', token: 't' } },
      body,
    ])
    const w = await mountAt('INSTITUTION')
    for (const id of ['meeting-start', 'meeting-close', 'meeting-cancel', 'agenda-add', 'minutes-pdf'])
      expect(w.find(`[data-testid="${id}"]`).exists(), id).toBe(false)
    const quorum = w.get('[data-testid="meeting-quorum"]').text()
    expect(quorum).toContain('应到 5 人，实到 1 人，至少需 3 人')
    expect(quorum).toContain('缺少教育单位负责人、地方党政机构、教育行政部门、家长代表')
    expect(quorum).toContain('且以下 5 类代表每类至少一人出席')

    await w.get('[data-testid="meeting-check-in"]').trigger('click')
    await flushPromises()
    expect(
      fetch.mock.calls.some(([url, init]) => String(url).endsWith('/meetings/7/check-in') && init?.method === 'POST'),
    ).toBe(true)
    expect(w.find('[data-testid="meeting-check-in"]').exists()).toBe(false)
    expect(w.get('[data-testid="meeting-checked-in"]').text()).toBe('已签到')
    w.unmount()
  })

  it("lets an editor decide an inspector's finding into an action that acts on its rectification", async () => {
    const open = meeting(
      'IN_SESSION',
      { canEdit: true, canDecide: true, canVote: true, canClose: true, canCheckIn: true },
      {
        agenda: [finding()],
        quorum: { met: true, members: 5, present: 5, needed: 3, missingKinds: [] },
      },
    )
    const decided = meeting(
      'IN_SESSION',
      { canEdit: true, canClose: true },
      {
        agenda: [finding({ outcome: 'APPROVED', decisionMode: 'CONSENSUS', resolution: '限期整改' })],
      },
    )
    const fetch = fakeServer([
      { path: `${base}/meetings/7`, body: open },
      { path: `${base}/meetings/7/items/31/decision`, method: 'POST', body: decided },
      { path: '/api/platform/auth/csrf', body: { headerName: 'X-XSRF-TOKEN', token: 't' } },
      body,
    ])
    const w = await mountAt('DISTRICT_OFFICE')
    expect(w.get('[data-testid="meeting-quorum"]').text()).toContain('已达法定人数')
    expect(w.find('[data-testid="meeting-close"]').exists()).toBe(true)
    // Not checked in as anyone: an office decides, it does not vote.
    expect(w.find('[data-testid="vote-FOR"]').exists()).toBe(false)

    await w.get('[data-testid="item-decide"]').trigger('click')
    await flushPromises()
    await (document.querySelector('[data-testid="decision-add-action"]') as HTMLElement).click()
    await flushPromises()
    const due = document.querySelector('[data-testid="action-due"]') as HTMLInputElement
    due.value = '2027-02-15'
    due.dispatchEvent(new Event('input'))
    await flushPromises()
    await (document.querySelector('[data-testid="decision-save"]') as HTMLElement).click()
    await flushPromises()

    const call = fetch.mock.calls.find(([url]) => String(url).endsWith('/items/31/decision'))!
    const sent = JSON.parse(String(call[1]!.body))
    expect(sent).toMatchObject({ mode: 'VOTE', version: 3 })
    expect(sent.actions).toEqual([
      {
        title: '消防通道堵塞',
        detail: null,
        ownerUnitId: null,
        ownerPerson: null,
        dueDate: '2027-02-15',
        link: { kind: 'RECTIFICATION_ORDER', id: 501, label: '消防通道堵塞' },
      },
    ])
    expect(w.get('[data-testid="item-outcome"]').text()).toBe('通过')
    expect(w.find('[data-testid="item-decide"]').exists()).toBe(false)
    w.unmount()
  })
})
