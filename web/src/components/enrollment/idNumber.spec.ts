import { describe, expect, it } from 'vitest'
import { birthDateOf, birthShown, checkCharacter, genderOf, isMasked, isValidIdNumber } from './idNumber'

describe('GB 11643 ID numbers', () => {
  it('accepts the standard example and computes its check character X', () => {
    expect(checkCharacter('11010519491231002')).toBe('X')
    expect(isValidIdNumber('11010519491231002X')).toBe(true)
    expect(isValidIdNumber('11010519491231002x')).toBe(true)
  })

  it('rejects a wrong check character, an impossible date, wrong length and masks', () => {
    expect(isValidIdNumber('110102201903150013')).toBe(true)
    expect(isValidIdNumber('110102201903150014')).toBe(false)
    expect(isValidIdNumber('110102201902300017')).toBe(false)
    expect(isValidIdNumber('11010220190315001')).toBe(false)
    expect(isValidIdNumber('110102********0013')).toBe(false)
  })

  it('reads birth date and gender', () => {
    expect(birthDateOf('110102201903150013')).toBe('2019-03-15')
    expect(genderOf('110102201903150013')).toBe('M')
    expect(genderOf('110102201812010023')).toBe('F')
    expect(birthDateOf('123')).toBeNull()
    expect(genderOf('123')).toBeNull()
  })

  it('recognises masked numbers', () => {
    expect(isMasked('110102************')).toBe(true)
    expect(isMasked('110102201903150013')).toBe(false)
    expect(isMasked(null)).toBe(false)
  })

  it('shows the birth month where the server sends no day', () => {
    expect(birthShown({ birthDate: '2019-03-15', birthMonth: '2019-03' })).toBe('2019-03-15')
    expect(birthShown({ birthDate: null, birthMonth: '2019-03' })).toBe('2019-03')
  })
})
