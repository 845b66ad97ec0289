/**
 * When resources are open: the opening calendar of a resource, the statutory days off and the
 * school terms. A named interface: the sample data dates its bookings by {@link org.xuequ.sharing.calendar.Terms}.
 */
@org.springframework.modulith.NamedInterface("calendar")
package org.xuequ.sharing.calendar;
