/**
 * Supervision (督导, seed 003 §二(二)3 and §四(一), seed 002 六(二), seed 004): inspectors and liaisons with the
 * units they answer for; rubrics (督导指标) as versioned templates; plans per district and term with random
 * draws that anyone can replay; inspections of four kinds, filled in on a phone as a draft, with photos; findings
 * that close a loop — criterion → finding → rectification order (owner, deadline) → recheck → points; a points
 * ledger per unit and year that the annual assessment reads; reports generated from the records; and units'
 * self-supervision (自我督导) on the same rubric.
 * <p>
 * Sub-packages: {@code inspectors}, {@code rubrics}, {@code plans}, {@code inspections}, {@code photos},
 * {@code findings}, {@code points}, {@code reports}; each keeps its controllers in its own {@code web}. The REST
 * contract is in API.md beside this file.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Supervision 督导",
        allowedDependencies = {
            "platform",
            "platform :: *",
            "registry",
            "registry :: districts",
            "evaluation :: assessment",
            "governance"
        })
package org.xuequ.supervision;
