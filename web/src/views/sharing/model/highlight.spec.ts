import { describe, expect, it } from 'vitest'
import { highlight, matches, searchTerms } from './highlight'

describe('highlighting search words', () => {
  it('marks every occurrence of each term', () => {
    expect(highlight('物理所礼堂（大礼堂）', '礼堂')).toEqual([
      { text: '物理所', hit: false },
      { text: '礼堂', hit: true },
      { text: '（大', hit: false },
      { text: '礼堂', hit: true },
      { text: '）', hit: false },
    ])
  })

  it('falls back to two-character pieces of a Chinese phrase', () => {
    expect(
      highlight('中国科学院物理研究所 礼堂', '物理所礼堂')
        .filter((s) => s.hit)
        .map((s) => s.text),
    ).toEqual(['物理', '礼堂'])
  })

  it('is case-insensitive for Latin text and merges overlaps', () => {
    expect(highlight('STEM Lab', 'stem lab')).toEqual([
      { text: 'STEM', hit: true },
      { text: ' ', hit: false },
      { text: 'Lab', hit: true },
    ])
    expect(highlight('报告厅', '报告 告厅')).toEqual([{ text: '报告厅', hit: true }])
  })

  it('returns the text unmarked without a query', () => {
    expect(highlight('报告厅', '  ')).toEqual([{ text: '报告厅', hit: false }])
    expect(highlight('', '礼堂')).toEqual([])
    expect(matches('报告厅', '礼堂')).toBe(false)
    expect(searchTerms('礼堂, 报告厅 礼堂')).toEqual(['礼堂', '报告厅'])
  })
})
