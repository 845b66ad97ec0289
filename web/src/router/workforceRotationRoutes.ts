import type { RouteRecordRaw } from 'vue-router'
import type { NavItem } from './nav'

/** Pages of workforce.rotation (队伍建设), children of the signed-in layout. */
export const workforceRotationRoutes: RouteRecordRaw[] = []

/** Sidebar entries of workforce.rotation, inside the 队伍建设 group. */
export const workforceRotationNav: NavItem[] = []
