package org.xuequ.engine.zoning;

import java.time.Duration;

/**
 * The time limit ran out before any zoning was found and before infeasibility was proven. Only seen on
 * tightly packed instances (seats barely above children); a longer limit may settle it.
 *
 * @param explanation what was tried
 * @param elapsed the time spent
 */
public record NoSolutionFound(String explanation, Duration elapsed) implements ZoningResult {}
