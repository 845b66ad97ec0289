package org.xuequ.sharing.catalogue;

/** School grades a resource suits: kindergarten K1–K3, primary P1–P6, junior J1–J3, senior S1–S3. */
public enum Grade {
    K1,
    K2,
    K3,
    P1,
    P2,
    P3,
    P4,
    P5,
    P6,
    J1,
    J2,
    J3,
    S1,
    S2,
    S3
}
