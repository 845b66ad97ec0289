/**
 * The quorum rule (API.md, "Quorum") in words: a body's rule is data, and members and chairs must read it
 * as a sentence ("过半数成员出席，且五类代表各至少一人…"), not as enum names. The arithmetic mirrors the
 * server's `Share.needed` so the sentence can say how many of N are needed.
 */
import type { Approval, QuorumCheck, QuorumRule, RepresentativeKind, Share } from '@/api/governance'

export type Translate = (key: string, params?: Record<string, unknown>) => string

/** Members who must be present under a share of `members` (the server's rule). */
export function neededFor(share: Share, members: number): number {
  switch (share) {
    case 'ANY':
      return Math.min(1, members)
    case 'MAJORITY':
      return Math.floor(members / 2) + 1
    case 'TWO_THIRDS':
      return Math.ceil((2 * members) / 3)
    case 'ALL':
      return members
  }
}

/** Votes for that carry an item under an approval rule. */
export function votesToCarry(approval: Approval, present: number, members: number): number {
  switch (approval) {
    case 'MAJORITY_OF_PRESENT':
      return Math.floor(present / 2) + 1
    case 'TWO_THIRDS_OF_PRESENT':
      return Math.ceil((2 * present) / 3)
    case 'MAJORITY_OF_MEMBERS':
      return Math.floor(members / 2) + 1
  }
}

function kindList(kinds: readonly RepresentativeKind[], t: Translate): string {
  return kinds.map((k) => t(`governance.kind.${k}`)).join(t('governance.quorum.separator'))
}

/**
 * The rule as one sentence: who must be present, which kinds of representative, what carries a vote.
 * With `members` the sentence gives the head count too ("7 人中至少 4 人").
 */
export function quorumRuleText(rule: QuorumRule, t: Translate, members?: number): string {
  const parts: string[] = []
  const share = t(`governance.quorum.share.${rule.share}`)
  parts.push(
    members === undefined
      ? t('governance.quorum.presence', { share })
      : t('governance.quorum.presenceOf', { share, members, needed: neededFor(rule.share, members) }),
  )
  if (rule.requiredKinds.length > 0)
    parts.push(t('governance.quorum.kinds', { n: rule.requiredKinds.length, kinds: kindList(rule.requiredKinds, t) }))
  parts.push(t(`governance.quorum.approval.${rule.approval}`))
  return parts.join(t('governance.quorum.joiner'))
}

/** A meeting's quorum now: met, or what is missing (heads and kinds), in words. */
export function quorumCheckText(check: QuorumCheck, t: Translate): string {
  const head = t('governance.quorum.count', { present: check.present, members: check.members, needed: check.needed })
  if (check.met) return `${head}${t('governance.quorum.joiner')}${t('governance.quorum.met')}`
  const missing: string[] = []
  if (check.present < check.needed) missing.push(t('governance.quorum.shortBy', { n: check.needed - check.present }))
  if (check.missingKinds.length > 0)
    missing.push(t('governance.quorum.missingKinds', { kinds: kindList(check.missingKinds, t) }))
  return `${head}${t('governance.quorum.joiner')}${t('governance.quorum.notMet', { why: missing.join(t('governance.quorum.separator')) })}`
}
