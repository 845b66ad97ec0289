import { Calendar, DataLine, EditPen, Location, Reading, Tickets, UserFilled, Warning } from '@element-plus/icons-vue'
import type { NavItem } from './nav'

/** Sidebar group of the enrollment module; every page is open to every signed-in role (the server scopes data). */
export const enrollmentNav: NavItem = {
  key: 'enrollment',
  titleKey: 'nav.enrollment',
  icon: Reading,
  children: [
    { key: 'enrollment-cycles', titleKey: 'enrollment.nav.cycles', icon: Calendar, path: '/enrollment/cycles' },
    { key: 'enrollment-children', titleKey: 'enrollment.nav.children', icon: UserFilled, path: '/enrollment/children' },
    { key: 'enrollment-demand', titleKey: 'enrollment.nav.demand', icon: DataLine, path: '/enrollment/demand' },
    { key: 'enrollment-zones', titleKey: 'enrollment.nav.zones', icon: Location, path: '/enrollment/zones' },
    { key: 'enrollment-applications', titleKey: 'enrollment.nav.applications', icon: EditPen, path: '/enrollment/applications' },
    { key: 'enrollment-runs', titleKey: 'enrollment.nav.runs', icon: Tickets, path: '/enrollment/runs' },
    { key: 'enrollment-appeals', titleKey: 'enrollment.nav.appeals', icon: Warning, path: '/enrollment/appeals' },
  ],
}

/** Not in the sidebar: the public pages (shown on the login page and the public header). */
export const PUBLIC_ENROLLMENT_LINKS = [
  { key: 'zone-lookup', titleKey: 'enrollment.public.nav.zoneLookup', path: '/public/zone-lookup' },
  { key: 'verify', titleKey: 'enrollment.public.nav.verify', path: '/public/verify' },
  { key: 'family', titleKey: 'enrollment.public.nav.family', path: '/public/family' },
] as const

