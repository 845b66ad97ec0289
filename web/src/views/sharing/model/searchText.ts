/**
 * Reads the everyday parts of a search sentence into filters, so that
 * "下周五下午能容纳500人的礼堂" (or "hall free next Friday afternoon for 500 people") is one search:
 * date → next Friday, period → afternoon, capacity ≥ 500, words left for full text → "礼堂".
 * Only unambiguous patterns are taken; everything else stays in the text for the search engine.
 */
import { addDays, startOfWeek, weekdayOf } from './localTime'
import type { Period } from './searchQuery'

export interface ParsedSearch {
  /** What is left for the full-text search. */
  text: string
  date?: string
  period?: Exclude<Period, 'CUSTOM'>
  minCapacity?: number
}

const CN_WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 }
const EN_WEEKDAY: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
}

/** Words that only glue the sentence together once dates and numbers are taken out. */
const CN_FILLER =
  /^(?:的|有空|空闲|空余|空着|可用|可以|能够|能|可|供|给|要|找|想|需要|预约|一个|一间|一处|以上|左右|且|和)+|(?:的|有空|空闲|空余|可用|以上|左右)+$/g
const EN_FILLER = new Set([
  'a',
  'an',
  'the',
  'for',
  'free',
  'on',
  'in',
  'at',
  'with',
  'that',
  'is',
  'available',
  'people',
  'seats',
  'persons',
])

function weekdayDate(today: string, weekday: number, prefix: string): string {
  const monday = startOfWeek(today)
  if (prefix === '下下') return addDays(monday, 14 + weekday - 1)
  if (prefix.startsWith('下') || prefix === 'next') return addDays(monday, 7 + weekday - 1)
  if (prefix === '本' || prefix.startsWith('这') || prefix === 'this') return addDays(monday, weekday - 1)
  // Bare "周五" / "friday": the next such day, today included.
  const delta = (weekday - weekdayOf(today) + 7) % 7
  return addDays(today, delta)
}

function monthDay(today: string, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined
  const year = Number(today.slice(0, 4))
  const mk = (y: number) => `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return mk(year) >= today ? mk(year) : mk(year + 1)
}

export function parseSearchText(input: string, today: string): ParsedSearch {
  let text = ` ${input} `
  const out: ParsedSearch = { text: '' }
  const take = (re: RegExp, fn: (m: RegExpExecArray) => boolean): void => {
    const m = re.exec(text)
    if (m && fn(m)) text = text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)
  }

  // Capacity: "500人", "容纳500人", "500 people", "for 500".
  take(/(?:可?容纳|能容纳|可坐|坐得下|不少于|至少)?\s*(\d{1,6})\s*(?:人|名|位)(?:以上|左右)?/, (m) => {
    out.minCapacity = Number(m[1])
    return out.minCapacity > 0
  })
  if (out.minCapacity === undefined) {
    take(/\b(?:for\s+)?(\d{1,6})\s*(?:people|persons|seats|attendees)\b/i, (m) => {
      out.minCapacity = Number(m[1])
      return out.minCapacity > 0
    })
  }

  // Dates.
  take(/(\d{4})-(\d{1,2})-(\d{1,2})/, (m) => {
    out.date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`
    return true
  })
  if (!out.date) {
    take(/(\d{1,2})月(\d{1,2})[日号]/, (m) => {
      out.date = monthDay(today, Number(m[1]), Number(m[2]))
      return !!out.date
    })
  }
  if (!out.date) {
    take(/(下下|下个?|本|这个?)?(?:周|星期|礼拜)([一二三四五六日天])/, (m) => {
      out.date = weekdayDate(today, CN_WEEKDAY[m[2]!]!, m[1] ?? '')
      return true
    })
  }
  if (!out.date) {
    take(/\b(next|this)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i, (m) => {
      out.date = weekdayDate(today, EN_WEEKDAY[m[2]!.toLowerCase()]!, (m[1] ?? '').toLowerCase())
      return true
    })
  }
  if (!out.date) {
    const rel: [RegExp, number][] = [
      [/今天|今日|\btoday\b/i, 0],
      [/明天|明日|\btomorrow\b/i, 1],
      [/后天/, 2],
    ]
    for (const [re, n] of rel) {
      take(re, () => {
        out.date = addDays(today, n)
        return true
      })
      if (out.date) break
    }
  }

  // Part of the day.
  const periods: [RegExp, ParsedSearch['period']][] = [
    [/上午|早上|\bmorning\b/i, 'MORNING'],
    [/下午|\bafternoon\b/i, 'AFTERNOON'],
    [/晚上|傍晚|\bevening\b/i, 'EVENING'],
    [/全天|一整天|\ball[\s-]day\b/i, 'DAY'],
  ]
  for (const [re, period] of periods) {
    take(re, () => {
      out.period = period
      return true
    })
    if (out.period) break
  }

  out.text = text
    .split(/[\s,，。;；、]+/)
    .map((w) => w.replace(CN_FILLER, ''))
    .filter((w) => w !== '' && !EN_FILLER.has(w.toLowerCase()))
    .join(' ')
  return out
}

/** Did the sentence carry anything besides words? */
export function recognisedAnything(p: ParsedSearch): boolean {
  return p.date !== undefined || p.period !== undefined || p.minCapacity !== undefined
}
