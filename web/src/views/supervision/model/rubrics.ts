/** How a rubric edition is named in lists and file names: 名称（第 N 版）. */
import type { RubricView } from '@/api/supervision'

export function editionLabel(r: Pick<RubricView, 'name' | 'edition'>): string {
  return `${r.name}（第${r.edition}版）`
}
