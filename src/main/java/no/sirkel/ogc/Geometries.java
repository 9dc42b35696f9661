package no.sirkel.ogc;

import java.util.List;

import no.sirkel.geo.Crs;
import no.sirkel.geo.GeoJsonPoint;
import no.sirkel.geo.GeoPoint;

/** Positions stored in WGS84 as OGC geometries in the CRS a reader asks for, in its axis order. */
final class Geometries {

    private Geometries() {
    }

    static OgcDocuments.Point point(GeoJsonPoint wgs84, Crs crs) {
        return new OgcDocuments.Point(position(new GeoPoint(wgs84.coordinates().get(0),
                wgs84.coordinates().get(1)), crs));
    }

    static OgcDocuments.LineString line(GeoPoint from, GeoPoint to, Crs crs) {
        return new OgcDocuments.LineString(List.of(position(from, crs), position(to, crs)));
    }

    static GeoPoint wgs84(GeoJsonPoint point) {
        return new GeoPoint(point.coordinates().get(0), point.coordinates().get(1));
    }

    private static List<Double> position(GeoPoint point, Crs crs) {
        double[] position = crs.fromLonLat(point.lon(), point.lat());
        return List.of(position[0], position[1]);
    }
}
