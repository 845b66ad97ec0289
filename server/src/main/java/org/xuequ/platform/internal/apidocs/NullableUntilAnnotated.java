package org.xuequ.platform.internal.apidocs;

import java.util.Set;

/**
 * Properties the server can send as null whose Java declarations do not say so yet, as
 * {@code Schema#property}. Each entry belongs on the record as a JSpecify {@code @Nullable}; once it is
 * there, the entry goes. (The records were being moved into sub-packages when the API description
 * was written, so they could not be annotated at the same time.)
 */
final class NullableUntilAnnotated {

    private static final Set<String> PROPERTIES = Set.of();

    private NullableUntilAnnotated() {
    }

    static boolean contains(String schema, String property) {
        return PROPERTIES.contains(schema + "#" + property);
    }
}
