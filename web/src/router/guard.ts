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

/** The forced password change screen (after a reset, or the first administrator's first sign-in). */
export const PASSWORD_CHANGE = '/password-change'

export function decideNavigation(to: NavigationTarget, me: Me | null): true | RouteLocationRaw {
  if (to.meta.guestOnly && me) return me.passwordChangeRequired ? PASSWORD_CHANGE : safeRedirect(to.query.redirect)
  if (to.meta.public) return true
  if (!me) return { path: '/login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
  // The server answers nothing else until the password is replaced, so neither does the console.
  if (me.passwordChangeRequired) return to.meta.passwordChange ? true : PASSWORD_CHANGE
  if (to.meta.passwordChange) return '/'
  // Every matched record counts, so a parent's roles also protect its children.
  for (const record of to.matched) {
    if (!canAccess(me.role, record.meta.roles)) return { path: '/403', query: { from: to.fullPath } }
  }
  return true
}
