import type { RouteRecordRaw } from 'vue-router'
import type { NavItem } from './nav'

/** Pages of workforce.staff (队伍建设), children of the signed-in layout. */
export const workforceStaffRoutes: RouteRecordRaw[] = []

/** Sidebar entries of workforce.staff, inside the 队伍建设 group. */
export const workforceStaffNav: NavItem[] = []
