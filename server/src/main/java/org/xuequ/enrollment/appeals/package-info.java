/**
 * 申诉/复核: appeals against a reviewed or published result, and their decisions.
 * Internal to the enrollment module.
 */
package org.xuequ.enrollment.appeals;
