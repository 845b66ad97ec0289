/**
 * Resource sharing (资源共享): venues, courses, experts, labs, practice bases and equipment that
 * units and partner institutions open to each other; Chinese full-text search, recommendations,
 * conflict-free booking with approval and waitlists, usage figures and in-console notifications.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sharing 资源共享")
package org.xuequ.sharing;
