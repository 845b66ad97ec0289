package org.xuequ.engine.balance;

/**
 * One suggested step.
 *
 * @param change the step: one unit moved or added
 * @param target the indicator whose CV it lowers (the change's indicator)
 * @param cvBefore the target's CV now
 * @param cvAfter the target's CV after the step
 * @param gainPerUnit (cvBefore − cvAfter) / (amount / unitSize): CV lowered per unit
 * @param unitSize 1 teacher, 1 room, 10,000 yuan, 100 m² (2012: 10 computers, 1,000 books)
 * @param failingBefore schools failing the 2017 per-school test now (0 under 2012)
 * @param failingAfter schools failing it after the step (0 under 2012)
 */
public record Suggestion(
        Change change,
        Indicator target,
        double cvBefore,
        double cvAfter,
        double gainPerUnit,
        double unitSize,
        int failingBefore,
        int failingAfter) {}
