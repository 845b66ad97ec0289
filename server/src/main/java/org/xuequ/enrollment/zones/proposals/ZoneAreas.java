package org.xuequ.enrollment.zones.proposals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.xuequ.enrollment.zones.ZoneKind;

/**
 * Zones and districts drawn as areas: each address block owns its Voronoi cell (the ground nearer to it than
 * to any other block), a zone is the union of its blocks' cells and a district the union of its zones, all
 * clipped to the region's outline. The registry keeps no boundary of a region, so the outline is the convex
 * hull of the region's blocks and schools with a {@value #MARGIN_METRES} m margin. Computed in a local plane
 * (longitude scaled by the cosine of the mean latitude) so that cells are not stretched east-west, and served
 * as GeoJSON (WGS-84 longitude, latitude).
 */
public final class ZoneAreas {

    static final double MARGIN_METRES = 400;
    private static final double METRES_PER_DEGREE = 111_194.93;

    private ZoneAreas() {}

    /** A GeoJSON FeatureCollection. */
    public record FeatureCollection(String type, List<Feature> features) {}

    /** A GeoJSON Feature. */
    public record Feature(String type, Shape geometry, Properties properties) {}

    /**
     * A GeoJSON geometry: Point ([lon, lat]), Polygon or MultiPolygon (rings of [lon, lat]).
     *
     * @param coordinates nested arrays as GeoJSON nests them for the type
     */
    public record Shape(String type, Object coordinates) {}

    /**
     * What a feature is.
     *
     * @param layer OUTLINE, DISTRICT, ZONE, BLOCK or SCHOOL
     * @param zoneNo the zone (ZONE, BLOCK), numbered as in the proposal
     * @param moved BLOCK: its new zone keeps none of its current schools
     */
    public record Properties(
            String layer,
            @Nullable Long id,
            @Nullable String name,
            @Nullable Integer zoneNo,
            @Nullable Long districtId,
            @Nullable String districtName,
            @Nullable ZoneKind kind,
            @Nullable Integer children,
            @Nullable Integer seats,
            @Nullable Boolean moved) {}

    static FeatureCollection draw(
            WorkbenchInputs inputs,
            ProposalZoning zoning,
            Map<Long, String> districtNames,
            Map<Long, Set<Long>> currentSchools,
            LongPredicate visible) {
        List<WorkbenchInputs.Block> located =
                inputs.blocks().stream().filter(WorkbenchInputs.Block::located).toList();
        List<Feature> features = new ArrayList<>();
        if (located.isEmpty()) {
            return new FeatureCollection("FeatureCollection", features);
        }
        Plane plane = Plane.at(located.stream()
                .mapToDouble(WorkbenchInputs.Block::lat)
                .average()
                .orElse(0));
        GeometryFactory gf = new GeometryFactory();
        List<Coordinate> points = new ArrayList<>();
        located.forEach(b -> points.add(plane.to(b.lon(), b.lat())));
        inputs.schools().forEach(s -> points.add(plane.to(s.lon(), s.lat())));
        Geometry outline = gf.createMultiPointFromCoords(points.toArray(Coordinate[]::new))
                .convexHull()
                .buffer(MARGIN_METRES / METRES_PER_DEGREE, 8);
        Map<Long, Geometry> cells = cells(located, plane, gf, outline);

        Map<Long, ProposalZoning.Zone> zoneOf = zoning.zoneByBlock();
        Map<Long, List<Geometry>> byDistrict = new LinkedHashMap<>();
        List<Feature> zoneFeatures = new ArrayList<>();
        for (ProposalZoning.Zone z : zoning.zones()) {
            if (!visible.test(z.districtId())) {
                continue;
            }
            List<Geometry> parts =
                    z.blockIds().stream().map(cells::get).filter(g -> g != null).toList();
            if (parts.isEmpty()) {
                continue;
            }
            Geometry area = UnaryUnionOp.union(parts).intersection(outline);
            byDistrict.computeIfAbsent(z.districtId(), k -> new ArrayList<>()).add(area);
            zoneFeatures.add(feature(
                    plane,
                    area,
                    new Properties(
                            "ZONE",
                            null,
                            z.name(),
                            z.no(),
                            z.districtId(),
                            districtNames.get(z.districtId()),
                            z.kind(),
                            z.blockIds().stream().mapToInt(zoning::childrenOf).sum(),
                            null,
                            null)));
        }
        features.add(feature(
                plane, outline, new Properties("OUTLINE", null, null, null, null, null, null, null, null, null)));
        byDistrict.forEach((district, areas) -> features.add(feature(
                plane,
                UnaryUnionOp.union(areas),
                new Properties(
                        "DISTRICT",
                        district,
                        districtNames.get(district),
                        null,
                        district,
                        districtNames.get(district),
                        null,
                        null,
                        null,
                        null))));
        features.addAll(zoneFeatures);
        for (WorkbenchInputs.Block b : located) {
            ProposalZoning.Zone z = zoneOf.get(b.id());
            if (z == null || !visible.test(z.districtId())) {
                continue;
            }
            Set<Long> was = currentSchools.getOrDefault(b.id(), Set.of());
            boolean moved = !was.isEmpty() && z.schoolIds().stream().noneMatch(was::contains);
            features.add(new Feature(
                    "Feature",
                    new Shape("Point", lonLat(b.lon(), b.lat())),
                    new Properties(
                            "BLOCK",
                            b.id(),
                            b.name(),
                            z.no(),
                            z.districtId(),
                            null,
                            null,
                            zoning.childrenOf(b.id()),
                            null,
                            moved)));
        }
        for (WorkbenchInputs.School s : inputs.schools()) {
            if (visible.test(s.districtId())) {
                features.add(new Feature(
                        "Feature",
                        new Shape("Point", lonLat(s.lon(), s.lat())),
                        new Properties(
                                "SCHOOL",
                                s.id(),
                                s.name(),
                                null,
                                s.districtId(),
                                s.districtName(),
                                null,
                                null,
                                s.seats(),
                                null)));
            }
        }
        return new FeatureCollection("FeatureCollection", features);
    }

    /** Each block's Voronoi cell; blocks at the same point share one cell (the first keeps it). */
    private static Map<Long, Geometry> cells(
            List<WorkbenchInputs.Block> located, Plane plane, GeometryFactory gf, Geometry outline) {
        Map<Coordinate, Long> owner = new HashMap<>();
        List<Coordinate> sites = new ArrayList<>();
        for (WorkbenchInputs.Block b : located) {
            Coordinate c = plane.to(b.lon(), b.lat());
            if (owner.putIfAbsent(c, b.id()) == null) {
                sites.add(c);
            }
        }
        Map<Long, Geometry> cells = new HashMap<>();
        if (sites.size() == 1) {
            cells.put(owner.get(sites.get(0)), outline);
            return cells;
        }
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        MultiPoint multi = gf.createMultiPointFromCoords(sites.toArray(Coordinate[]::new));
        builder.setSites(multi);
        Envelope clip = new Envelope(outline.getEnvelopeInternal());
        clip.expandBy(clip.getWidth() + clip.getHeight());
        builder.setClipEnvelope(clip);
        Geometry diagram = builder.getDiagram(gf);
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            if (cell.getUserData() instanceof Coordinate site && owner.containsKey(site)) {
                cells.put(owner.get(site), cell);
            }
        }
        return cells;
    }

    private static Feature feature(Plane plane, Geometry area, Properties properties) {
        List<Object> polygons = new ArrayList<>();
        for (int i = 0; i < area.getNumGeometries(); i++) {
            if (area.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                List<Object> rings = new ArrayList<>();
                rings.add(ring(plane, p.getExteriorRing().getCoordinates()));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    rings.add(ring(plane, p.getInteriorRingN(h).getCoordinates()));
                }
                polygons.add(rings);
            }
        }
        Shape shape =
                polygons.size() == 1 ? new Shape("Polygon", polygons.get(0)) : new Shape("MultiPolygon", polygons);
        return new Feature("Feature", shape, properties);
    }

    private static List<double[]> ring(Plane plane, Coordinate[] coordinates) {
        List<double[]> ring = new ArrayList<>(coordinates.length);
        for (Coordinate c : coordinates) {
            ring.add(lonLat(plane.lon(c), c.y));
        }
        return ring;
    }

    private static double[] lonLat(double lon, double lat) {
        return new double[] {Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6};
    }

    /** Longitude scaled by cos(mean latitude): a local plane where a unit is the same distance both ways. */
    private record Plane(double scale) {
        static Plane at(double latitude) {
            double c = Math.cos(Math.toRadians(latitude));
            return new Plane(c > 0 ? c : 1);
        }

        Coordinate to(double lon, double lat) {
            return new Coordinate(lon * scale, lat);
        }

        double lon(Coordinate c) {
            return c.x / scale;
        }
    }
}
