import type { LocationQuery, RouteLocationRaw, RouteMeta } from 'vue-router'
import type { Me } from '@/api/types'
import { canAccess } from './access'
import { safeRedirect } from '@/utils/redirect'

/**
 * Where a navigation may go, given who is signed in (null = nobody). Pure, so it is unit-tested;
 * router/index.ts wires it to the session store.
 */
export interface NavigationTarget {
  meta: RouteMeta
  matched: readonly { meta: RouteMeta }[]
  fullPath: string
  query: LocationQuery
}

export function decideNavigation(to: NavigationTarget, me: Me | null): true | RouteLocationRaw {
  if (to.meta.guestOnly && me) return safeRedirect(to.query.redirect)
  if (to.meta.public) return true
  if (!me) return { path: '/login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
  // Every matched record counts, so a parent's roles also protect its children.
  for (const record of to.matched) {
    if (!canAccess(me.role, record.meta.roles)) return { path: '/403', query: { from: to.fullPath } }
  }
  return true
}
