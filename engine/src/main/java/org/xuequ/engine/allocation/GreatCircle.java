package org.xuequ.engine.allocation;

/**
 * Great-circle distance between WGS-84 points on a sphere of radius 6,371,000 m (haversine). Computed
 * with {@link StrictMath}, whose results are the same on every JVM and platform: a replayed draw must
 * pick the same nearest school bit for bit, and {@code Math}'s intrinsics may differ in the last place.
 */
final class GreatCircle {

    /** Mean Earth radius in metres (IUGG). */
    static final double EARTH_RADIUS_METRES = 6_371_000.0;

    private GreatCircle() {}

    /** Metres between two points given in degrees, longitude first. */
    static double metres(double lon1, double lat1, double lon2, double lat2) {
        double phi1 = StrictMath.toRadians(lat1);
        double phi2 = StrictMath.toRadians(lat2);
        double sinHalfDphi = StrictMath.sin((phi2 - phi1) / 2);
        double sinHalfDlambda = StrictMath.sin(StrictMath.toRadians(lon2 - lon1) / 2);
        double h = sinHalfDphi * sinHalfDphi
                + StrictMath.cos(phi1) * StrictMath.cos(phi2) * sinHalfDlambda * sinHalfDlambda;
        // min(1, h): rounding can push h a hair above 1 for antipodal points
        return 2 * EARTH_RADIUS_METRES * StrictMath.asin(StrictMath.sqrt(Math.min(1.0, h)));
    }

    /** Finite degrees within -180…180 (longitude) and -90…90 (latitude). */
    static boolean valid(double lon, double lat) {
        return lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90;
    }
}
