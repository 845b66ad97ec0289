import { describe, expect, it } from 'vitest'
import { basisScale, formatCv, formatNumber, formatPercent, formatResourceAmount } from './format'

describe('evaluation number formats', () => {
  it('writes shortfalls in the resource units: teachers to one decimal, yuan whole with separators', () => {
    expect(formatResourceAmount('BACKBONE_TEACHERS', 2.3)).toBe('2.3')
    // Rounded up: 2.31 teachers short is not made good by 2.3.
    expect(formatResourceAmount('BACKBONE_TEACHERS', 2.31)).toBe('2.4')
    expect(formatResourceAmount('EQUIPMENT_YUAN', 45000)).toBe('45,000')
    expect(formatResourceAmount('EQUIPMENT_YUAN', 44999.2)).toBe('45,000')
    expect(formatResourceAmount('BOOKS', 1234.5)).toBe('1,235')
    expect(formatResourceAmount('TEACHING_AREA_M2', 120)).toBe('120')
  })

  it('prints CVs with three decimals and missing figures as a dash', () => {
    expect(formatCv(0.41234)).toBe('0.412')
    expect(formatCv(null)).toBe('—')
    expect(formatNumber(undefined)).toBe('—')
    expect(formatNumber(1234.567, 1)).toBe('1,234.6')
    expect(formatPercent(0.853)).toBe('85.3%')
  })

  it('scales the per-100-pupils indicators by 100', () => {
    expect(basisScale('PER_100_PUPILS')).toBe(100)
    expect(basisScale('PER_PUPIL')).toBe(1)
  })
})
