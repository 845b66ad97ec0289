import { enrollmentApi } from '@/api/enrollment'
import { saveBlob } from '@/utils/download'
import { reportError } from '@/utils/reportError'

/** 入学通知书 as PDF: one child's, or all of a school's in one file. */
export async function downloadNotice(runId: number, applicationNumber: string, fileLabel: string): Promise<void> {
  try {
    saveBlob(await enrollmentApi.notice(runId, applicationNumber), `${fileLabel}-${applicationNumber}.pdf`)
  } catch (e) {
    reportError(e)
  }
}

export async function downloadSchoolNotices(runId: number, unitId: number, fileLabel: string): Promise<void> {
  try {
    saveBlob(await enrollmentApi.schoolNotices(runId, unitId), `${fileLabel}.pdf`)
  } catch (e) {
    reportError(e)
  }
}
