// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { Role } from '@/api/types'
import { applyLocale, i18n } from '@/i18n'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useSessionStore } from '@/stores/session'
import { makeMe } from '@/test/helpers'
import SideNav from './SideNav.vue'

/**
 * The side menu only reads the current path, so a router whose every path shows nothing is enough.
 * The application's router would start loading the lazy dashboard on install, and a test that ends
 * before that import finishes fails the run with a teardown error.
 */
const router = createRouter({
  history: createMemoryHistory(),
  routes: [{ path: '/:rest(.*)*', component: { render: () => null } }],
})

const ALWAYS = [
  'nav-dashboard',
  'nav-registry',
  'nav-registry-districts',
  'nav-registry-units',
  'nav-registry-institutions',
  'nav-registry-tree',
  'nav-registry-map',
  'nav-enrollment',
  'nav-enrollment-cycles',
  'nav-enrollment-demand',
  'nav-enrollment-zones',
  'nav-enrollment-runs',
  'nav-sharing',
  'nav-sharing-resources',
  'nav-sharing-recommendations',
  'nav-sharing-notifications',
  'nav-governance',
  'nav-governance-meetings',
  'nav-governance-actions',
  'nav-governance-notices',
  'nav-governance-bodies',
]
/** Governance: meetings, actions, notices and bodies for every role (institutions: their council's); the rest not for institutions. */
const GOVERNANCE_READ = ['nav-governance-charters', 'nav-governance-plans', 'nav-governance-report']
/** Workforce: everyone but partner institutions. */
const WORKFORCE = [
  'nav-workforce',
  'nav-workforce-staff',
  'nav-workforce-roles',
  'nav-workforce-overview',
  'nav-workforce-rotation',
  'nav-workforce-training',
  'nav-workforce-courses',
  'nav-workforce-research',
]
/** Evaluation: everyone but partner institutions; the balance dashboard not for units either. */
const EVALUATION = [
  'nav-evaluation',
  'nav-evaluation-conditions',
  'nav-evaluation-assessment',
  'nav-evaluation-weak-units',
]
const BALANCE = ['nav-evaluation-balance']
/** Planning: plans and key projects for everyone but partner institutions; the seat outlook not for units either. */
const PLANNING = ['nav-planning', 'nav-planning-indicators', 'nav-planning-projects']
const OUTLOOK = ['nav-planning-outlook']
/** Supervision: everyone but partner institutions; plans and reports not for units either. */
const SUPERVISION = [
  'nav-supervision',
  'nav-supervision-inspections',
  'nav-supervision-findings',
  'nav-supervision-points',
  'nav-supervision-rubrics',
]
const SUPERVISION_READ = ['nav-supervision-plans', 'nav-supervision-inspectors', 'nav-supervision-reports']
const SYSTEM = ['nav-system', 'nav-system-users', 'nav-system-audit']
const EXCEL = ['nav-registry-excel']
/** 划片工作台: the commission and district offices. */
const ZONING = ['nav-enrollment-zoning']
const ENROLLMENT_PERSONAL = ['nav-enrollment-children', 'nav-enrollment-applications', 'nav-enrollment-appeals']
/** Sharing pages for roles that book and manage resources (all but inspectors). */
const SHARING = ['nav-sharing-bookings', 'nav-sharing-approvals', 'nav-sharing-managed', 'nav-sharing-usage']
/** Region-wide sharing settings (holidays, institution accounts): the commission and administrators. */
const SHARING_SETTINGS = ['nav-sharing-settings']

async function mountFor(role: Role) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().setMe(makeMe(role))
  applyLocale('zh-CN')
  const wrapper = mount(SideNav, { props: { collapsed: false }, global: { plugins: [pinia, i18n, router] } })
  await flushPromises()
  return wrapper
}

function testIds(wrapper: Awaited<ReturnType<typeof mountFor>>): string[] {
  return wrapper.findAll('[data-testid^="nav-"]').map((w) => w.attributes('data-testid')!)
}

afterEach(() => vi.unstubAllGlobals())

describe('SideNav', () => {
  it('shows every section, including system, to an administrator', async () => {
    const wrapper = await mountFor('ADMIN')
    expect(testIds(wrapper).sort()).toEqual(
      [
        ...ALWAYS,
        ...GOVERNANCE_READ,
        ...WORKFORCE,
        ...SUPERVISION,
        ...SUPERVISION_READ,
        ...EVALUATION,
        ...BALANCE,
        ...PLANNING,
        ...OUTLOOK,
        ...SHARING,
        ...SHARING_SETTINGS,
        ...EXCEL,
        ...SYSTEM,
        ...ENROLLMENT_PERSONAL,
      ].sort(),
    )
    expect(wrapper.text()).toContain('学区管理平台')
    wrapper.unmount()
  })

  it('shows the commission the sharing settings with the rest of its pages', async () => {
    const wrapper = await mountFor('COMMISSION')
    expect(testIds(wrapper).sort()).toEqual(
      [
        ...ALWAYS,
        ...GOVERNANCE_READ,
        ...WORKFORCE,
        ...SUPERVISION,
        ...SUPERVISION_READ,
        ...EVALUATION,
        ...BALANCE,
        ...PLANNING,
        ...OUTLOOK,
        ...SHARING,
        ...SHARING_SETTINGS,
        ...EXCEL,
        ...SYSTEM,
        ...ENROLLMENT_PERSONAL,
        ...ZONING,
      ].sort(),
    )
    expect(wrapper.find('[data-testid="nav-sharing-settings"]').text()).toBe('共享设置')
    wrapper.unmount()
  })

  it('hides system management from a district office', async () => {
    const wrapper = await mountFor('DISTRICT_OFFICE')
    expect(testIds(wrapper).sort()).toEqual(
      [
        ...ALWAYS,
        ...GOVERNANCE_READ,
        ...WORKFORCE,
        ...SUPERVISION,
        ...SUPERVISION_READ,
        ...EVALUATION,
        ...BALANCE,
        ...PLANNING,
        ...OUTLOOK,
        ...SHARING,
        ...EXCEL,
        ...ENROLLMENT_PERSONAL,
        ...ZONING,
      ].sort(),
    )
    wrapper.unmount()
  })

  it('shows neither import/export nor system management to a unit', async () => {
    const wrapper = await mountFor('UNIT')
    expect(testIds(wrapper).sort()).toEqual(
      [...ALWAYS, ...GOVERNANCE_READ, ...WORKFORCE, ...SUPERVISION, ...EVALUATION, ...PLANNING, ...SHARING].sort(),
    )
    wrapper.unmount()
  })

  it('shows a partner institution sharing but nothing of enrollment or supervision', async () => {
    const wrapper = await mountFor('INSTITUTION')
    const enrollment = [
      'nav-enrollment',
      'nav-enrollment-cycles',
      'nav-enrollment-demand',
      'nav-enrollment-zones',
      'nav-enrollment-runs',
    ]
    expect(testIds(wrapper).sort()).toEqual([...ALWAYS.filter((id) => !enrollment.includes(id)), ...SHARING].sort())
    wrapper.unmount()
  })

  it('shows an inspector the sharing catalogue but not booking or managing pages', async () => {
    const wrapper = await mountFor('INSPECTOR')
    expect(testIds(wrapper).sort()).toEqual(
      [
        ...ALWAYS,
        ...GOVERNANCE_READ,
        ...WORKFORCE,
        ...SUPERVISION,
        ...SUPERVISION_READ,
        ...EVALUATION,
        ...BALANCE,
        ...PLANNING,
        ...OUTLOOK,
        ...ENROLLMENT_PERSONAL,
      ].sort(),
    )
    wrapper.unmount()
  })

  it('follows the language', async () => {
    const wrapper = await mountFor('COMMISSION')
    applyLocale('en')
    await flushPromises()
    expect(wrapper.find('[data-testid="nav-registry"]').text()).toBe('Registry')
    expect(wrapper.find('[data-testid="nav-system-audit"]').text()).toBe('Audit log')
    applyLocale('zh-CN')
    wrapper.unmount()
  })
})

describe('SideNav groups', () => {
  it('opens a group from its header and keeps it open on a second click', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    useSessionStore().setMe(makeMe('ADMIN'))
    // No navigation here: loading the lazy layout route races with other spec files in the same worker.
    expect(router.currentRoute.value.path).toBe('/')
    const wrapper = mount(SideNav, {
      props: { collapsed: false },
      global: { plugins: [pinia, i18n, router] },
      attachTo: document.body,
    })
    await flushPromises()
    const group = () => wrapper.find('[data-testid="nav-system"]').element.closest('.el-sub-menu')!
    expect(group().classList.contains('is-opened')).toBe(false)
    await wrapper.find('[data-testid="nav-system"]').trigger('click')
    await flushPromises()
    expect(group().classList.contains('is-opened')).toBe(true)
    await wrapper.find('[data-testid="nav-system"]').trigger('click')
    await flushPromises()
    expect(group().classList.contains('is-opened')).toBe(true)
    wrapper.unmount()
  })
})
