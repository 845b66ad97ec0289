package org.xuequ.sharing.search.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.sharing.catalogue.web.ResourceViews;
import org.xuequ.sharing.search.Recommendations;

/** Recommended resources (智能推荐) for the caller's organisation, each with the reasons that lifted it. */
@RestController
@RequestMapping("/api/sharing/recommendations")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR})
class RecommendationController {

    private final Recommendations recommendations;
    private final ResourceViews views;
    private final MessageSource messages;

    RecommendationController(Recommendations recommendations, ResourceViews views, MessageSource messages) {
        this.recommendations = recommendations;
        this.views = views;
        this.messages = messages;
    }

    /**
     * A recommended resource.
     * @param score the ranking score; higher is better
     * @param reasons the codes of the reasons: REBOOKED, SIMILAR_UNITS, SAME_KIND, NEARBY, FREE_SOON, POPULAR
     * @param reason the same reasons as one sentence in the caller's language
     */
    record View(ResourceViews.Card resource, double score, List<String> reasons, String reason) {}

    /**
     * Up to limit (1–50, default 8) shared resources for the caller, ranked by what the caller's organisation booked
     * before, what similar units book, the kinds it books, distance and free room in the coming week.
     */
    @GetMapping
    List<View> recommend(@RequestParam(defaultValue = "8") int limit) {
        Locale locale = LocaleContextHolder.getLocale();
        String separator = messages.getMessage("reason.separator", null, "; ", locale);
        ResourceViews.Names names = views.names();
        return recommendations.forMe(Math.min(Math.max(limit, 1), 50)).stream()
                .map(p -> new View(
                        views.card(p.resource(), names, p.distanceKm(), null),
                        p.score(),
                        List.copyOf(p.reasons().keySet()),
                        String.join(
                                separator,
                                p.reasons().entrySet().stream()
                                        .map(e -> text(e, locale))
                                        .toList())))
                .toList();
    }

    private String text(Map.Entry<String, Object> reason, Locale locale) {
        return messages.getMessage(
                "reason." + reason.getKey(), new Object[] {reason.getValue()}, reason.getKey(), locale);
    }
}
