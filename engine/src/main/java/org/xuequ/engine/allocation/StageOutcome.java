package org.xuequ.engine.allocation;

/**
 * What one stage did at each school, kept for cutoffs and explanations: seats offered, seats
 * filled and the last admitted applicant (the worst by tier, then lottery). Boston also keeps, for
 * every round, the seats open to ordinary applicants and the worst applicant admitted in that round.
 */
final class StageOutcome {

    final Stage stage;
    final boolean[] inStage;
    final int[] seats;
    final int[] admitted;
    final int[] lastApplicant; // -1 if nobody was admitted
    final int[] lastTier;
    final int[] lastRound; // Boston: 1-based round of the last admission; 0 otherwise

    // Boston only: [round][school]
    int[][] openAtRound;
    int[][] roundLastApplicant;
    int[][] roundLastTier;

    StageOutcome(Stage stage, boolean[] inStage, int[] seats) {
        int schools = seats.length;
        this.stage = stage;
        this.inStage = inStage;
        this.seats = seats.clone();
        this.admitted = new int[schools];
        this.lastApplicant = new int[schools];
        this.lastTier = new int[schools];
        this.lastRound = new int[schools];
        java.util.Arrays.fill(lastApplicant, -1);
    }

    boolean isBoston() {
        return openAtRound != null;
    }
}
