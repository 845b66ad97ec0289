import { describe, expect, it } from 'vitest'
import { editionLabel } from './rubrics'

describe('rubric editions', () => {
  it('are named with their edition, as the server names them on inspections', () => {
    expect(editionLabel({ name: '幼儿园督导指标', edition: 2 })).toBe('幼儿园督导指标（第2版）')
  })
})
