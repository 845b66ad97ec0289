package org.xuequ.engine.zoning;

/** Great-circle distance on a sphere of radius 6,371,000 m (the mean Earth radius), by the haversine formula. */
public final class Haversine {

    /** Mean Earth radius in metres (IUGG), the radius the zoning contract names. */
    public static final double EARTH_RADIUS_METRES = 6_371_000.0;

    private Haversine() {}

    /** Distance in metres between two WGS-84 points given in degrees (longitude first, as in the CSV files). */
    public static double metres(double lon1, double lat1, double lon2, double lat2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double sinHalfDphi = Math.sin((phi2 - phi1) / 2);
        double sinHalfDlambda = Math.sin(Math.toRadians(lon2 - lon1) / 2);
        double h = sinHalfDphi * sinHalfDphi + Math.cos(phi1) * Math.cos(phi2) * sinHalfDlambda * sinHalfDlambda;
        // min(1, h) guards the rounding of antipodal points, where h can come out a hair above 1
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(Math.min(1.0, h)));
    }
}
