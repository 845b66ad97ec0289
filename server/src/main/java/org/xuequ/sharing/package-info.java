/**
 * Resource sharing (资源共享): venues, courses, experts, labs, practice bases and equipment that
 * units and partner institutions open to each other; Chinese full-text search, recommendations,
 * conflict-free booking with approval and waitlists, usage figures and in-console notifications.
 * <p>
 * One sub-package per capability, as the console splits its views: {@code catalogue} (resources and
 * their opening hours), {@code calendar} (the opening calendar, days off, school terms),
 * {@code booking}, {@code search} (index, recommendations), {@code usage} and {@code parties} (who
 * books, institution accounts, notifications); each keeps its controllers in its own {@code web}.
 * Other modules see only the named interfaces (catalogue, calendar, parties, search); the sample
 * data is their one user today. The REST contract is in API.md beside this file.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Sharing 资源共享",
        allowedDependencies = {
            "platform",
            "platform :: *",
            "registry",
            "registry :: units",
            "registry :: institutions",
            "governance"
        })
package org.xuequ.sharing;
