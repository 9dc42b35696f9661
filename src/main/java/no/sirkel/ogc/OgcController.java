package no.sirkel.ogc;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import no.sirkel.geo.Crs;
import no.sirkel.geo.ServiceRegion;
import no.sirkel.material.Language;
import no.sirkel.security.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * OGC API Features (Part 1 Core with GeoJSON, Part 2 CRS by reference) over the marketplace, for GIS clients such as
 * QGIS and GDAL. The landing page and conformance are public; collections take the API's bearer tokens and show each
 * caller what the API would. Items come in the CRS {@code crs} names (CRS84 by default; EPSG:4326, 25832, 25833),
 * said in the answer's {@code Content-Crs}; {@code bbox} is in {@code bbox-crs}.
 */
@RestController
@RequestMapping("/ogc")
class OgcController {

    static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs");

    private final OgcCollections collections;
    private final ServiceRegion region;

    OgcController(OgcCollections collections, ServiceRegion region) {
        this.collections = collections;
        this.region = region;
    }

    @Operation(summary = "OGC API landing page",
            description = "The OGC API Features landing page: links to the API definition, conformance and "
                    + "collections. Open to anyone.")
    @GetMapping(value = {"", "/"}, produces = MediaType.APPLICATION_JSON_VALUE)
    OgcDocuments.LandingPage landingPage(ServerHttpRequest request) {
        String base = base(request);
        return new OgcDocuments.LandingPage("Sirkel: masses and materials",
                "Surplus materials, needs, facilities and planned flows of the region's circular mass marketplace",
                List.of(new OgcDocuments.Link(base, "self", OgcDocuments.JSON, "This document"),
                        new OgcDocuments.Link(root(request) + "/v3/api-docs", "service-desc",
                                "application/vnd.oai.openapi+json;version=3.0", "The API definition"),
                        new OgcDocuments.Link(base + "/conformance", "conformance", OgcDocuments.JSON,
                                "Conformance classes"),
                        new OgcDocuments.Link(base + "/collections", "data", OgcDocuments.JSON, "Collections")));
    }

    @Operation(summary = "OGC API conformance",
            description = "The conformance classes implemented: OGC API Features Part 1 Core and GeoJSON, Part 2 CRS "
                    + "by reference. Open to anyone.")
    @GetMapping(value = "/conformance", produces = MediaType.APPLICATION_JSON_VALUE)
    OgcDocuments.Conformance conformance() {
        return new OgcDocuments.Conformance(CONFORMANCE);
    }

    @Operation(summary = "OGC feature collections",
            description = "The collections the caller may read: supplies, demands, facilities and (PLANNER, ADMIN) "
                    + "each solved scenario's flows, with their extent and CRSs.")
    @GetMapping(value = "/collections", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<OgcDocuments.Collections> collections(Caller caller, ServerHttpRequest request) {
        String base = base(request);
        return collections.visibleTo(caller).map(entries -> new OgcDocuments.Collections(
                List.of(new OgcDocuments.Link(base + "/collections", "self", OgcDocuments.JSON, "Collections")),
                entries.stream().map(entry -> collection(entry, base)).toList()));
    }

    @Operation(summary = "One OGC feature collection",
            description = "A collection's description: title, extent in WGS84, CRSs offered and its items link.")
    @GetMapping(value = "/collections/{collectionId}", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<OgcDocuments.Collection> collection(Caller caller,
                                             @Parameter(description = "The collection: supplies, demands, facilities "
                                                     + "or flows-<scenario id>")
                                             @PathVariable String collectionId,
                                             ServerHttpRequest request) {
        return collections.find(caller, collectionId).map(entry -> collection(entry, base(request)));
    }

    /**
     * A page of features: {@code limit} (10 by default, at most 1000), {@code bbox} with {@code bbox-crs},
     * {@code datetime} (an instant or interval; listings whose window overlaps it), {@code crs} and the collection's
     * property filters; {@code next} links page on.
     */
    @Operation(summary = "OGC features of a collection",
            description = "A GeoJSON FeatureCollection of the collection's features with bbox, datetime, property "
                    + "filters and limit, `next` links to page on, in the CRS `crs` names (Content-Crs says which). "
                    + "The same access rules as the rest of the API.")
    @GetMapping(value = "/collections/{collectionId}/items",
            produces = {OgcDocuments.GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    @Parameter(in = ParameterIn.QUERY, name = "limit", description = "Features per page, 1 to 1000 (10 by default)",
            schema = @Schema(type = "integer"))
    @Parameter(in = ParameterIn.QUERY, name = "bbox", description = "Area filter: the lower corner, then the upper,"
            + " in the CRS `bbox-crs` names (CRS84 longitude, latitude by default)")
    @Parameter(in = ParameterIn.QUERY, name = "bbox-crs")
    @Parameter(in = ParameterIn.QUERY, name = "datetime", description = "An RFC 3339 instant or interval start/end"
            + " (.. for an open end): features whose window overlaps it")
    @Parameter(in = ParameterIn.QUERY, name = "crs")
    @Parameter(in = ParameterIn.QUERY, name = "cursor")
    @Parameter(in = ParameterIn.QUERY, name = "material", description = "Property filter of supplies, demands,"
            + " facilities and flows: a material code")
    @Parameter(in = ParameterIn.QUERY, name = "status", description = "Property filter of supplies and demands: a"
            + " listing state")
    @Parameter(in = ParameterIn.QUERY, name = "companyId", description = "Property filter of supplies and demands: a"
            + " company's id")
    @Parameter(in = ParameterIn.QUERY, name = "type", description = "Property filter of facilities: DISPOSAL,"
            + " VIRGIN_SOURCE or STORAGE_HUB")
    @Parameter(in = ParameterIn.QUERY, name = "kind", description = "Property filter of flows: the kind of flow")
    Mono<ResponseEntity<OgcDocuments.FeatureCollection>> items(
            Caller caller,
            @Parameter(description = "The collection: supplies, demands, facilities or flows-<scenario id>")
            @PathVariable String collectionId,
            @Parameter(hidden = true) @RequestParam Map<String, String> parameters,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            ServerHttpRequest request) {
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        return collections.find(caller, collectionId).flatMap(entry -> {
            ItemsQuery query = ItemsQuery.parse(parameters, entry.source().queryables());
            return entry.source().items(caller, collectionId, query, language).map(page -> {
                List<OgcDocuments.Link> links = new ArrayList<>();
                links.add(new OgcDocuments.Link(request.getURI().toString(), "self", OgcDocuments.GEO_JSON,
                        "This page"));
                if (page.next() != null) {
                    links.add(new OgcDocuments.Link(UriComponentsBuilder.fromUri(request.getURI())
                            .replaceQueryParam("cursor", page.next()).build(true).toUriString(), "next",
                            OgcDocuments.GEO_JSON, "Next page"));
                }
                links.add(new OgcDocuments.Link(base(request) + "/collections/" + collectionId, "collection",
                        OgcDocuments.JSON, "The collection"));
                boolean whole = query.cursor() == null && page.next() == null;
                return ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(OgcDocuments.GEO_JSON))
                        .header(Crs.HEADER, query.crs().header())
                        .body(new OgcDocuments.FeatureCollection("FeatureCollection", page.features(), links,
                                Instant.now(), whole ? page.features().size() : null, page.features().size()));
            });
        });
    }

    @Operation(summary = "One OGC feature",
            description = "One feature of a collection as GeoJSON, in the CRS `crs` names.")
    @GetMapping(value = "/collections/{collectionId}/items/{featureId}",
            produces = {OgcDocuments.GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    @Parameter(in = ParameterIn.QUERY, name = "crs")
    Mono<ResponseEntity<OgcDocuments.Feature>> item(
            Caller caller,
            @Parameter(description = "The collection: supplies, demands, facilities or flows-<scenario id>")
            @PathVariable String collectionId,
            @Parameter(description = "The feature's id (the listing's, facility's or flow's)")
            @PathVariable String featureId,
            @Parameter(hidden = true) @RequestParam Map<String, String> parameters,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            ServerHttpRequest request) {
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        return collections.find(caller, collectionId).flatMap(entry -> {
            ItemsQuery query = ItemsQuery.forFeature(parameters);
            String collectionUrl = base(request) + "/collections/" + collectionId;
            return entry.source().item(caller, collectionId, featureId, query, language)
                    .map(feature -> ResponseEntity.ok()
                            .contentType(MediaType.parseMediaType(OgcDocuments.GEO_JSON))
                            .header(Crs.HEADER, query.crs().header())
                            .body(feature.withLinks(List.of(
                                    new OgcDocuments.Link(request.getURI().toString(), "self",
                                            OgcDocuments.GEO_JSON, "This feature"),
                                    new OgcDocuments.Link(collectionUrl, "collection", OgcDocuments.JSON,
                                            "The collection")))));
        });
    }

    private OgcDocuments.Collection collection(OgcCollections.Entry entry, String base) {
        String href = base + "/collections/" + entry.id();
        return new OgcDocuments.Collection(entry.id(), entry.title(), entry.description(),
                List.of(new OgcDocuments.Link(href, "self", OgcDocuments.JSON, "This collection"),
                        new OgcDocuments.Link(href + "/items", "items", OgcDocuments.GEO_JSON, "Its features")),
                new OgcDocuments.Extent(new OgcDocuments.Spatial(List.of(List.of(region.box().minLon(),
                        region.box().minLat(), region.box().maxLon(), region.box().maxLat())), Crs.CRS84.uri())),
                "feature", Crs.uris(), Crs.CRS84.uri());
    }

    private static String base(ServerHttpRequest request) {
        return root(request) + "/ogc";
    }

    private static String root(ServerHttpRequest request) {
        URI uri = request.getURI();
        return UriComponentsBuilder.fromUri(uri).replacePath(null).replaceQuery(null).fragment(null).build()
                .toUriString();
    }
}
