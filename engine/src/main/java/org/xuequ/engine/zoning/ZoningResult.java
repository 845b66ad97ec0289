package org.xuequ.engine.zoning;

/**
 * What {@link ZoningSolver#solve} returns: a {@link ZoningSolution}, a proof that no zoning exists
 * ({@link Infeasible}), or neither within the time limit ({@link NoSolutionFound}).
 */
public sealed interface ZoningResult permits ZoningSolution, Infeasible, NoSolutionFound {}
