/** Platform API: jobs. */
@org.springframework.modulith.NamedInterface("jobs")
package org.xuequ.platform.jobs;
