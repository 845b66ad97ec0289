import type { AuditValues } from '@/api/types'

export interface DiffRow {
  field: string
  before: unknown
  after: unknown
  changed: boolean
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || b === null || a === undefined || b === undefined) return a == b
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b)
  return false
}

/**
 * Field-by-field comparison of an audit event's before/after snapshots: the union of both key sets,
 * in the order they first appear (before, then after), each marked changed or not.
 */
export function diffValues(before: AuditValues | null, after: AuditValues | null): DiffRow[] {
  const keys: string[] = []
  for (const source of [before, after]) {
    if (!source) continue
    for (const k of Object.keys(source)) if (!keys.includes(k)) keys.push(k)
  }
  return keys.map((field) => {
    const b = before ? before[field] : undefined
    const a = after ? after[field] : undefined
    return { field, before: b, after: a, changed: !same(b, a) }
  })
}

/** Human-readable cell text for a snapshot value. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}
