import { describe, expect, it } from 'vitest'
import * as api from '@/api/enrollment'
import en from './enrollment.en'
import zh from './enrollment.zh-CN'

type Tree = { [k: string]: string | Tree }

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  )
}

function lookup(tree: Tree, path: string): unknown {
  return path.split('.').reduce<unknown>((node, k) => (node as Tree | undefined)?.[k], tree)
}

describe('enrollment messages', () => {
  it('have the same keys in both languages', () => {
    expect(keys(en as Tree).sort()).toEqual(keys(zh as Tree).sort())
  })

  it('label every enum value the API can send, in both languages', () => {
    const groups: [readonly string[], string][] = [
      [api.LEVELS, 'enums.level'],
      [api.HUKOU_TYPES, 'enums.hukouType'],
      [api.CATEGORIES, 'enums.category'],
      [api.CONDITIONS, 'enums.condition'],
      [api.ZONE_KINDS, 'enums.zoneKind'],
      [api.APPLICATION_STATUSES, 'enums.applicationStatus'],
      [api.SUBMITTERS, 'enums.submittedBy'],
      [api.RUN_STATUSES, 'enums.runStatus'],
      [api.RUN_STATUSES, 'runs.steps'],
      [api.MECHANISMS, 'enums.mechanism'],
      [api.STAGES, 'enums.stage'],
      [api.REJECTION_REASONS, 'enums.rejectionReason'],
      [api.APPEAL_STATUSES, 'enums.appealStatus'],
      [api.GENDERS, 'enums.gender'],
    ]
    for (const [values, prefix] of groups) {
      for (const v of values) {
        expect(typeof lookup(zh as Tree, `${prefix}.${v}`), `${prefix}.${v}`).toBe('string')
        expect(typeof lookup(en as Tree, `${prefix}.${v}`), `${prefix}.${v}`).toBe('string')
      }
    }
  })
})
