/**
 * 家长服务: families sign in with the child's ID number and access code; they apply and appeal.
 * Internal to the enrollment module.
 */
package org.xuequ.enrollment.families;
