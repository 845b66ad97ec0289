import { describe, expect, it } from 'vitest'
import { fitWithin, MAX_SIDE } from './resize'

describe('photo size before upload', () => {
  it('shrinks the longer side to 1600 px keeping the aspect ratio', () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 1600, height: 1200 })
    expect(fitWithin(3024, 4032)).toEqual({ width: 1200, height: 1600 })
    expect(fitWithin(2400, 1800, MAX_SIDE)).toEqual({ width: 1600, height: 1200 })
  })

  it('never enlarges a small picture', () => {
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 })
    expect(fitWithin(1600, 900)).toEqual({ width: 1600, height: 900 })
  })

  it('keeps a very thin picture at least one pixel wide and answers nothing for an empty one', () => {
    expect(fitWithin(10000, 2)).toEqual({ width: 1600, height: 1 })
    expect(fitWithin(0, 100)).toEqual({ width: 0, height: 0 })
  })
})
