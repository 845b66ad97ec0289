package org.xuequ.platform.internal.apidocs;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names the schemas of our own types by their name inside their package: {@code UnitView}, and for a
 * nested record its enclosing types too, {@code RunViews.Summary}, so two nested {@code Summary} records
 * cannot collapse into one schema (swagger-core's default, the simple name, lets the first one win).
 * The package is left out on purpose: packages move, the contract should not. A generic wrapper of our
 * types is named like swagger-core names it, the wrapper followed by its arguments
 * ({@code PagedModelUnitView}). Two types that would still get one name fail the document loudly.
 */
final class StableSchemaNames implements ModelConverter {

    private static final String OURS = "org.xuequ.";

    /**
     * Shared by every instance in the JVM: springdoc registers each application context's converter in swagger-core's
     * one static chain, where the first instance names a type and the later ones see it named already; a context
     * whose own instance came later (tests keep several contexts) must still find its types.
     */
    private static final Map<String, JavaType> TYPES = new ConcurrentHashMap<>();

    @Override
    public Schema resolve(AnnotatedType annotated, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (annotated.getType() != null
                && (annotated.getName() == null || annotated.getName().isBlank())) {
            JavaType type = TypeFactory.defaultInstance().constructType(annotated.getType());
            String name = nameOf(type);
            if (name != null) {
                JavaType earlier = TYPES.putIfAbsent(name, type);
                if (earlier != null && !earlier.getRawClass().equals(type.getRawClass())) {
                    throw new IllegalStateException("Two types would share the API schema name " + name + ": "
                            + earlier.getRawClass().getName() + " and "
                            + type.getRawClass().getName()
                            + "; rename one (schema names leave out the package)");
                }
                annotated.name(name);
            }
        }
        return chain.hasNext() ? chain.next().resolve(annotated, context, chain) : null;
    }

    /** The Java type a schema of ours was made from, for the rules that shape it afterwards. */
    JavaType typeOf(String schemaName) {
        return TYPES.get(schemaName);
    }

    static String nameOf(JavaType type) {
        if (type.isContainerType() || type.isEnumType() || type.isPrimitive() || type.isArrayType()) {
            return null;
        }
        Class<?> raw = type.getRawClass();
        boolean ours = raw.getName().startsWith(OURS);
        StringBuilder arguments = new StringBuilder();
        boolean anyArgumentOurs = false;
        for (int i = 0; i < type.containedTypeCount(); i++) {
            String argument = nameOf(type.containedType(i));
            if (argument == null) {
                argument = type.containedType(i).getRawClass().getSimpleName();
            } else {
                anyArgumentOurs = true;
            }
            arguments.append(argument);
        }
        if (ours) {
            return localName(raw) + arguments;
        }
        return anyArgumentOurs ? raw.getSimpleName() + arguments : null;
    }

    /** {@code org.xuequ.enrollment.web.RunViews$Summary} → {@code RunViews.Summary}. */
    static String localName(Class<?> type) {
        return type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
    }
}
