import type { RouteRecordRaw } from 'vue-router'
import type { Role } from '@/api/types'
import { useSessionStore } from '@/stores/session'
import { canAccess } from './access'

/*
 * Who sees which page of the evaluation module (API.md, "Roles"). The server's role and data-scope
 * checks are the real guard; these lists only hide what a role can never use. Partner institutions
 * see nothing of the module.
 */

/** Conditions census, annual assessment and weak-unit files: read by all but institutions (a unit its own). */
export const EVALUATION_ROLES: readonly Role[] = ['ADMIN', 'COMMISSION', 'DISTRICT_OFFICE', 'INSPECTOR', 'UNIT']
/** Balance dashboard, what-if, suggestions and its exports. */
export const BALANCE_ROLES: readonly Role[] = ['ADMIN', 'COMMISSION', 'DISTRICT_OFFICE', 'INSPECTOR']
/** Edit a school's conditions (a unit only its own; the server checks the scope). */
export const CONDITIONS_WRITE_ROLES: readonly Role[] = ['COMMISSION', 'DISTRICT_OFFICE', 'UNIT']
/** Download the template and export, import a sheet of conditions. */
export const CONDITIONS_IMPORT_ROLES: readonly Role[] = ['ADMIN', 'COMMISSION', 'DISTRICT_OFFICE']
/** Schemes, cycles, scores, finalising, commendations; opening, reviewing, closing weak-unit files. */
export const ASSESSMENT_WRITE_ROLES: readonly Role[] = ['COMMISSION']
/*
 * Who may give a central unit's opinion or report progress on a measure depends on the unit and the
 * file, not only the role: the pages follow the server's canGiveOpinion / canMarkDone / canReview flags.
 */

const group = 'nav.evaluation'
const assessmentParent = { titleKey: 'evaluation.nav.assessment', path: '/evaluation/assessment' }

/** /evaluation: the balance dashboard for those who may read it, else the conditions census. */
function landing(): string {
  try {
    if (canAccess(useSessionStore().role, BALANCE_ROLES)) return '/evaluation/balance'
  } catch {
    /* no store yet (route tables resolved outside the app) */
  }
  return '/evaluation/conditions'
}

/** Pages of the evaluation module, children of the signed-in layout. */
export const evaluationRoutes: RouteRecordRaw[] = [
  { path: 'evaluation', name: 'evaluation', redirect: landing },
  {
    path: 'evaluation/balance',
    name: 'evaluation-balance',
    component: () => import('@/views/evaluation/balance/BalanceView.vue'),
    meta: { titleKey: 'evaluation.nav.balance', groupKey: group, roles: BALANCE_ROLES },
  },
  {
    path: 'evaluation/conditions',
    name: 'evaluation-conditions',
    component: () => import('@/views/evaluation/conditions/ConditionsView.vue'),
    meta: { titleKey: 'evaluation.nav.conditions', groupKey: group, roles: EVALUATION_ROLES },
  },
  {
    path: 'evaluation/assessment',
    name: 'evaluation-assessment',
    component: () => import('@/views/evaluation/assessment/AssessmentView.vue'),
    meta: { titleKey: 'evaluation.nav.assessment', groupKey: group, roles: EVALUATION_ROLES },
  },
  {
    path: 'evaluation/assessment/cycles/:id(\\d+)',
    name: 'evaluation-cycle',
    component: () => import('@/views/evaluation/assessment/CycleView.vue'),
    meta: { titleKey: 'evaluation.cycle.title', groupKey: group, roles: EVALUATION_ROLES, parent: assessmentParent },
  },
  {
    path: 'evaluation/weak-units',
    name: 'evaluation-weak-units',
    component: () => import('@/views/evaluation/assessment/WeakUnitsView.vue'),
    meta: { titleKey: 'evaluation.nav.weakUnits', groupKey: group, roles: EVALUATION_ROLES },
  },
]
