/**
 * Reports generated from the records: the semester report (JSON, PDF, Excel), the open-findings map, the
 * written feedback of an inspection.
 */
package org.xuequ.supervision.reports;
