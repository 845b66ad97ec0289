import { describe, expect, it } from 'vitest'
import { ZONE_KINDS } from '@/api/enrollment'
import { DEMAND_BASES, PROPOSAL_ORIGINS, PROPOSAL_STATUSES } from '@/api/zoning'
import en from './zoning.en'
import zh from './zoning.zh-CN'

type Tree = { [k: string]: string | Tree }

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  )
}

function lookup(tree: Tree, path: string): unknown {
  return path.split('.').reduce<unknown>((node, k) => (node as Tree | undefined)?.[k], tree)
}

describe('zoning workbench messages', () => {
  it('have the same keys in both languages', () => {
    expect(keys(en as Tree).sort()).toEqual(keys(zh as Tree).sort())
  })

  it('label every enum value the API can send, in both languages', () => {
    const groups: [readonly string[], string][] = [
      [PROPOSAL_STATUSES, 'enums.status'],
      [PROPOSAL_ORIGINS, 'enums.origin'],
      [DEMAND_BASES, 'enums.basis'],
      [ZONE_KINDS, 'enums.kind'],
    ]
    for (const [values, prefix] of groups) {
      for (const v of values) {
        expect(lookup(zh as Tree, `${prefix}.${v}`), `zh ${prefix}.${v}`).toBeTypeOf('string')
        expect(lookup(en as Tree, `${prefix}.${v}`), `en ${prefix}.${v}`).toBeTypeOf('string')
      }
    }
  })
})
