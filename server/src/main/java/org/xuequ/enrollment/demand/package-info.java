/**
 * 入学需求调研: expected applicants by tier against seats, and the home page's enrollment panel.
 * Internal to the enrollment module.
 */
package org.xuequ.enrollment.demand;
