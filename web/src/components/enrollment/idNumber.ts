/**
 * Resident ID numbers (GB 11643-1999): 17 digits and a check character (0-9 or X, ISO 7064 MOD 11-2).
 * The server validates too; this gives instant feedback in the form and fills birth date and gender.
 * A masked number (with `*`) is never valid here: it is shown, not edited.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

export function checkCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!
  return CHECK[sum % 11]!
}

function validDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

export function isValidIdNumber(raw: string): boolean {
  const id = raw.trim().toUpperCase()
  if (!/^\d{17}[\dX]$/.test(id)) return false
  if (!validDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)))) return false
  return checkCharacter(id.slice(0, 17)) === id[17]
}

/** `YYYY-MM-DD` from a valid number, else null. */
export function birthDateOf(raw: string): string | null {
  const id = raw.trim().toUpperCase()
  if (!isValidIdNumber(id)) return null
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
}

/** The 17th digit: odd = male, even = female. */
export function genderOf(raw: string): 'M' | 'F' | null {
  const id = raw.trim().toUpperCase()
  if (!isValidIdNumber(id)) return null
  return Number(id[16]) % 2 === 1 ? 'M' : 'F'
}

/** The birth date as far as the server shows it: the day to full-access roles, else only the month. */
export function birthShown(child: { birthDate: string | null; birthMonth: string }): string {
  return child.birthDate ?? child.birthMonth
}

export function isMasked(id: string | null | undefined): boolean {
  return !!id && id.includes('*')
}
