/**
 * Scheduling one meeting: the date and time are entered as Beijing wall-clock time and sent as an instant; agenda
 * items entered with the meeting are added after it is scheduled, blank rows left out.
 */
import type { HAND_ITEM_KINDS, ItemForm } from '@/api/governance'

/** The instant (ISO-8601 UTC) of a Beijing date "YYYY-MM-DD" and time "HH:mm". */
export function beijingInstant(date: string, time: string): string {
  return new Date(`${date}T${time}:00+08:00`).toISOString()
}

/** An agenda row as typed. */
export interface DraftItem {
  kind: (typeof HAND_ITEM_KINDS)[number]
  title: string
  detail: string
  presenter: string
}

export const blankItem = (): DraftItem => ({ kind: 'PROPOSAL', title: '', detail: '', presenter: '' })

/** The rows as the server takes them: rows without a title are left out, blanks sent as null. */
export function agendaForms(rows: readonly DraftItem[]): ItemForm[] {
  return rows
    .filter((r) => r.title.trim())
    .map((r) => ({
      kind: r.kind,
      title: r.title.trim(),
      detail: r.detail.trim() || null,
      presenter: r.presenter.trim() || null,
      sourceId: null,
    }))
}
