package org.xuequ.engine.zoning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A zoning problem (划片): address blocks (compounds, 小区) with their children, schools with their seats,
 * and optionally the current zoning, a cap on the share of children who may change school, and locks
 * from the workbench. Immutable and thread-safe; build it with {@link #builder()}.
 *
 * <p>Blocks and schools are numbered 0, 1, … in the order they were added; the solution reports in the
 * same order.
 */
public final class ZoningProblem {

    final String[] blockIds;
    final double[] blockLon;
    final double[] blockLat;
    final int[] children;
    final String[] schoolIds;
    final double[] schoolLon;
    final double[] schoolLat;
    final int[] seats;
    /** Current school of each block, -1 if none (a new compound, or no current zoning given). */
    final int[] current;

    final boolean hasCurrent;
    /** NaN when there is no cap. */
    final double maxMovedShare;
    /** Locked school of each block, -1 if free. A block of a locked school is locked to it. */
    final int[] locked;
    /** A locked school keeps exactly its current blocks: no other block may be zoned to it. */
    final boolean[] schoolLocked;

    private final Map<String, Integer> blockIndex;
    private final Map<String, Integer> schoolIndex;

    private ZoningProblem(Builder b) {
        int nb = b.blockIds.size();
        int ns = b.schoolIds.size();
        blockIds = b.blockIds.toArray(String[]::new);
        blockLon = Arrays.copyOf(b.blockLon, nb);
        blockLat = Arrays.copyOf(b.blockLat, nb);
        children = Arrays.copyOf(b.children, nb);
        schoolIds = b.schoolIds.toArray(String[]::new);
        schoolLon = Arrays.copyOf(b.schoolLon, ns);
        schoolLat = Arrays.copyOf(b.schoolLat, ns);
        seats = Arrays.copyOf(b.seats, ns);
        blockIndex = Map.copyOf(b.blockIndex);
        schoolIndex = Map.copyOf(b.schoolIndex);

        current = new int[nb];
        Arrays.fill(current, -1);
        for (Map.Entry<String, String> e : b.current.entrySet()) {
            current[blockIndex.get(e.getKey())] = school(e.getValue(), "current zoning of block " + e.getKey());
        }
        hasCurrent = !b.current.isEmpty();
        if (b.maxMovedShare != null && !hasCurrent) {
            throw new InvalidZoningException("a moved-share cap needs the current zoning");
        }
        maxMovedShare = b.maxMovedShare == null ? Double.NaN : b.maxMovedShare;

        schoolLocked = new boolean[ns];
        locked = new int[nb];
        Arrays.fill(locked, -1);
        for (String s : b.lockedSchools) {
            if (!hasCurrent) {
                throw new InvalidZoningException("locking school " + s + " needs the current zoning");
            }
            schoolLocked[school(s, "lock")] = true;
        }
        for (int i = 0; i < nb; i++) {
            if (current[i] >= 0 && schoolLocked[current[i]]) {
                locked[i] = current[i];
            }
        }
        for (Map.Entry<String, String> e : b.locks.entrySet()) {
            int block = blockIndex.get(e.getKey());
            int s = school(e.getValue(), "lock of block " + e.getKey());
            if (locked[block] >= 0 && locked[block] != s) {
                throw new InvalidZoningException("block " + e.getKey() + " is locked to " + e.getValue()
                        + " but its school " + schoolIds[locked[block]] + " is locked too");
            }
            if (schoolLocked[s] && current[block] != s) {
                throw new InvalidZoningException("block " + e.getKey() + " is locked to school " + e.getValue()
                        + ", which is locked to its current blocks");
            }
            locked[block] = s;
        }
    }

    /** The same problem without locks, to tell which constraint makes an infeasible problem so. */
    private ZoningProblem(ZoningProblem p) {
        blockIds = p.blockIds;
        blockLon = p.blockLon;
        blockLat = p.blockLat;
        children = p.children;
        schoolIds = p.schoolIds;
        schoolLon = p.schoolLon;
        schoolLat = p.schoolLat;
        seats = p.seats;
        current = p.current;
        hasCurrent = p.hasCurrent;
        maxMovedShare = p.maxMovedShare;
        locked = new int[p.locked.length];
        Arrays.fill(locked, -1);
        schoolLocked = new boolean[p.schoolLocked.length];
        blockIndex = p.blockIndex;
        schoolIndex = p.schoolIndex;
    }

    ZoningProblem withoutLocks() {
        return new ZoningProblem(this);
    }

    boolean hasLocks() {
        for (int s : locked) {
            if (s >= 0) {
                return true;
            }
        }
        return false;
    }

    private int school(String id, String where) {
        Integer s = schoolIndex.get(id);
        if (s == null) {
            throw new InvalidZoningException(where + ": unknown school " + id);
        }
        return s;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int blockCount() {
        return blockIds.length;
    }

    public int schoolCount() {
        return schoolIds.length;
    }

    public String blockId(int block) {
        return blockIds[block];
    }

    public String schoolId(int school) {
        return schoolIds[school];
    }

    public int children(int block) {
        return children[block];
    }

    public int seats(int school) {
        return seats[school];
    }

    /** Index of a block id, or -1. */
    public int blockIndex(String id) {
        return blockIndex.getOrDefault(id, -1);
    }

    /** Index of a school id, or -1. */
    public int schoolIndex(String id) {
        return schoolIndex.getOrDefault(id, -1);
    }

    /** The block's current school, or -1 (no current zoning, or a block that is new). */
    public int currentSchool(int block) {
        return current[block];
    }

    public boolean hasCurrentZoning() {
        return hasCurrent;
    }

    /** The cap F on the share of all children who may change school, if any. */
    public OptionalDouble maxMovedShare() {
        return Double.isNaN(maxMovedShare) ? OptionalDouble.empty() : OptionalDouble.of(maxMovedShare);
    }

    /** The school a block is locked to (directly or through a locked school), or -1. */
    public int lockedSchool(int block) {
        return locked[block];
    }

    public boolean isSchoolLocked(int school) {
        return schoolLocked[school];
    }

    public long totalChildren() {
        long sum = 0;
        for (int c : children) {
            sum += c;
        }
        return sum;
    }

    public long totalSeats() {
        long sum = 0;
        for (int s : seats) {
            sum += s;
        }
        return sum;
    }

    /** Distance in metres from a block to a school (haversine). */
    public double metres(int block, int school) {
        return Haversine.metres(blockLon[block], blockLat[block], schoolLon[school], schoolLat[school]);
    }

    /** Collects blocks, schools, the current zoning and locks; {@link #build()} checks them. */
    public static final class Builder {
        private final List<String> blockIds = new ArrayList<>();
        private double[] blockLon = new double[16];
        private double[] blockLat = new double[16];
        private int[] children = new int[16];
        private final List<String> schoolIds = new ArrayList<>();
        private double[] schoolLon = new double[16];
        private double[] schoolLat = new double[16];
        private int[] seats = new int[16];
        private final Map<String, Integer> blockIndex = new HashMap<>();
        private final Map<String, Integer> schoolIndex = new HashMap<>();
        private final Map<String, String> current = new HashMap<>();
        private final Map<String, String> locks = new HashMap<>();
        private final List<String> lockedSchools = new ArrayList<>();
        private Double maxMovedShare;

        private Builder() {}

        /** Adds a block: a compound that is zoned whole. Children ≥ 0. */
        public Builder block(String id, double lon, double lat, int children) {
            check(id, lon, lat, children, "block", "children");
            if (blockIndex.putIfAbsent(id, blockIds.size()) != null) {
                throw new InvalidZoningException("block " + id + " is given twice");
            }
            int i = blockIds.size();
            if (i == blockLon.length) {
                blockLon = Arrays.copyOf(blockLon, i * 2);
                blockLat = Arrays.copyOf(blockLat, i * 2);
                this.children = Arrays.copyOf(this.children, i * 2);
            }
            blockIds.add(id);
            blockLon[i] = lon;
            blockLat[i] = lat;
            this.children[i] = children;
            return this;
        }

        /** Adds a school with its seats (≥ 0) for the zoned grade. */
        public Builder school(String id, double lon, double lat, int seats) {
            check(id, lon, lat, seats, "school", "seats");
            if (schoolIndex.putIfAbsent(id, schoolIds.size()) != null) {
                throw new InvalidZoningException("school " + id + " is given twice");
            }
            int i = schoolIds.size();
            if (i == schoolLon.length) {
                schoolLon = Arrays.copyOf(schoolLon, i * 2);
                schoolLat = Arrays.copyOf(schoolLat, i * 2);
                this.seats = Arrays.copyOf(this.seats, i * 2);
            }
            schoolIds.add(id);
            schoolLon[i] = lon;
            schoolLat[i] = lat;
            this.seats[i] = seats;
            return this;
        }

        /** The block's school in the current zoning. Blocks never given one are new: they never count as moved. */
        public Builder current(String blockId, String schoolId) {
            requireBlock(blockId);
            if (current.putIfAbsent(blockId, schoolId) != null) {
                throw new InvalidZoningException("block " + blockId + " has two current schools");
            }
            return this;
        }

        /**
         * At most this share of all children (those of new blocks included) may be zoned to a school other
         * than their current one. Needs the current zoning.
         */
        public Builder maxMovedShare(double share) {
            if (!(share >= 0 && share <= 1)) {
                throw new InvalidZoningException("the moved share must be between 0 and 1, got " + share);
            }
            maxMovedShare = share;
            return this;
        }

        /** Fixes a block to a school. */
        public Builder lockBlock(String blockId, String schoolId) {
            requireBlock(blockId);
            if (locks.putIfAbsent(blockId, schoolId) != null
                    && !locks.get(blockId).equals(schoolId)) {
                throw new InvalidZoningException("block " + blockId + " is locked to two schools");
            }
            return this;
        }

        /** Freezes a school's zone: it keeps exactly its current blocks. Needs the current zoning. */
        public Builder lockSchool(String schoolId) {
            lockedSchools.add(schoolId);
            return this;
        }

        public ZoningProblem build() {
            return new ZoningProblem(this);
        }

        private void requireBlock(String blockId) {
            if (!blockIndex.containsKey(blockId)) {
                throw new InvalidZoningException("unknown block " + blockId);
            }
        }

        private static void check(String id, double lon, double lat, int count, String what, String column) {
            if (id == null || id.isEmpty()) {
                throw new InvalidZoningException(what + " id is empty");
            }
            if (!(lon >= -180 && lon <= 180)) {
                throw new InvalidZoningException(what + " " + id + ": longitude " + lon + " is outside -180…180");
            }
            if (!(lat >= -90 && lat <= 90)) {
                throw new InvalidZoningException(what + " " + id + ": latitude " + lat + " is outside -90…90");
            }
            if (count < 0) {
                throw new InvalidZoningException(what + " " + id + ": " + column + " " + count + " is negative");
            }
        }
    }
}
