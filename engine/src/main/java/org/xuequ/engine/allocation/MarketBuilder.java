package org.xuequ.engine.allocation;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Collects schools, applicants, priorities and pre-assigned seats, checking each call as it comes so
 * that a file reader can report the line at fault. (A repeated applicant id is the one exception when
 * nothing has been looked up by applicant id yet: it is then reported by {@link #build()}, because
 * applicant ids are indexed in bulk.) Add schools first, then applicants, then
 * priorities and pre-assigned seats. Not thread-safe; {@link #build()} may be called once.
 */
public final class MarketBuilder {

    private final IdIndex schools = new IdIndex("school", 64, true);
    private int[] capacities = new int[64];
    // applicant ids are indexed in bulk when first looked up or at build(): a million one-by-one
    // inserts would cost a cache miss each
    private IdIndex applicants = new IdIndex("applicant", 1024, false);
    private int[] choiceStart = new int[1025];
    private int[] choices = new int[4096];
    private byte[] tiers = new byte[4096];
    private int[] guaranteed = new int[1024];
    private int choiceCount;
    private boolean built;
    // longitude, latitude pairs, NaN until given; null until the first location of the kind
    private double[] schoolLocations;
    private double[] applicantLocations;

    MarketBuilder() {}

    public MarketBuilder school(String id, int capacity) {
        checkId(id, "school");
        if (capacity < 0) {
            throw new InvalidMarketException("capacity of school " + id + " must not be negative, got " + capacity);
        }
        int index = schools.add(id);
        if (index < 0) {
            throw new InvalidMarketException("school " + id + " is listed twice");
        }
        if (index == capacities.length) {
            capacities = Arrays.copyOf(capacities, index * 2);
        }
        capacities[index] = capacity;
        return this;
    }

    /**
     * Sizes the builder for about this many applicants with this many preferences in all, so that
     * loading a city does not copy its arrays over and over as they grow. Call before adding applicants.
     */
    public MarketBuilder expect(int applicantCount, int preferenceCount) {
        if (applicants.size() > 0) {
            throw new IllegalStateException("call expect(...) before adding applicants");
        }
        applicants = new IdIndex("applicant", applicantCount, false);
        choiceStart = new int[Math.max(choiceStart.length, applicantCount + 2)];
        guaranteed = new int[choiceStart.length];
        choices = new int[Math.max(choices.length, preferenceCount)];
        tiers = new byte[choices.length];
        return this;
    }

    /** Index of a school added so far, or -1. */
    public int schoolIndex(String id) {
        return schools.find(id);
    }

    /** Index of an applicant added so far, or -1. */
    public int applicantIndex(String id) {
        return applicants.find(id);
    }

    public MarketBuilder applicant(String id, String... preferences) {
        return applicant(id, Arrays.asList(preferences));
    }

    /** Adds an applicant with school ids, most preferred first. */
    public MarketBuilder applicant(String id, List<String> preferences) {
        int[] indexes = new int[preferences.size()];
        for (int k = 0; k < indexes.length; k++) {
            String schoolId = Objects.requireNonNull(preferences.get(k), "school id");
            indexes[k] = schools.find(schoolId);
            if (indexes[k] < 0) {
                throw new InvalidMarketException("applicant " + id + " ranks unknown school " + schoolId);
            }
        }
        return applicant(id, indexes, indexes.length);
    }

    /** Adds an applicant whose first {@code count} entries of {@code schoolIndexes} are their ranked schools. */
    public MarketBuilder applicant(String id, int[] schoolIndexes, int count) {
        checkId(id, "applicant");
        for (int k = 0; k < count; k++) {
            int school = schoolIndexes[k];
            if (school < 0 || school >= schools.size()) {
                throw new InvalidMarketException("applicant " + id + " ranks unknown school #" + school);
            }
            for (int j = 0; j < k; j++) {
                if (schoolIndexes[j] == school) {
                    throw new InvalidMarketException(
                            "applicant " + id + " lists school " + schools.id(school) + " twice");
                }
            }
        }
        int index = applicants.add(id);
        if (index < 0) {
            throw new InvalidMarketException("applicant " + id + " is listed twice");
        }
        if (index + 2 > choiceStart.length) {
            choiceStart = Arrays.copyOf(choiceStart, choiceStart.length * 2);
            guaranteed = Arrays.copyOf(guaranteed, choiceStart.length);
        }
        if (choiceCount + count > choices.length) {
            int length = Math.max(choices.length * 2, choiceCount + count);
            choices = Arrays.copyOf(choices, length);
            tiers = Arrays.copyOf(tiers, length);
        }
        System.arraycopy(schoolIndexes, 0, choices, choiceCount, count);
        Arrays.fill(tiers, choiceCount, choiceCount + count, (byte) PriorityTier.NONE);
        choiceCount += count;
        choiceStart[index + 1] = choiceCount;
        guaranteed[index] = -1;
        return this;
    }

    public MarketBuilder priority(String schoolId, String applicantId, int tier) {
        return priority(requireSchool(schoolId), requireApplicant(applicantId), tier);
    }

    /**
     * Gives the applicant a tier at the school. A tier at a school the applicant does not rank is
     * accepted and has no effect, since they never apply there.
     */
    public MarketBuilder priority(int school, int applicant, int tier) {
        PriorityTier.check(tier);
        for (int c = choiceStart[applicant]; c < choiceStart[applicant + 1]; c++) {
            if (choices[c] == school) {
                if (tiers[c] != PriorityTier.NONE) {
                    throw new InvalidMarketException("priority of applicant " + applicants.id(applicant) + " at school "
                            + schools.id(school) + " is given twice");
                }
                tiers[c] = (byte) tier;
            }
        }
        return this;
    }

    public MarketBuilder guaranteedSeat(String applicantId, String schoolId) {
        return guaranteedSeat(requireApplicant(applicantId), requireSchool(schoolId));
    }

    /** Pre-assigns a seat (对口直升, 九年一贯) at the school to the applicant. */
    public MarketBuilder guaranteedSeat(int applicant, int school) {
        if (guaranteed[applicant] >= 0) {
            throw new InvalidMarketException("applicant " + applicants.id(applicant)
                    + " already has a pre-assigned seat at " + schools.id(guaranteed[applicant]));
        }
        guaranteed[applicant] = school;
        return this;
    }

    public MarketBuilder schoolLocation(String schoolId, double longitude, double latitude) {
        return schoolLocation(requireSchool(schoolId), longitude, latitude);
    }

    /** Where the school is (WGS-84 degrees), for a NEAREST stage; a school without one takes no part there. */
    public MarketBuilder schoolLocation(int school, double longitude, double latitude) {
        schoolLocations = grown(schoolLocations, schools.size());
        if (!place(schoolLocations, school, longitude, latitude)) {
            throw badLocation("school " + schools.id(school), schoolLocations, school, longitude, latitude);
        }
        return this;
    }

    public MarketBuilder applicantLocation(String applicantId, double longitude, double latitude) {
        return applicantLocation(requireApplicant(applicantId), longitude, latitude);
    }

    /**
     * Where the applicant lives (WGS-84 degrees; their address block), for a NEAREST stage; an applicant
     * without one is not placed there.
     */
    public MarketBuilder applicantLocation(int applicant, double longitude, double latitude) {
        applicantLocations = grown(applicantLocations, applicants.size());
        if (!place(applicantLocations, applicant, longitude, latitude)) {
            throw badLocation(
                    "applicant " + applicants.id(applicant), applicantLocations, applicant, longitude, latitude);
        }
        return this;
    }

    /** Room for {@code size} pairs, new ones NaN. */
    private static double[] grown(double[] locations, int size) {
        if (locations != null && locations.length >= 2 * size) {
            return locations;
        }
        int old = locations == null ? 0 : locations.length;
        double[] out = locations == null ? new double[2 * size] : Arrays.copyOf(locations, Math.max(2 * size, 2 * old));
        Arrays.fill(out, old, out.length, Double.NaN);
        return out;
    }

    /** Stores the pair unless it is out of range or the index already has one. */
    private static boolean place(double[] locations, int index, double lon, double lat) {
        if (!GreatCircle.valid(lon, lat) || !Double.isNaN(locations[2 * index])) {
            return false;
        }
        locations[2 * index] = lon;
        locations[2 * index + 1] = lat;
        return true;
    }

    private static InvalidMarketException badLocation(
            String what, double[] locations, int index, double lon, double lat) {
        return new InvalidMarketException(
                GreatCircle.valid(lon, lat) && !Double.isNaN(locations[2 * index])
                        ? "location of " + what + " is given twice"
                        : "location of " + what + " must be longitude -180…180 and latitude -90…90, got " + lon + ", "
                                + lat);
    }

    private static double[] sized(double[] locations, int count) {
        if (locations == null || locations.length == 2 * count) {
            return locations;
        }
        double[] out = Arrays.copyOf(locations, 2 * count);
        if (locations.length < out.length) {
            Arrays.fill(out, locations.length, out.length, Double.NaN);
        }
        return out;
    }

    public Market build() {
        if (built) {
            throw new IllegalStateException("build() was already called");
        }
        built = true;
        int repeat = applicants.firstRepeat();
        if (repeat >= 0) {
            throw new InvalidMarketException("applicant " + applicants.id(repeat) + " is listed twice");
        }
        int n = applicants.size();
        int schoolCount = schools.size();
        int[] holders = new int[schoolCount];
        int extra = 0;
        for (int a = 0; a < n; a++) {
            if (guaranteed[a] >= 0) {
                holders[guaranteed[a]]++;
                extra++;
            }
        }
        for (int s = 0; s < schoolCount; s++) {
            if (holders[s] > capacities[s]) {
                throw new InvalidMarketException("school " + schools.id(s) + " has " + holders[s]
                        + " pre-assigned seats but capacity " + capacities[s]);
            }
        }
        int[] start = new int[n + 1];
        int[] outChoices = new int[choiceCount + extra];
        int[] outGuaranteed = Arrays.copyOf(guaranteed, n);
        int w = 0;
        for (int a = 0; a < n; a++) {
            int g = guaranteed[a];
            int c = choiceStart[a];
            int end = choiceStart[a + 1];
            for (; c < end; c++) {
                outChoices[w++] = Market.choice(choices[c], tiers[c]);
                if (choices[c] == g) {
                    break; // nothing ranked below a guaranteed seat can be wanted
                }
            }
            if (g >= 0) {
                outChoices[c == end ? w++ : w - 1] = Market.choice(g, PriorityTier.GUARANTEED);
            }
            start[a + 1] = w;
        }
        return new Market(
                schools,
                Arrays.copyOf(capacities, schoolCount),
                applicants,
                start,
                w == outChoices.length ? outChoices : Arrays.copyOf(outChoices, w),
                outGuaranteed,
                sized(schoolLocations, schoolCount),
                sized(applicantLocations, n));
    }

    private int requireSchool(String id) {
        int s = schools.find(id);
        if (s < 0) {
            throw new InvalidMarketException("unknown school " + id);
        }
        return s;
    }

    private int requireApplicant(String id) {
        int a = applicants.find(id);
        if (a < 0) {
            throw new InvalidMarketException("unknown applicant " + id);
        }
        return a;
    }

    private static void checkId(String id, String what) {
        if (id == null || id.isEmpty()) {
            throw new InvalidMarketException(what + " id must not be empty");
        }
    }
}
