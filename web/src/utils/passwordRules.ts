/**
 * Client-side hints that mirror the server's password policy (PasswordPolicy.java), so people see
 * what is wrong while typing. The server stays the judge: it also refuses common passwords, which
 * the console does not ship, and its field errors are shown on the fields.
 */
export const PASSWORD_MIN_LENGTH = 10
/** From this length a password need not mix character classes. */
export const PASSPHRASE_LENGTH = 16
export const PASSWORD_MIN_CLASSES = 3

export type PasswordHint = 'tooShort' | 'fewClasses' | 'containsUsername' | 'sameAsCurrent'

/** Lower case, upper case, digits, everything else. */
export function characterClasses(password: string): number {
  let lower = false
  let upper = false
  let digit = false
  let other = false
  for (const c of password) {
    if (/\p{Ll}/u.test(c)) lower = true
    else if (/\p{Lu}/u.test(c)) upper = true
    else if (/\p{Nd}/u.test(c)) digit = true
    else other = true
  }
  return [lower, upper, digit, other].filter(Boolean).length
}

/** The rules `candidate` breaks, in the server's order; empty when the console sees nothing wrong. */
export function passwordHints(candidate: string, username: string, current?: string): PasswordHint[] {
  if (candidate.length < PASSWORD_MIN_LENGTH) return ['tooShort']
  const hints: PasswordHint[] = []
  if (candidate.length < PASSPHRASE_LENGTH && characterClasses(candidate) < PASSWORD_MIN_CLASSES)
    hints.push('fewClasses')
  const name = username.trim().toLowerCase()
  if (name && candidate.toLowerCase().includes(name)) hints.push('containsUsername')
  if (hints.length === 0 && current && candidate === current) hints.push('sameAsCurrent')
  return hints
}
