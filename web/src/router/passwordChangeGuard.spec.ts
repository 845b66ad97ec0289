import { describe, expect, it } from 'vitest'
import { makeMe } from '@/test/helpers'
import { createMemoryHistory, createRouter } from 'vue-router'
import { decideNavigation, PASSWORD_CHANGE } from './guard'
import { routes } from './routes'

// Only resolved, never navigated: the lazy page components are not loaded.
const router = createRouter({ history: createMemoryHistory(), routes })

const forced = makeMe('INSPECTOR', { passwordChangeRequired: true })

describe('forced password change', () => {
  it('sends an account that must change its password to the change screen from every page', () => {
    for (const path of ['/', '/registry/units', '/sharing', '/system/users']) {
      expect(decideNavigation(router.resolve(path), forced), path).toBe(PASSWORD_CHANGE)
    }
    expect(decideNavigation(router.resolve('/login?redirect=/sharing'), forced)).toBe(PASSWORD_CHANGE)
  })

  it('lets it stay on the change screen and on public pages', () => {
    expect(decideNavigation(router.resolve(PASSWORD_CHANGE), forced)).toBe(true)
    expect(decideNavigation(router.resolve('/404'), forced)).toBe(true)
  })

  it('sends everyone else away from the forced screen', () => {
    expect(decideNavigation(router.resolve(PASSWORD_CHANGE), makeMe('INSPECTOR'))).toBe('/')
    expect(decideNavigation(router.resolve(PASSWORD_CHANGE), null)).toEqual({
      path: '/login',
      query: { redirect: PASSWORD_CHANGE },
    })
  })
})
