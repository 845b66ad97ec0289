import type { Condition, Policy, PolicyRule, PolicyUpdate } from '@/api/enrollment'

/** One editable rule; `key` keeps rows stable while they are reordered. */
export interface RuleDraft {
  key: number
  label: string
  conditions: Condition[]
  minPropertyYears: number | null
}

let nextKey = 1

export function draftOf(rule?: Partial<PolicyRule>): RuleDraft {
  return {
    key: nextKey++,
    label: rule?.label ?? '',
    conditions: [...(rule?.conditions ?? [])],
    minPropertyYears: rule?.minPropertyYears ?? null,
  }
}

export function draftsOf(policy: Policy): RuleDraft[] {
  return [...policy.rules].sort((a, b) => a.rank - b.rank).map((r) => draftOf(r))
}

/** Problems the server would refuse anyway, as [message key, rank]. */
export function ruleProblems(rules: readonly RuleDraft[]): { key: string; rank: number }[] {
  const out: { key: string; rank: number }[] = []
  rules.forEach((r, i) => {
    if (!r.label.trim()) out.push({ key: 'enrollment.policy.labelRequired', rank: i + 1 })
    if (r.conditions.length === 0) out.push({ key: 'enrollment.policy.conditionsRequired', rank: i + 1 })
  })
  return out
}

/** The PUT body: rank is the position, so it is not sent. */
export function policyBody(name: string, rules: readonly RuleDraft[], version: number): PolicyUpdate {
  return {
    name: name.trim(),
    rules: rules.map((r) => ({
      label: r.label.trim(),
      conditions: [...r.conditions],
      minPropertyYears:
        r.conditions.includes('PROPERTY_IN_ZONE') || r.conditions.includes('HUKOU_AT_PROPERTY')
          ? r.minPropertyYears
          : null,
    })),
    version,
  }
}
