package org.xuequ.governance.actions;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.xuequ.governance.LinkKind;
import org.xuequ.governance.LinkedObjectSource;
import org.xuequ.platform.XuequProblem;
import org.xuequ.registry.RegistryReads;

/**
 * What actions link to: a unit is checked against the registry and named from it; the other kinds are references
 * their modules resolve through a {@link LinkedObjectSource} when one exists, and otherwise show the stored label.
 */
@Component
class ActionLinks {

    private final RegistryReads registry;
    private final ObjectProvider<LinkedObjectSource> sources;

    ActionLinks(RegistryReads registry, ObjectProvider<LinkedObjectSource> sources) {
        this.registry = registry;
        this.sources = sources;
    }

    /** The label to store for a new link; 400 naming the field when a linked or owning unit is not of the region. */
    String check(String regionCode, ActionSpec spec, String field) {
        Set<Long> units = new java.util.HashSet<>();
        if (spec.ownerUnitId() != null) {
            units.add(spec.ownerUnitId());
        }
        boolean linksUnit = spec.link() != null && spec.link().kind() == LinkKind.UNIT;
        if (linksUnit) {
            units.add(spec.link().id());
        }
        Map<Long, String> names = units.isEmpty() ? Map.of() : registry.unitNamesIn(regionCode);
        if (spec.ownerUnitId() != null && !names.containsKey(spec.ownerUnitId())) {
            throw XuequProblem.invalid(field + ".ownerUnitId", "error.governance.unknown-unit");
        }
        if (linksUnit && !names.containsKey(spec.link().id())) {
            throw XuequProblem.invalid(field + ".link.id", "error.governance.unknown-unit");
        }
        if (spec.link() == null) {
            return null;
        }
        return linksUnit ? names.get(spec.link().id()) : spec.link().label();
    }

    /** Current labels of the actions' links, by kind then id, where a module (or the registry) resolves them. */
    Map<LinkKind, Map<Long, String>> labels(String regionCode, List<Action> actions) {
        Map<LinkKind, Set<Long>> wanted = new EnumMap<>(LinkKind.class);
        for (Action a : actions) {
            if (a.getLinkKind() != null) {
                wanted.computeIfAbsent(a.getLinkKind(), k -> new java.util.HashSet<>())
                        .add(a.getLinkId());
            }
        }
        Map<LinkKind, Map<Long, String>> out = new EnumMap<>(LinkKind.class);
        wanted.forEach((kind, ids) -> out.put(kind, resolve(regionCode, kind, ids)));
        return out;
    }

    private Map<Long, String> resolve(String regionCode, LinkKind kind, Collection<Long> ids) {
        if (kind == LinkKind.UNIT) {
            return registry.unitNames(ids);
        }
        Map<Long, String> found = new HashMap<>();
        sources.orderedStream().filter(s -> s.kind() == kind).forEach(s -> found.putAll(s.labels(regionCode, ids)));
        return found.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
