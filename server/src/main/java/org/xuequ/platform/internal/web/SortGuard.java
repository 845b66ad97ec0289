package org.xuequ.platform.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.BeanUtils;
import org.springframework.core.ResolvableType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpEntity;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.xuequ.platform.XuequProblem;

/**
 * A list may be sorted only by what its rows show. Sorting by a column the caller cannot see
 * (a password hash, a full ID number behind a masked one) would let them infer it row by row;
 * an unknown name would fail deep in the query as a 500. Either is a 400 on {@code sort}.
 */
final class SortGuard implements HandlerInterceptor {

    /** Never sortable, even where a view shows a (masked) value of that name. */
    private static final Pattern HIDDEN = Pattern.compile("password|hash|idnumber|accesscode|seed|secret|token");

    private static final Set<String> DIRECTIONS = Set.of("asc", "desc", "ignorecase");

    private final Map<Method, Optional<Set<String>>> visible = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String[] sorts = request.getParameterValues("sort");
        if (sorts == null || !(handler instanceof HandlerMethod method) || !takesSort(method)) {
            return true;
        }
        Optional<Set<String>> shown = visible.computeIfAbsent(method.getMethod(), SortGuard::rowProperties);
        for (String sort : sorts) {
            for (String token : sort.split(",")) {
                String property = token.strip();
                if (property.isEmpty() || DIRECTIONS.contains(property.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String head = property.split("\\.", 2)[0];
                if (HIDDEN.matcher(property.toLowerCase(Locale.ROOT)).find()
                        || shown.map(names -> !names.contains(head)).orElse(false)) {
                    throw XuequProblem.invalid("sort", "error.unknown-sort");
                }
            }
        }
        return true;
    }

    private static boolean takesSort(HandlerMethod method) {
        return Arrays.stream(method.getMethodParameters())
                .anyMatch(p -> Pageable.class.isAssignableFrom(p.getParameterType())
                        || Sort.class.isAssignableFrom(p.getParameterType()));
    }

    /** The properties of the rows the method answers with; empty when that cannot be told. */
    private static Optional<Set<String>> rowProperties(Method method) {
        ResolvableType type = ResolvableType.forMethodReturnType(method);
        if (HttpEntity.class.isAssignableFrom(type.toClass())) {
            type = type.getGeneric(0);
        }
        if (!Slice.class.isAssignableFrom(type.toClass()) && !Iterable.class.isAssignableFrom(type.toClass())) {
            return Optional.empty();
        }
        Class<?> row = type.as(Iterable.class).getGeneric(0).toClass();
        if (row == Object.class || Map.class.isAssignableFrom(row)) {
            return Optional.empty();
        }
        if (row.isRecord()) {
            return Optional.of(Arrays.stream(row.getRecordComponents())
                    .map(RecordComponent::getName)
                    .collect(Collectors.toUnmodifiableSet()));
        }
        return Optional.of(Arrays.stream(BeanUtils.getPropertyDescriptors(row))
                .map(PropertyDescriptor::getName)
                .filter(name -> !name.equals("class"))
                .collect(Collectors.toUnmodifiableSet()));
    }
}
