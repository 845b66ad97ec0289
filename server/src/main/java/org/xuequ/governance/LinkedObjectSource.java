package org.xuequ.governance;

import java.util.Collection;
import java.util.Map;

/**
 * Resolves what actions link to, for the module that owns those objects (e.g. supervision for rectification orders):
 * labels of the ids that exist in the region. Without an implementation for a kind, an action shows the label
 * stored when it was linked.
 */
public interface LinkedObjectSource {

    LinkKind kind();

    /** The current labels of the ids among {@code ids} that exist in the region. */
    Map<Long, String> labels(String regionCode, Collection<Long> ids);
}
