import { describe, expect, it } from 'vitest'
import {
  defaultHolidayYear,
  fillRange,
  holidayServerErrors,
  normaliseHolidays,
  rangeProblem,
  sameHolidays,
  toHolidayBody,
  validateHolidays,
} from './holidayForm'

describe('holiday table', () => {
  it('edits next year from November on, this year before', () => {
    expect(defaultHolidayYear('2026-10-31')).toBe(2026)
    expect(defaultHolidayYear('2026-11-01')).toBe(2027)
    expect(defaultHolidayYear('2026-12-31')).toBe(2027)
    expect(defaultHolidayYear('2027-01-05')).toBe(2027)
  })

  it('sends trimmed names sorted by date, blank rows dropped, undated rows last', () => {
    const rows = [
      { date: '2027-10-01', name: ' 国庆节 ' },
      { date: '', name: '' },
      { date: '', name: '春节' },
      { date: '2027-01-01', name: '元旦' },
    ]
    expect(normaliseHolidays(rows)).toEqual([
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-10-01', name: '国庆节' },
      { date: '', name: '春节' },
    ])
    expect(
      toHolidayBody([
        { date: '2027-05-01', name: '劳动节' },
        { date: '2027-01-01', name: '元旦' },
      ]),
    ).toEqual([
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-05-01', name: '劳动节' },
    ])
    expect(
      sameHolidays(rows, [
        { date: '2027-01-01', name: '元旦' },
        { date: '2027-10-01', name: '国庆节' },
        { date: '', name: '春节' },
      ]),
    ).toBe(true)
    expect(sameHolidays(rows, [{ date: '2027-01-01', name: '元旦' }])).toBe(false)
  })

  it('checks each row as the server does: date present, in the year, once; name present, at most 20 characters', () => {
    const issues = validateHolidays(
      [
        { date: '2027-01-01', name: '元旦' },
        { date: '2026-12-31', name: '元旦' },
        { date: '2027-01-01', name: '元旦补休' },
        { date: '', name: '春节' },
        { date: '2027-02-06', name: '  ' },
        { date: '2027-02-07', name: '春'.repeat(21) },
        { date: '', name: '' },
      ],
      2027,
    )
    expect(issues).toEqual({
      '1.date': { key: 'sharing.settings.holidays.errors.year', params: { year: 2027 } },
      '2.date': { key: 'sharing.settings.holidays.errors.twice', params: { row: 1 } },
      '3.date': { key: 'sharing.settings.holidays.errors.date' },
      '4.name': { key: 'sharing.settings.holidays.errors.name' },
      '5.name': { key: 'sharing.settings.holidays.errors.nameLength', params: { n: 20 } },
    })
  })

  it("puts the server's 1-based rows on the rows on screen", () => {
    expect(
      holidayServerErrors([
        { field: 'date', row: 3, reason: '日期重复' },
        { field: 'name', row: 1, reason: '名称不能为空' },
        { field: 'name', row: 1, reason: '名称过长' },
        { field: 'year', reason: '年份无效' },
        { field: 'date', row: 0, reason: '行号无效' },
      ]),
    ).toEqual({
      byRow: { '2.date': '日期重复', '0.name': '名称不能为空；名称过长' },
      other: ['年份无效', '行号无效'],
    })
  })

  it('fills a range day by day, renaming days already listed', () => {
    const rows = fillRange(
      [
        { date: '2027-10-01', name: '国庆' },
        { date: '2027-01-01', name: '元旦' },
        { date: '', name: '' },
      ],
      '2027-09-30',
      '2027-10-03',
      ' 国庆节、中秋节 ',
    )
    expect(rows).toEqual([
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-09-30', name: '国庆节、中秋节' },
      { date: '2027-10-01', name: '国庆节、中秋节' },
      { date: '2027-10-02', name: '国庆节、中秋节' },
      { date: '2027-10-03', name: '国庆节、中秋节' },
    ])
  })

  it('says why a range cannot be filled', () => {
    expect(rangeProblem('2027-10-01', '2027-10-07', '国庆节', 2027)).toBeNull()
    expect(rangeProblem(null, '2027-10-07', '国庆节', 2027)).toBe('incomplete')
    expect(rangeProblem('2027-10-01', '2027-10-07', ' ', 2027)).toBe('incomplete')
    expect(rangeProblem('2027-10-07', '2027-10-01', '国庆节', 2027)).toBe('reversed')
    expect(rangeProblem('2027-01-01', '2027-03-01', '寒假', 2027)).toBe('tooLong')
    expect(rangeProblem('2026-12-31', '2027-01-02', '元旦', 2027)).toBe('outsideYear')
  })
})
