import { describe, expect, it } from 'vitest'
import { emptySearchForm, readSearchQuery, toSearchParams, writeSearchQuery, type SearchForm } from './searchQuery'
import { parseSearchText } from './searchText'

const form = (over: Partial<SearchForm>): SearchForm => ({ ...emptySearchForm(), ...over })

describe('search parameters', () => {
  it('expresses "a hall free next Friday afternoon for 500 people" as one query', () => {
    const p = toSearchParams(
      form({ q: ' 礼堂 ', kinds: ['VENUE'], minCapacity: 500, date: '2026-03-20', period: 'AFTERNOON' }),
    )
    expect(p).toEqual({
      page: 0,
      size: 20,
      q: '礼堂',
      kind: ['VENUE'],
      minCapacity: 500,
      freeFrom: '2026-03-20T13:00:00+08:00',
      freeTo: '2026-03-20T17:00:00+08:00',
    })
  })

  it('leaves out empty filters and an incomplete free-time window', () => {
    expect(toSearchParams(form({ date: '2026-03-20' }), 2, 50)).toEqual({ page: 2, size: 50 })
    expect(toSearchParams(form({ period: 'MORNING' }))).toEqual({ page: 0, size: 20 })
    expect(toSearchParams(form({ date: '2026-03-20', period: 'CUSTOM', fromTime: '15:00', toTime: '14:00' }))).toEqual({
      page: 0,
      size: 20,
    })
  })

  it('uses a custom time window, up to the end of the day', () => {
    const p = toSearchParams(form({ date: '2026-03-20', period: 'CUSTOM', fromTime: '19:30', toTime: '24:00' }))
    expect(p.freeFrom).toBe('2026-03-20T19:30:00+08:00')
    expect(p.freeTo).toBe('2026-03-21T00:00:00+08:00')
  })

  it('asks for relevance only when there are words to be relevant to', () => {
    expect(toSearchParams(form({ sort: 'relevance' })).sort).toBeUndefined()
    expect(toSearchParams(form({ q: '实验室', sort: 'relevance' })).sort).toBe('relevance')
    expect(toSearchParams(form({ sort: 'distance' })).sort).toBe('distance')
  })

  it('round-trips through the address bar and drops malformed values', () => {
    const f = form({
      q: '礼堂',
      kinds: ['VENUE', 'LAB'],
      districtId: 5,
      minCapacity: 500,
      audience: 'STUDENTS',
      grade: 'P5',
      date: '2026-03-20',
      period: 'CUSTOM',
      fromTime: '13:00',
      toTime: '17:00',
      sort: 'rating',
    })
    const query = writeSearchQuery(f, 3) as Record<string, string | string[]>
    expect(readSearchQuery(query)).toEqual({ form: f, page: 3 })
    expect(
      readSearchQuery({
        kind: ['VENUE', 'SPACESHIP'],
        minCapacity: '-3',
        date: '2026-13-45',
        period: 'AFTERNOON',
        sort: 'x',
        page: 'a',
      }),
    ).toEqual({ form: form({ kinds: ['VENUE'] }), page: 1 })
  })
})

describe('search sentences', () => {
  // Wednesday 2026-03-11
  const today = '2026-03-11'

  it('reads date, part of day and head count out of a Chinese sentence', () => {
    expect(parseSearchText('下周五下午能容纳500人的礼堂', today)).toEqual({
      text: '礼堂',
      date: '2026-03-20',
      period: 'AFTERNOON',
      minCapacity: 500,
    })
  })

  it('reads the English sentence too', () => {
    expect(parseSearchText('a hall free next Friday afternoon for 500 people', today)).toEqual({
      text: 'hall',
      date: '2026-03-20',
      period: 'AFTERNOON',
      minCapacity: 500,
    })
  })

  it('knows this week, bare weekdays, relative days and calendar dates', () => {
    expect(parseSearchText('本周一 实验室', today).date).toBe('2026-03-09')
    expect(parseSearchText('周五 实验室', today).date).toBe('2026-03-13')
    expect(parseSearchText('星期三上午', today)).toEqual({ text: '', date: '2026-03-11', period: 'MORNING' })
    expect(parseSearchText('明天晚上 报告厅', today)).toEqual({ text: '报告厅', date: '2026-03-12', period: 'EVENING' })
    expect(parseSearchText('3月2日 操场', today).date).toBe('2027-03-02')
    expect(parseSearchText('2026-04-01 操场', today).date).toBe('2026-04-01')
  })

  it('leaves plain searches alone', () => {
    expect(parseSearchText('物理所礼堂', today)).toEqual({ text: '物理所礼堂' })
    expect(parseSearchText('机器人 编程 课程', today)).toEqual({ text: '机器人 编程 课程' })
  })
})
