package org.xuequ.registry;

/** 公办, 普惠性民办, 民办. */
public enum Ownership {
    PUBLIC,
    PRIVATE_INCLUSIVE,
    PRIVATE
}
