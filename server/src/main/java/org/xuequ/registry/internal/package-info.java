/**
 * What the registry's sub-packages share and no other module sees: scope paths of the aggregates,
 * the platform's {@code ScopeDirectory}, and the Java migrations that load reference data.
 */
package org.xuequ.registry.internal;
