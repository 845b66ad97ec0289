import { describe, expect, it } from 'vitest'
import { characterClasses, passwordHints } from './passwordRules'

describe('passwordHints', () => {
  it('accepts a long password mixing three classes', () => {
    expect(passwordHints('Tide-Lamp-83', 'zhangsan')).toEqual([])
  })

  it('reports only the length while the password is too short', () => {
    expect(passwordHints('Ab1-', 'zhangsan')).toEqual(['tooShort'])
    expect(passwordHints('', 'zhangsan')).toEqual(['tooShort'])
  })

  it('needs three character classes below sixteen characters, none above', () => {
    expect(passwordHints('tidelamp83', 'zhangsan')).toEqual(['fewClasses'])
    expect(passwordHints('tidelampriverfog', 'zhangsan')).toEqual([])
  })

  it('refuses the user name inside the password, whatever its case', () => {
    expect(passwordHints('My-ZhangSan-7', ' zhangsan ')).toEqual(['containsUsername'])
  })

  it('refuses the current password as the new one', () => {
    expect(passwordHints('Tide-Lamp-83', 'zhangsan', 'Tide-Lamp-83')).toEqual(['sameAsCurrent'])
    expect(passwordHints('Tide-Lamp-84', 'zhangsan', 'Tide-Lamp-83')).toEqual([])
  })
})

describe('characterClasses', () => {
  it('counts lower, upper, digits and the rest', () => {
    expect(characterClasses('abc')).toBe(1)
    expect(characterClasses('aB3')).toBe(3)
    expect(characterClasses('aB3-')).toBe(4)
  })
})
