import type { Component } from 'vue'
import {
  Coin,
  Collection,
  Location,
  Operation,
  DataAnalysis,
  Document,
  Files,
  HomeFilled,
  FirstAidKit,
  Histogram,
  List,
  Medal,
  TrendCharts,
  OfficeBuilding,
  Setting,
  User,
  UserFilled,
  MapLocation,
  School,
} from '@element-plus/icons-vue'
import type { Role } from '@/api/types'
import { AUDIT_ROLES, canAccess, EXCEL_ROLES, SYSTEM_ROLES } from './access'
import { enrollmentNav } from './enrollmentNav'
import { BALANCE_ROLES, EVALUATION_ROLES } from './evaluationRoutes'
import { planningNav } from './planningRoutes'
import { sharingNav } from './sharingNav'
import { supervisionNav } from './supervisionNav'
import { governanceNav } from './governanceRoutes'
import { WORKFORCE_ROLES, workforceStaffNav } from './workforceStaffRoutes'
import { workforceRotationNav } from './workforceRotationRoutes'
import { workforceTrainingNav } from './workforceTrainingRoutes'
import { workforceResearchNav } from './workforceResearchRoutes'

export interface NavItem {
  /** Stable id; the test id is `nav-<key>`. */
  key: string
  titleKey: string
  icon: Component
  /** Leaf entries only. */
  path?: string
  roles?: readonly Role[]
  children?: NavItem[]
}

/** The sidebar, in display order. Route guards use the same role lists (see routes.ts). */
export const NAV: readonly NavItem[] = [
  { key: 'dashboard', titleKey: 'nav.dashboard', icon: HomeFilled, path: '/' },
  {
    key: 'registry',
    titleKey: 'nav.registry',
    icon: MapLocation,
    children: [
      {
        key: 'registry-districts',
        titleKey: 'nav.registryDistricts',
        icon: OfficeBuilding,
        path: '/registry/districts',
      },
      { key: 'registry-units', titleKey: 'nav.registryUnits', icon: School, path: '/registry/units' },
      {
        key: 'registry-institutions',
        titleKey: 'nav.registryInstitutions',
        icon: Collection,
        path: '/registry/institutions',
      },
      { key: 'registry-tree', titleKey: 'nav.registryTree', icon: Operation, path: '/registry/tree' },
      { key: 'registry-map', titleKey: 'nav.registryMap', icon: Location, path: '/registry/map' },
      {
        key: 'registry-excel',
        titleKey: 'nav.registryExcel',
        icon: Document,
        path: '/registry/excel',
        roles: EXCEL_ROLES,
      },
    ],
  },
  enrollmentNav,
  sharingNav,
  supervisionNav,
  governanceNav,
  {
    key: 'workforce',
    titleKey: 'nav.workforce',
    icon: UserFilled,
    roles: WORKFORCE_ROLES,
    children: [...workforceStaffNav, ...workforceRotationNav, ...workforceTrainingNav, ...workforceResearchNav],
  },
  {
    key: 'evaluation',
    titleKey: 'nav.evaluation',
    icon: Histogram,
    roles: EVALUATION_ROLES,
    children: [
      {
        key: 'evaluation-balance',
        titleKey: 'evaluation.nav.balance',
        icon: TrendCharts,
        path: '/evaluation/balance',
        roles: BALANCE_ROLES,
      },
      {
        key: 'evaluation-conditions',
        titleKey: 'evaluation.nav.conditions',
        icon: List,
        path: '/evaluation/conditions',
        roles: EVALUATION_ROLES,
      },
      {
        key: 'evaluation-assessment',
        titleKey: 'evaluation.nav.assessment',
        icon: Medal,
        path: '/evaluation/assessment',
        roles: EVALUATION_ROLES,
      },
      {
        key: 'evaluation-weak-units',
        titleKey: 'evaluation.nav.weakUnits',
        icon: FirstAidKit,
        path: '/evaluation/weak-units',
        roles: EVALUATION_ROLES,
      },
    ],
  },
  planningNav,
  {
    key: 'system',
    titleKey: 'nav.system',
    icon: Setting,
    children: [
      { key: 'system-users', titleKey: 'nav.systemUsers', icon: User, path: '/system/users', roles: SYSTEM_ROLES },
      { key: 'system-audit', titleKey: 'nav.systemAudit', icon: Files, path: '/system/audit', roles: AUDIT_ROLES },
    ],
  },
]

/** The sidebar as a given role sees it: forbidden leaves removed, then groups left empty. */
export function visibleNav(role: Role | null | undefined, items: readonly NavItem[] = NAV): NavItem[] {
  const out: NavItem[] = []
  for (const item of items) {
    if (!canAccess(role, item.roles)) continue
    if (item.children) {
      const children = visibleNav(role, item.children)
      if (children.length > 0) out.push({ ...item, children })
    } else {
      out.push(item)
    }
  }
  return out
}

/** Is `path` the entry's page or a page below it (e.g. /registry/districts/5 under /registry/districts)? */
function covers(entryPath: string | undefined, path: string): boolean {
  return !!entryPath && entryPath !== '/' && (path === entryPath || path.startsWith(`${entryPath}/`))
}

/** The group containing a path, if any (to keep the active group open). */
export function groupOfPath(path: string, items: readonly NavItem[] = NAV): NavItem | undefined {
  return items.find((i) => i.children?.some((c) => covers(c.path, path)))
}

/** The sidebar path to highlight for a page: its own entry, or the list entry a detail page sits under. */
export function navPathOf(path: string, items: readonly NavItem[] = NAV): string {
  const leaves = items.flatMap((i) => i.children ?? [i])
  return leaves.find((l) => covers(l.path, path))?.path ?? path
}

// Icons used elsewhere (dashboard cards) are re-exported so the icon set stays in one place.
export const CARD_ICONS: Record<string, Component> = {
  regions: MapLocation,
  subdistricts: Coin,
  districts: OfficeBuilding,
  units: School,
  users: User,
  auditEventsToday: DataAnalysis,
}
