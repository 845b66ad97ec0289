import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import en from './locales/en'
import zhCN from './locales/zh-CN'

type Tree = { [k: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'string') out.set(key, v)
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv)
  }
  return out
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(vue|ts)$/.test(name) && !name.endsWith('.spec.ts') && !path.includes('locales') ? [path] : []
  })
}

const zh = leaves(zhCN as Tree)
const english = leaves(en as unknown as Tree)

describe('message files', () => {
  it('zh-CN and en have exactly the same keys', () => {
    const onlyZh = [...zh.keys()].filter((k) => !english.has(k))
    const onlyEn = [...english.keys()].filter((k) => !zh.has(k))
    expect(onlyZh).toEqual([])
    expect(onlyEn).toEqual([])
  })

  it('has no empty messages', () => {
    const empty = [...zh, ...english].filter(([, v]) => v.trim() === '').map(([k]) => k)
    expect(empty).toEqual([])
  })

  it('uses the same placeholders in both languages', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const [key, text] of zh) expect(params(english.get(key) ?? ''), key).toEqual(params(text))
  })

  it('avoids characters vue-i18n would parse as syntax (@, |, $)', () => {
    const risky = [...zh, ...english].filter(([, v]) => /[@|$]/.test(v)).map(([k]) => k)
    expect(risky).toEqual([])
  })

  it('defines every literal key the source code uses', () => {
    const root = fileURLToPath(new URL('..', import.meta.url))
    const used = new Set<string>()
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(
        /(?:\$t|\bt|\bte|\brequired|titleKey:|groupKey:)\s*\(?\s*'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g,
      ))
        used.add(m[1]!)
    }
    expect(used.size).toBeGreaterThan(50)
    const missing = [...used].filter((k) => !zh.has(k))
    expect(missing).toEqual([])
  })

  it('translates every enum value the API can send', async () => {
    const api = await import('@/api/types')
    const groups: [readonly string[], string][] = [
      [api.ROLES, 'role'],
      [api.UNIT_TYPES, 'enums.unitType'],
      [api.OWNERSHIPS, 'enums.ownership'],
      [api.DISTRICT_KINDS, 'enums.districtKind'],
      [api.AUDIT_ACTIONS, 'enums.auditAction'],
      [['ACTIVE', 'DISSOLVED'], 'enums.districtStatus'],
      [['ALL', 'REGION', 'DISTRICTS', 'UNIT'], 'scopeKind'],
      [api.COUNCIL_MEMBER_KINDS, 'enums.councilMemberKind'],
      [api.COMMITTEE_DEPARTMENTS, 'enums.committeeDepartment'],
      [api.DELEGATED_BY, 'enums.delegatedBy'],
      [api.POSITION_KINDS, 'enums.positionKind'],
      [api.COMPLIANCE_RULES, 'enums.complianceRule'],
      [api.INSTITUTION_KINDS, 'enums.institutionKind'],
    ]
    for (const [values, prefix] of groups) {
      for (const v of values) expect(zh.has(`${prefix}.${v}`), `${prefix}.${v}`).toBe(true)
    }
  })
})
