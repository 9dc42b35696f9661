package no.sirkel.ogc;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON documents of OGC API Features Part 1 (Core) and Part 2 (CRS by reference) this service serves. */
final class OgcDocuments {

    static final String GEO_JSON = "application/geo+json";
    static final String JSON = "application/json";

    private OgcDocuments() {
    }

    /** A web link (RFC 8288) as OGC API documents carry them. */
    record Link(@Schema(description = "The link's URL") String href,
                @Schema(description = "How it relates: self, next, items, collection, service-desc, conformance, data, "
                        + "...")
                String rel,
                @Schema(description = "The media type at href") String type,
                @Schema(description = "What is there, for people") String title) {
    }

    record LandingPage(@Schema(description = "The API's title") String title,
                       @Schema(description = "What the API serves") String description,
                       @Schema(description = "The API definition, conformance and collections") List<Link> links) {
    }

    record Conformance(@Schema(description = "URIs of the OGC conformance classes implemented")
                       List<String> conformsTo) {
    }

    record Collections(@Schema(description = "This document's own link") List<Link> links,
                       @Schema(description = "The collections the caller may read") List<Collection> collections) {
    }

    /**
     * @param crs        the CRSs items can be had in ({@code crs} parameter), the default first
     * @param storageCrs the CRS positions are kept in
     */
    record Collection(@Schema(description = "The collection's id: supplies, demands, facilities or flows-<scenario id>")
                      String id,
                      @Schema(description = "The collection's title") String title,
                      @Schema(description = "What the collection holds") String description,
                      @Schema(description = "Its items and itself") List<Link> links,
                      @Schema(description = "Where its features lie") Extent extent,
                      @Schema(description = "Always feature") String itemType,
                      @Schema(description = "The CRSs its items can be shown in (OGC URIs)") List<String> crs,
                      @Schema(description = "The CRS the service stores positions in (CRS84)") String storageCrs) {
    }

    /** @param spatial the region the service serves, in CRS84 */
    record Extent(@Schema(description = "The region the service serves, in CRS84") Spatial spatial) {
    }

    /** @param bbox {@code [[minLon, minLat, maxLon, maxLat]]} in CRS84 */
    record Spatial(@Schema(description = "One box [[minLon, minLat, maxLon, maxLat]] in CRS84 degrees")
                   List<List<Double>> bbox,
                   @Schema(description = "The CRS of bbox (CRS84)") String crs) {
    }

    /**
     * A page of items.
     *
     * @param numberMatched  how many features the query selects in all, where known (it is on a page that holds them
     *                       all)
     * @param numberReturned how many this page holds
     */
    @Schema(name = "OgcFeatureCollection", description = "A page of an OGC API collection's items")
    record FeatureCollection(@Schema(description = "Always FeatureCollection") String type,
                             @Schema(description = "The page's features") List<Feature> features,
                             @Schema(description = "self, next (while there are more) and collection")
                             List<Link> links,
                             @Schema(description = "When the page was made (ISO 8601 UTC)") Instant timeStamp,
                             @Schema(description = "How many features match in all (given on a single-page answer)")
                             Integer numberMatched,
                             @Schema(description = "How many features this page holds") int numberReturned) {
    }

    /** @param geometry a {@link Point} or {@link LineString} in the CRS asked for, in its axis order */
    @Schema(name = "OgcFeature", description = "One item of an OGC API collection")
    record Feature(@Schema(description = "Always Feature") String type,
                   @Schema(description = "The feature's id") String id,
                   @Schema(description = "A GeoJSON Point (listings, facilities) or LineString (flows) in the CRS "
                           + "asked for")
                   Object geometry,
                   @Schema(description = "The listing's, facility's or flow's fields, names in the reader's language")
                   Object properties,
                   @Schema(description = "The feature itself and its collection") List<Link> links) {

        Feature(String id, Object geometry, Object properties) {
            this("Feature", id, geometry, properties, null);
        }

        Feature withLinks(List<Link> featureLinks) {
            return new Feature(type, id, geometry, properties, featureLinks);
        }
    }

    @Schema(name = "OgcPoint", description = "A GeoJSON Point in the CRS asked for")
    record Point(@Schema(description = "Always Point") String type,
                 @Schema(description = "The position in the CRS asked for, in its axis order")
                 List<Double> coordinates) {
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
