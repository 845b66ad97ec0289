import {
  Calendar,
  DataLine,
  EditPen,
  Location,
  MapLocation,
  Reading,
  Tickets,
  UserFilled,
  Warning,
} from '@element-plus/icons-vue'
import type { Role } from '@/api/types'
import type { NavItem } from './nav'

/** Children, applications and appeals carry personal data: not for schools (the server refuses them too). */
export const ENROLLMENT_PERSONAL_ROLES: readonly Role[] = ['ADMIN', 'COMMISSION', 'DISTRICT_OFFICE', 'INSPECTOR']

/** Everyone but partner institutions, which see nothing of children or enrollment (the server refuses them too). */
export const ENROLLMENT_ROLES: readonly Role[] = ['ADMIN', 'COMMISSION', 'DISTRICT_OFFICE', 'UNIT', 'INSPECTOR']

/** 划片工作台: the commission generates and adopts, a district office reads its districts' zones (the server checks). */
export const ZONING_ROLES: readonly Role[] = ['COMMISSION', 'DISTRICT_OFFICE']

/** Sidebar group of the enrollment module (the server scopes the data within each page). */
export const enrollmentNav: NavItem = {
  key: 'enrollment',
  titleKey: 'nav.enrollment',
  icon: Reading,
  roles: ENROLLMENT_ROLES,
  children: [
    {
      key: 'enrollment-cycles',
      titleKey: 'enrollment.nav.cycles',
      icon: Calendar,
      path: '/enrollment/cycles',
      roles: ENROLLMENT_ROLES,
    },
    {
      key: 'enrollment-children',
      titleKey: 'enrollment.nav.children',
      icon: UserFilled,
      path: '/enrollment/children',
      roles: ENROLLMENT_PERSONAL_ROLES,
    },
    {
      key: 'enrollment-demand',
      titleKey: 'enrollment.nav.demand',
      icon: DataLine,
      path: '/enrollment/demand',
      roles: ENROLLMENT_ROLES,
    },
    {
      key: 'enrollment-zones',
      titleKey: 'enrollment.nav.zones',
      icon: Location,
      path: '/enrollment/zones',
      roles: ENROLLMENT_ROLES,
    },
    {
      key: 'enrollment-zoning',
      titleKey: 'zoning.nav',
      icon: MapLocation,
      path: '/enrollment/zoning',
      roles: ZONING_ROLES,
    },
    {
      key: 'enrollment-applications',
      titleKey: 'enrollment.nav.applications',
      icon: EditPen,
      path: '/enrollment/applications',
      roles: ENROLLMENT_PERSONAL_ROLES,
    },
    {
      key: 'enrollment-runs',
      titleKey: 'enrollment.nav.runs',
      icon: Tickets,
      path: '/enrollment/runs',
      roles: ENROLLMENT_ROLES,
    },
    {
      key: 'enrollment-appeals',
      titleKey: 'enrollment.nav.appeals',
      icon: Warning,
      path: '/enrollment/appeals',
      roles: ENROLLMENT_PERSONAL_ROLES,
    },
  ],
}

/** Not in the sidebar: the public pages (shown on the login page and the public header). */
export const PUBLIC_ENROLLMENT_LINKS = [
  { key: 'zone-lookup', titleKey: 'enrollment.public.nav.zoneLookup', path: '/public/zone-lookup' },
  { key: 'verify', titleKey: 'enrollment.public.nav.verify', path: '/public/verify' },
  { key: 'family', titleKey: 'enrollment.public.nav.family', path: '/public/family' },
] as const
