import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router'
import { ROLES, type Me, type Role } from '@/api/types'
import { decideNavigation } from './guard'
import { NAV, visibleNav, groupOfPath, navPathOf } from './nav'
import { routes } from './routes'

/** The real route table with stub pages, so navigation never loads the views. */
function stubbed(list: RouteRecordRaw[]): RouteRecordRaw[] {
  return list.map((r) => {
    const copy = { ...r } as RouteRecordRaw & { component?: unknown; children?: RouteRecordRaw[] }
    if (copy.component) copy.component = { render: () => null }
    if (copy.children) copy.children = stubbed(copy.children)
    return copy as RouteRecordRaw
  })
}

const router = createRouter({ history: createMemoryHistory(), routes: stubbed(routes) })

function me(role: Role): Me {
  return {
    id: 1,
    username: 'u',
    displayName: 'U',
    role,
    locale: 'zh-CN',
    scope: { kind: 'REGION', regionCode: '110102', districtIds: [], unitId: null, label: '西城区' },
    demo: false,
    passwordChangeRequired: false,
  }
}

const leaves = NAV.flatMap((i) => i.children ?? [i])

describe('navigation guard', () => {
  it('sends anonymous users to the login page with the address to come back to', () => {
    expect(decideNavigation(router.resolve('/registry/units?page=2'), null)).toEqual({
      path: '/login',
      query: { redirect: '/registry/units?page=2' },
    })
    expect(decideNavigation(router.resolve('/'), null)).toEqual({ path: '/login', query: {} })
  })

  it('lets anyone see the login, 403 and 404 pages', () => {
    for (const path of ['/login', '/403', '/404']) expect(decideNavigation(router.resolve(path), null)).toBe(true)
  })

  it('sends a signed-in user away from the login page, to the redirect target', () => {
    expect(decideNavigation(router.resolve('/login?redirect=/sharing'), me('UNIT'))).toBe('/sharing')
    expect(decideNavigation(router.resolve('/login?redirect=https://evil.example'), me('UNIT'))).toBe('/')
  })

  it('keeps system pages for ADMIN and COMMISSION', () => {
    for (const role of ROLES) {
      for (const path of ['/system/users', '/system/audit', '/system']) {
        const decision = decideNavigation(router.resolve(path), me(role))
        if (role === 'ADMIN' || role === 'COMMISSION') expect(decision, `${role} ${path}`).toBe(true)
        else expect(decision, `${role} ${path}`).toEqual({ path: '/403', query: { from: path } })
      }
    }
  })

  it('keeps the sharing settings for ADMIN and COMMISSION', () => {
    const settings = router.resolve('/sharing/settings')
    expect(settings.name).toBe('sharing-settings')
    for (const role of ROLES) {
      const decision = decideNavigation(settings, me(role))
      if (role === 'ADMIN' || role === 'COMMISSION') expect(decision, role).toBe(true)
      else expect(decision, role).toEqual({ path: '/403', query: { from: '/sharing/settings' } })
    }
    expect(leaves.find((l) => l.key === 'sharing-settings')).toMatchObject({
      path: '/sharing/settings',
      roles: ['ADMIN', 'COMMISSION'],
    })
  })

  it('opens every other section to every signed-in role', () => {
    const open = leaves.filter((l) => !l.roles).map((l) => l.path!)
    // The sharing group's catalogue, recommendations and notifications, and the rest of the open sections
    // (enrollment's, supervision's and evaluation's pages are closed to partner institutions; governance's
    // pages list their roles).
    expect(open).toHaveLength(9)
    for (const role of ROLES)
      for (const path of open) expect(decideNavigation(router.resolve(path), me(role))).toBe(true)
  })

  it('opens meetings, actions, notices and bodies to everyone, charters, plans and the bureau report not to institutions', () => {
    for (const role of ROLES) {
      for (const path of [
        '/governance/meetings',
        '/governance/meetings/3',
        '/governance/actions',
        '/governance/notices',
        '/governance/bodies',
      ])
        expect(decideNavigation(router.resolve(path), me(role)), `${role} ${path}`).toBe(true)
      for (const path of ['/governance/charters', '/governance/plans', '/governance/report']) {
        const decision = decideNavigation(router.resolve(path), me(role))
        if (role === 'INSTITUTION') expect(decision, `${role} ${path}`).toEqual({ path: '/403', query: { from: path } })
        else expect(decision, `${role} ${path}`).toBe(true)
      }
    }
    expect(router.resolve('/governance/meetings/3').name).toBe('governance-meeting')
    expect(navPathOf('/governance/meetings/3')).toBe('/governance/meetings')
    expect(groupOfPath('/governance/charters')?.key).toBe('governance')
    expect(groupOfPath('/governance/notices')?.key).toBe('governance')
  })

  it('keeps evaluation from partner institutions, and the balance pages from units', () => {
    for (const role of ROLES) {
      for (const path of ['/evaluation/conditions', '/evaluation/assessment', '/evaluation/weak-units']) {
        const decision = decideNavigation(router.resolve(path), me(role))
        if (role === 'INSTITUTION') expect(decision, `${role} ${path}`).toEqual({ path: '/403', query: { from: path } })
        else expect(decision, `${role} ${path}`).toBe(true)
      }
      const balance = decideNavigation(router.resolve('/evaluation/balance'), me(role))
      if (role === 'INSTITUTION' || role === 'UNIT')
        expect(balance, role).toEqual({ path: '/403', query: { from: '/evaluation/balance' } })
      else expect(balance, role).toBe(true)
    }
    expect(router.resolve('/evaluation/assessment/cycles/4').name).toBe('evaluation-cycle')
    expect(navPathOf('/evaluation/assessment/cycles/4')).toBe('/evaluation/assessment')
    expect(groupOfPath('/evaluation/weak-units')?.key).toBe('evaluation')
  })

  it('keeps planning from partner institutions, and the seat outlook from units', () => {
    for (const role of ROLES) {
      for (const path of ['/planning/indicators', '/planning/projects']) {
        const decision = decideNavigation(router.resolve(path), me(role))
        if (role === 'INSTITUTION') expect(decision, `${role} ${path}`).toEqual({ path: '/403', query: { from: path } })
        else expect(decision, `${role} ${path}`).toBe(true)
      }
      const outlook = decideNavigation(router.resolve('/planning/outlook'), me(role))
      if (role === 'INSTITUTION' || role === 'UNIT')
        expect(outlook, role).toEqual({ path: '/403', query: { from: '/planning/outlook' } })
      else expect(outlook, role).toBe(true)
    }
    expect(groupOfPath('/planning/projects')?.key).toBe('planning')
  })

  it('opens a district detail page by numeric id only', () => {
    const detail = router.resolve('/registry/districts/7')
    expect(detail.name).toBe('registry-district-detail')
    expect(detail.params.id).toBe('7')
    for (const role of ROLES) expect(decideNavigation(detail, me(role))).toBe(true)
    expect(router.resolve('/registry/districts/abc').name).not.toBe('registry-district-detail')
  })

  it('sends unknown addresses to /404, remembering where they came from', async () => {
    await router.push('/no/such/page')
    expect(router.currentRoute.value.path).toBe('/404')
    expect(router.currentRoute.value.query.from).toBe('/no/such/page')
  })
})

describe('sidebar', () => {
  it('shows the system group only to ADMIN and COMMISSION', () => {
    for (const role of ROLES) {
      const keys = visibleNav(role).map((i) => i.key)
      const sections = [
        'dashboard',
        'registry',
        'enrollment',
        'sharing',
        'supervision',
        'governance',
        'workforce',
        'evaluation',
      ]
      // Partner institutions see nothing of enrollment, supervision, workforce or evaluation.
      const expected =
        role === 'INSTITUTION'
          ? sections.filter((k) => k !== 'enrollment' && k !== 'evaluation' && k !== 'supervision' && k !== 'workforce')
          : sections
      expect(keys.slice(0, expected.length)).toEqual(expected)
      expect(keys.includes('system'), role).toBe(role === 'ADMIN' || role === 'COMMISSION')
    }
    expect(
      visibleNav('ADMIN')
        .find((i) => i.key === 'system')!
        .children!.map((c) => c.key),
    ).toEqual(['system-users', 'system-audit'])
  })

  it('links every entry to a route whose roles match the entry', () => {
    for (const leaf of leaves) {
      const target = router.resolve(leaf.path!)
      expect(target.matched.length, leaf.path).toBeGreaterThan(0)
      expect(target.name, leaf.path).toBeTruthy()
      expect(target.meta.roles ?? null, leaf.path).toEqual(leaf.roles ?? null)
    }
  })

  it('finds the group of a page', () => {
    expect(groupOfPath('/registry/units')?.key).toBe('registry')
    expect(groupOfPath('/registry/map')?.key).toBe('registry')
    expect(groupOfPath('/registry/districts/5')?.key).toBe('registry')
    expect(navPathOf('/registry/districts/5')).toBe('/registry/districts')
    expect(navPathOf('/registry/units')).toBe('/registry/units')
    expect(navPathOf('/')).toBe('/')
    expect(groupOfPath('/system/audit')?.key).toBe('system')
    expect(groupOfPath('/')).toBeUndefined()
  })
})
