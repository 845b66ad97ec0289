/** 供给与使用: bookings, hours and utilisation of the resources a caller manages. Internal to the module. */
package org.xuequ.sharing.usage;
