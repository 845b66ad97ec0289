/**
 * 公示 and 入学通知书: public results by application number and a second fact, and admission
 * notices as PDF.
 * Internal to the enrollment module.
 */
package org.xuequ.enrollment.results;
