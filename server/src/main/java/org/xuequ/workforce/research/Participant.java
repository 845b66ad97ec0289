package org.xuequ.workforce.research;

import jakarta.persistence.Embeddable;

/** Someone who attended an activity or wrote an output, with the unit they were at then (what gets the credit). */
@Embeddable
public record Participant(long staffId, long unitId) {}
