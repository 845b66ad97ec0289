/**
 * Balance between schools by the national method. Named interface {@code balance}: the planning module reads
 * {@link org.xuequ.evaluation.balance.BalanceCalculations#trend} for plan indicators computed from the platform.
 */
@org.springframework.modulith.NamedInterface("balance")
package org.xuequ.evaluation.balance;
