import { Avatar, Calendar, Collection, DataAnalysis, Document, Finished, Medal, View } from '@element-plus/icons-vue'
import type { NavItem } from './nav'
import { SUPERVISION_READ_ROLES, SUPERVISION_ROLES } from './supervisionRoutes'

/** Sidebar group of the supervision module; the group keeps the `supervision` key (test id `nav-supervision`). */
export const supervisionNav: NavItem = {
  key: 'supervision',
  titleKey: 'nav.supervision',
  icon: View,
  roles: SUPERVISION_ROLES,
  children: [
    {
      key: 'supervision-plans',
      titleKey: 'supervision.nav.plans',
      icon: Document,
      path: '/supervision/plans',
      roles: SUPERVISION_READ_ROLES,
    },
    {
      key: 'supervision-inspections',
      titleKey: 'supervision.nav.inspections',
      icon: Calendar,
      path: '/supervision/inspections',
      roles: SUPERVISION_ROLES,
    },
    {
      key: 'supervision-findings',
      titleKey: 'supervision.nav.findings',
      icon: Finished,
      path: '/supervision/findings',
      roles: SUPERVISION_ROLES,
    },
    {
      key: 'supervision-points',
      titleKey: 'supervision.nav.points',
      icon: Medal,
      path: '/supervision/points',
      roles: SUPERVISION_ROLES,
    },
    {
      key: 'supervision-rubrics',
      titleKey: 'supervision.nav.rubrics',
      icon: Collection,
      path: '/supervision/rubrics',
      roles: SUPERVISION_ROLES,
    },
    {
      key: 'supervision-inspectors',
      titleKey: 'supervision.nav.inspectors',
      icon: Avatar,
      path: '/supervision/inspectors',
      roles: SUPERVISION_READ_ROLES,
    },
    {
      key: 'supervision-reports',
      titleKey: 'supervision.nav.reports',
      icon: DataAnalysis,
      path: '/supervision/reports',
      roles: SUPERVISION_READ_ROLES,
    },
  ],
}
