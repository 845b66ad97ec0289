import { describe, expect, it } from 'vitest'
import { agendaForms, beijingInstant, blankItem } from './schedule'
import { beijingDateTime } from './time'

describe('scheduling one meeting', () => {
  it('sends Beijing wall-clock time as the UTC instant', () => {
    expect(beijingInstant('2026-03-02', '14:30')).toBe('2026-03-02T06:30:00.000Z')
    // before 08:00 in Beijing it is still the day before in UTC
    expect(beijingInstant('2026-03-02', '07:00')).toBe('2026-03-01T23:00:00.000Z')
    expect(beijingDateTime(beijingInstant('2026-12-31', '09:00'))).toBe('2026-12-31 09:00')
  })

  it('adds the agenda rows that have a title, trimmed, blanks as null', () => {
    expect(
      agendaForms([
        { kind: 'PROPOSAL', title: ' 修订章程 ', detail: '', presenter: '张园长' },
        blankItem(),
        { kind: 'OTHER_BUSINESS', title: '   ', detail: '无', presenter: '' },
      ]),
    ).toEqual([{ kind: 'PROPOSAL', title: '修订章程', detail: null, presenter: '张园长', sourceId: null }])
  })
})
