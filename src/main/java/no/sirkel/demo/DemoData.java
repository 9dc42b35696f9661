package no.sirkel.demo;

import java.util.List;
import java.util.Map;

/**
 * The demo data set as stored in {@code demo/trondheim.json}: API request bodies with symbolic references that the
 * loader resolves ({@code key} names an entry, {@code company} and {@code site} refer to keys, {@code place} and
 * {@code offset} give a location).
 *
 * @param source     where the figures come from
 * @param places     named WGS84 positions
 * @param companies  {@code POST /api/v1/companies} bodies, each with a {@code key}
 * @param sites      {@code POST /api/v1/sites} bodies with {@code key}, {@code company}, {@code place} and
 *                   {@code offset} in place of {@code companyId} and {@code location}
 * @param facilities {@code POST /api/v1/facilities} bodies with {@code place} and {@code offset}
 * @param supplies   {@code POST /api/v1/supplies} bodies with {@code site} in place of {@code siteId}
 * @param demands    {@code POST /api/v1/demands} bodies with {@code site} in place of {@code siteId}
 */
record DemoData(String source, Map<String, Place> places, List<Map<String, Object>> companies,
                List<Map<String, Object>> sites, List<Map<String, Object>> facilities,
                List<Map<String, Object>> supplies, List<Map<String, Object>> demands) {

    /**
     * A town or industrial area.
     *
     * @param lat  WGS84 latitude, degrees
     * @param lon  WGS84 longitude, degrees
     * @param note what the source says of the position (e.g. approximate), or null
     */
    record Place(String municipality, double lat, double lon, String note) {
    }
}
