import { describe, expect, it } from 'vitest'
import { safeRedirect } from './redirect'

describe('safeRedirect', () => {
  it('keeps same-site paths with their query', () => {
    expect(safeRedirect('/registry/units?page=2')).toBe('/registry/units?page=2')
    expect(safeRedirect(['/system/audit'])).toBe('/system/audit')
  })

  it('refuses other sites, protocol-relative URLs and the login page itself', () => {
    for (const bad of [
      'https://evil.example',
      '//evil.example',
      '/\\evil',
      'javascript:alert(1)',
      '/login?x=1',
      '',
      null,
      undefined,
      3,
    ]) {
      expect(safeRedirect(bad)).toBe('/')
    }
  })
})
