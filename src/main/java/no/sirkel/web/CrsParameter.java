package no.sirkel.web;

import no.sirkel.geo.Crs;

/** The CRS a request names in a query parameter ({@code crs}, {@code bbox-crs}) or a {@code Content-Crs} header. */
public final class CrsParameter {

    private CrsParameter() {
    }

    /**
     * Reads the CRS named by {@code value}, as {@link Crs#parse} reads it.
     *
     * @param name the parameter or header the value came from, named in a refusal
     * @return CRS84 where the value is absent or blank
     * @throws ApiException 400 naming {@code name} where the CRS is not one the service supports
     */
    public static Crs parse(String value, String name) {
        if (value == null || value.isBlank()) {
            return Crs.CRS84;
        }
        return Crs.parse(value).orElseThrow(() -> ApiException.badRequest(name, "field.crs", Crs.uris()));
    }
}
