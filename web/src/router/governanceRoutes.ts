import type { RouteRecordRaw } from 'vue-router'
import { Bell, Calendar, Checked, Document, DataAnalysis, Notebook, Stamp, UserFilled } from '@element-plus/icons-vue'
import type { Role } from '@/api/types'
import type { NavItem } from './nav'

/*
 * Who sees which page of the governance module (API.md, "Roles"). The server's policies are the real guard
 * (an institution sees its council's meetings only); these lists only hide what a role can never use.
 */

/** Bodies, meetings, actions, notices: every role (institutions: their council's; notices: their own). */
export const GOVERNANCE_ROLES: readonly Role[] = [
  'ADMIN',
  'COMMISSION',
  'DISTRICT_OFFICE',
  'INSPECTOR',
  'UNIT',
  'INSTITUTION',
]
/** Charters, work plans, the report to the bureau: not partner institutions. */
export const GOVERNANCE_READ_ROLES: readonly Role[] = ['ADMIN', 'COMMISSION', 'DISTRICT_OFFICE', 'INSPECTOR', 'UNIT']

const group = 'nav.governance'
const meetingsParent = { titleKey: 'governance.nav.meetings', path: '/governance/meetings' }

/** Pages of the governance module, children of the signed-in layout. */
export const governanceRoutes: RouteRecordRaw[] = [
  { path: 'governance', name: 'governance', redirect: '/governance/meetings' },
  {
    path: 'governance/bodies',
    name: 'governance-bodies',
    component: () => import('@/views/governance/BodiesView.vue'),
    meta: { titleKey: 'governance.nav.bodies', groupKey: group, roles: GOVERNANCE_ROLES },
  },
  {
    path: 'governance/meetings',
    name: 'governance-meetings',
    component: () => import('@/views/governance/MeetingsView.vue'),
    meta: { titleKey: 'governance.nav.meetings', groupKey: group, roles: GOVERNANCE_ROLES },
  },
  {
    path: 'governance/meetings/:id(\\d+)',
    name: 'governance-meeting',
    component: () => import('@/views/governance/MeetingView.vue'),
    meta: { titleKey: 'governance.meeting.agenda', groupKey: group, roles: GOVERNANCE_ROLES, parent: meetingsParent },
  },
  {
    path: 'governance/notices',
    name: 'governance-notices',
    component: () => import('@/views/governance/NoticesView.vue'),
    meta: { titleKey: 'governance.nav.notices', groupKey: group, roles: GOVERNANCE_ROLES },
  },
  {
    path: 'governance/actions',
    name: 'governance-actions',
    component: () => import('@/views/governance/ActionBoardView.vue'),
    meta: { titleKey: 'governance.nav.actions', groupKey: group, roles: GOVERNANCE_ROLES },
  },
  {
    path: 'governance/charters',
    name: 'governance-charters',
    component: () => import('@/views/governance/ChartersView.vue'),
    meta: { titleKey: 'governance.nav.charters', groupKey: group, roles: GOVERNANCE_READ_ROLES },
  },
  {
    path: 'governance/plans',
    name: 'governance-plans',
    component: () => import('@/views/governance/WorkPlansView.vue'),
    meta: { titleKey: 'governance.nav.plans', groupKey: group, roles: GOVERNANCE_READ_ROLES },
  },
  {
    path: 'governance/report',
    name: 'governance-report',
    component: () => import('@/views/governance/BureauReportView.vue'),
    meta: { titleKey: 'governance.nav.report', groupKey: group, roles: GOVERNANCE_READ_ROLES },
  },
]

/** Sidebar group of the governance module; the group keeps the `governance` key (test id `nav-governance`). */
export const governanceNav: NavItem = {
  key: 'governance',
  titleKey: 'nav.governance',
  icon: Stamp,
  roles: GOVERNANCE_ROLES,
  children: [
    {
      key: 'governance-meetings',
      titleKey: 'governance.nav.meetings',
      icon: Calendar,
      path: '/governance/meetings',
      roles: GOVERNANCE_ROLES,
    },
    {
      key: 'governance-actions',
      titleKey: 'governance.nav.actions',
      icon: Checked,
      path: '/governance/actions',
      roles: GOVERNANCE_ROLES,
    },
    {
      key: 'governance-notices',
      titleKey: 'governance.nav.notices',
      icon: Bell,
      path: '/governance/notices',
      roles: GOVERNANCE_ROLES,
    },
    {
      key: 'governance-bodies',
      titleKey: 'governance.nav.bodies',
      icon: UserFilled,
      path: '/governance/bodies',
      roles: GOVERNANCE_ROLES,
    },
    {
      key: 'governance-charters',
      titleKey: 'governance.nav.charters',
      icon: Document,
      path: '/governance/charters',
      roles: GOVERNANCE_READ_ROLES,
    },
    {
      key: 'governance-plans',
      titleKey: 'governance.nav.plans',
      icon: Notebook,
      path: '/governance/plans',
      roles: GOVERNANCE_READ_ROLES,
    },
    {
      key: 'governance-report',
      titleKey: 'governance.nav.report',
      icon: DataAnalysis,
      path: '/governance/report',
      roles: GOVERNANCE_READ_ROLES,
    },
  ],
}
