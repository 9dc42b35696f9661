package no.sirkel.ogc;

import java.time.Instant;
import java.util.List;

/** The JSON documents of OGC API Features Part 1 (Core) and Part 2 (CRS by reference) this service serves. */
final class OgcDocuments {

    static final String GEO_JSON = "application/geo+json";
    static final String JSON = "application/json";

    private OgcDocuments() {
    }

    /** A web link (RFC 8288) as OGC API documents carry them. */
    record Link(String href, String rel, String type, String title) {
    }

    record LandingPage(String title, String description, List<Link> links) {
    }

    record Conformance(List<String> conformsTo) {
    }

    record Collections(List<Link> links, List<Collection> collections) {
    }

    /**
     * @param crs        the CRSs items can be had in ({@code crs} parameter), the default first
     * @param storageCrs the CRS positions are kept in
     */
    record Collection(String id, String title, String description, List<Link> links, Extent extent, String itemType,
                      List<String> crs, String storageCrs) {
    }

    /** @param spatial the region the service serves, in CRS84 */
    record Extent(Spatial spatial) {
    }

    /** @param bbox {@code [[minLon, minLat, maxLon, maxLat]]} in CRS84 */
    record Spatial(List<List<Double>> bbox, String crs) {
    }

    /**
     * A page of items.
     *
     * @param numberMatched  how many features the query selects in all, where known (it is on a page that holds them
     *                       all)
     * @param numberReturned how many this page holds
     */
    record FeatureCollection(String type, List<Feature> features, List<Link> links, Instant timeStamp,
                             Integer numberMatched, int numberReturned) {
    }

    /** @param geometry a {@link Point} or {@link LineString} in the CRS asked for, in its axis order */
    record Feature(String type, String id, Object geometry, Object properties, List<Link> links) {

        Feature(String id, Object geometry, Object properties) {
            this("Feature", id, geometry, properties, null);
        }

        Feature withLinks(List<Link> featureLinks) {
            return new Feature(type, id, geometry, properties, featureLinks);
        }
    }

    record Point(String type, List<Double> coordinates) {
        Point(List<Double> coordinates) {
            this("Point", coordinates);
        }
    }

    record LineString(String type, List<List<Double>> coordinates) {
        LineString(List<List<Double>> coordinates) {
            this("LineString", coordinates);
        }
    }
}
