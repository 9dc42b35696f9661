package no.sirkel.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Made-up but plausible marketplace data for the Trondheim region: sites scattered around the region's towns and
 * industrial areas (weighted towards the city), excavated masses with condition classes, one-off and recurring
 * quantities, windows in 2027 and haul limits of 20 to 80 km.
 */
final class RegionData {

    /** Towns and industrial areas (WGS84) with how many sites each gets relative to the others. */
    private static final List<Place> PLACES = List.of(
            new Place("Trondheim sentrum", 63.42972, 10.39333, 8),
            new Place("Heimdal", 63.3500, 10.3580, 5),
            new Place("Ranheim", 63.4290, 10.5290, 4),
            new Place("Tiller", 63.3600, 10.3900, 3),
            new Place("Orkanger", 63.3067, 9.8502, 3),
            new Place("Thamshavn", 63.3186, 9.8766, 2),
            new Place("Melhus", 63.2870, 10.2754, 3),
            new Place("Hommelvik", 63.4200, 10.8000, 2),
            new Place("Stjørdalshalsen", 63.4712, 10.9189, 3),
            new Place("Børsa", 63.32667, 10.06917, 1),
            new Place("Klæbu", 63.27611, 10.51417, 2),
            new Place("Støren", 63.0391, 10.2851, 1),
            new Place("Selbu", 63.19833, 11.14028, 1),
            new Place("Årnset", 63.64382, 10.18707, 1));
    private static final List<String> MATERIALS = List.of("BLASTED_ROCK", "GRAVEL", "SAND", "MORAINE", "CLAY",
            "SILT", "TOPSOIL", "MIXED_MASSES", "CONCRETE");
    private static final LocalDate START = LocalDate.parse("2027-01-01");
    private static final double KM_PER_DEGREE_LAT = 111.195;

    private final Random random;

    RegionData(long seed) {
        this.random = new Random(seed);
    }

    record Place(String name, double lat, double lon, int weight) {
    }

    /** A place, chosen with the places' weights. */
    synchronized Place place() {
        int total = PLACES.stream().mapToInt(Place::weight).sum();
        int pick = random.nextInt(total);
        for (Place place : PLACES) {
            pick -= place.weight();
            if (pick < 0) {
                return place;
            }
        }
        throw new IllegalStateException("weights changed");
    }

    /** [lat, lon] scattered about the place, normally with a standard deviation of {@code km} each way. */
    synchronized double[] near(Place place, double km) {
        double lat = place.lat() + random.nextGaussian() * km / KM_PER_DEGREE_LAT;
        double lon = place.lon() + random.nextGaussian() * km / (KM_PER_DEGREE_LAT * Math.cos(Math.toRadians(lat)));
        return new double[] {lat, lon};
    }

    Map<String, Object> site(String companyId, int number) {
        Place place = place();
        double[] at = near(place, 2.5);
        return Map.of("companyId", companyId, "name", place.name() + " site " + number, "municipality", place.name(),
                "location", Map.of("type", "Point", "coordinates", List.of(at[1], at[0])));
    }

    synchronized Map<String, Object> supply(String siteId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("siteId", siteId);
        body.put("material", MATERIALS.get(random.nextInt(MATERIALS.size())));
        body.put("contaminationClass", random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(3));
        boolean loose = random.nextBoolean();
        body.put("quantity", Map.of("amount", 200 + random.nextInt(20_000), "unit", loose ? "m3_loose" : "t"));
        body.put("kind", random.nextInt(5) == 0 ? "RECURRING" : "ONE_OFF");
        LocalDate from = START.plusDays(random.nextInt(365));
        body.put("availableFrom", from.toString());
        body.put("availableTo", from.plusDays(30 + random.nextInt(150)).toString());
        body.put("description", "load benchmark");
        return body;
    }

    synchronized Map<String, Object> demand(String siteId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("siteId", siteId);
        List<String> accepts = new ArrayList<>(MATERIALS);
        java.util.Collections.shuffle(accepts, random);
        body.put("accepts", accepts.subList(0, 1 + random.nextInt(3)));
        body.put("maxContaminationClass", 1 + random.nextInt(3));
        body.put("quantity", Map.of("amount", 200 + random.nextInt(20_000), "unit", "t"));
        body.put("kind", "ONE_OFF");
        LocalDate from = START.plusDays(random.nextInt(365));
        body.put("neededFrom", from.toString());
        body.put("neededTo", from.plusDays(30 + random.nextInt(240)).toString());
        if (random.nextBoolean()) {
            body.put("maxHaulKm", 20 + random.nextInt(61));
        }
        body.put("description", "load benchmark");
        return body;
    }

    /** A bbox query value {@code minLon,minLat,maxLon,maxLat}: a box 2 to 6 km across about a random place. */
    String bbox() {
        Place place = place();
        double[] centre = near(place, 1.5);
        double halfKm;
        synchronized (this) {
            halfKm = 1 + random.nextDouble() * 2;
        }
        double dLat = halfKm / KM_PER_DEGREE_LAT;
        double dLon = halfKm / (KM_PER_DEGREE_LAT * Math.cos(Math.toRadians(centre[0])));
        return String.format(java.util.Locale.ROOT, "%.6f,%.6f,%.6f,%.6f",
                centre[1] - dLon, centre[0] - dLat, centre[1] + dLon, centre[0] + dLat);
    }

    synchronized int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
