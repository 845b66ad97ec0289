/**
 * JSON shapes and sentences shared by the enrollment controllers of the sub-packages.
 * Internal to the enrollment module.
 */
package org.xuequ.enrollment.web;
