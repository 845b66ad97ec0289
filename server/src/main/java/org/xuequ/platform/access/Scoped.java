package org.xuequ.platform.access;

/** A row that lives somewhere in the region > district > unit hierarchy. */
public interface Scoped {

    ScopeTarget scopeTarget();
}
