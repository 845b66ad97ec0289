/**
 * 在线预约: single and weekly bookings, their rules and lifecycle (approval, waitlist, expiry,
 * cancellation, use, rating), and a resource's calendar of taken slots. Internal to the module.
 */
package org.xuequ.sharing.booking;
