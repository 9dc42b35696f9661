package no.sirkel.optimizer.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Realistic Trondheim-region problems in the contract format (optimizer-problem-v1), for benchmarks. The same seed and
 * size always give the same problem.
 *
 * <p>What the problems look like: excavation sites and demand sites jittered a few km around towns and industrial areas
 * of the region; excavated masses dominate the supply, with some construction waste and the Thams cluster's
 * by-products at Thamshavn (filter dust, microsilica, slag) plus a little ash and bark; demands are uses (road fill,
 * building backfill, terrain shaping, green areas, road base, concrete plants, stabilisation and harbour fill, noise
 * barriers) that accept a plausible set of materials up to a contamination class; quantities are lognormal (hundreds to
 * tens of thousands of tonnes, demand about 80 % of supply); time windows lie within 2027; contamination classes 1..5,
 * mostly 1–2. Landfills charge 340–450 NOK/t (one takes everything up to class 5, so every supply has a disposal site)
 * and quarries sell aggregate at 100–200 NOK/t (every demand accepts something a quarry sells). Parameters: 2 NOK per
 * tonne-km, 3,000 NOK per used pair, 80 km haul limit, 17 t trucks. Distances are great-circle × road factor (no
 * routes).
 */
public final class TrondheimProblemGenerator {

    /**
     * A town or industrial area with how much of the region's supply and demand sits around it.
     *
     * @param jitterKm standard deviation of the sites' distance from the place, in km
     */
    private record Place(String name, double lat, double lon, double weight, double jitterKm) {
    }

    /*
     * Coordinates from /work/shared/reference/places.csv (public gazetteer values, WGS84; Heimdal and Ranheim are
     * approximate, Hommelvik to the minute only, Klæbu, Selbu and Årnset are municipality points). The weights are this
     * generator's own guess at where building activity sits, not reference data.
     */
    private static final List<Place> PLACES = List.of(
            new Place("Trondheim sentrum", 63.42972, 10.39333, 0.24, 3.0),
            new Place("Heimdal", 63.3500, 10.3580, 0.12, 2.5),
            new Place("Ranheim", 63.4290, 10.5290, 0.08, 2.0),
            new Place("Orkanger", 63.3067, 9.8502, 0.06, 2.0),
            new Place("Thamshavn", 63.3186, 9.8766, 0.02, 1.0),
            new Place("Melhus", 63.2870, 10.2754, 0.06, 2.5),
            new Place("Hommelvik", 63.42, 10.80, 0.04, 2.0),
            new Place("Stjørdalshalsen", 63.4712, 10.9189, 0.08, 2.5),
            new Place("Børsa", 63.32667, 10.06917, 0.03, 2.0),
            new Place("Klæbu", 63.27611, 10.51417, 0.04, 2.0),
            new Place("Støren", 63.0391, 10.2851, 0.04, 2.0),
            new Place("Selbu", 63.19833, 11.14028, 0.03, 2.5),
            new Place("Berkåk", 62.8280, 10.0093, 0.02, 2.0),
            new Place("Oppdal", 62.5943, 9.6912, 0.05, 2.5),
            new Place("Årnset", 63.64382, 10.18707, 0.03, 2.5),
            new Place("Kyrksæterøra", 63.2906, 9.0891, 0.02, 2.0));

    private record Weighted<T>(T value, double weight) {
    }

    /** Material codes and categories from /work/shared/reference/materials.csv; shares are this generator's guess. */
    private static final List<Weighted<String>> EXCAVATED = List.of(
            new Weighted<>("BLASTED_ROCK", 0.20), new Weighted<>("MORAINE", 0.15), new Weighted<>("CLAY", 0.18),
            new Weighted<>("SAND", 0.08), new Weighted<>("GRAVEL", 0.07), new Weighted<>("SILT", 0.07),
            new Weighted<>("TOPSOIL", 0.07), new Weighted<>("PEAT", 0.04), new Weighted<>("MIXED_MASSES", 0.12),
            new Weighted<>("DREDGING_SPOIL", 0.02));
    private static final List<Weighted<String>> CONSTRUCTION_WASTE = List.of(
            new Weighted<>("CONCRETE", 0.4), new Weighted<>("BRICK_CONCRETE_MIX", 0.2),
            new Weighted<>("ASPHALT", 0.3), new Weighted<>("TRACK_BALLAST", 0.1));
    private static final List<String> THAMS_BY_PRODUCTS = List.of("FILTER_DUST", "MICROSILICA", "SLAG");
    private static final List<Weighted<String>> OTHER_BY_PRODUCTS = List.of(
            new Weighted<>("BOTTOM_ASH", 0.4), new Weighted<>("FLY_ASH", 0.3), new Weighted<>("BARK", 0.3));
    /** Materials whose contamination class does not apply (materials.csv, contamination_class_applies=false). */
    private static final List<String> CLASS_NOT_APPLICABLE = List.of("ASPHALT", "SLAG", "MICROSILICA", "FILTER_DUST",
            "FLY_ASH", "BOTTOM_ASH", "BARK");

    /**
     * A kind of use that takes masses: the materials it always accepts (at least one sold by quarries, so a virgin
     * source exists), the ones a given site may or may not accept, and the contamination classes it allows.
     */
    private record Use(String name, double weight, List<String> core, List<String> optional, int[] maxClasses) {
    }

    private static final List<Use> USES = List.of(
            new Use("road fill", 0.24, List.of("CRUSHED_ROCK", "BLASTED_ROCK"),
                    List.of("GRAVEL", "MORAINE", "CONCRETE", "BRICK_CONCRETE_MIX", "TRACK_BALLAST", "SLAG",
                            "BOTTOM_ASH"), new int[] {2, 2, 3}),
            new Use("building backfill", 0.18, List.of("SAND", "GRAVEL"),
                    List.of("CRUSHED_ROCK", "BLASTED_ROCK"), new int[] {1, 1, 2}),
            new Use("terrain shaping", 0.18, List.of("CLAY", "MORAINE", "GRAVEL"),
                    List.of("SILT", "MIXED_MASSES", "SAND", "DREDGING_SPOIL", "PEAT"), new int[] {2, 2, 3}),
            new Use("green areas", 0.10, List.of("TOPSOIL"), List.of("PEAT", "BARK", "SAND"), new int[] {1}),
            new Use("road base", 0.08, List.of("CRUSHED_ROCK"), List.of("ASPHALT", "GRAVEL", "CONCRETE"),
                    new int[] {1, 2}),
            new Use("concrete plant", 0.04, List.of("MICROSILICA", "SAND"),
                    List.of("FLY_ASH", "GRAVEL", "CRUSHED_ROCK"), new int[] {1}),
            new Use("stabilisation and harbour fill", 0.08, List.of("FILTER_DUST", "CRUSHED_ROCK"),
                    List.of("FLY_ASH", "BOTTOM_ASH", "SLAG", "MIXED_MASSES", "DREDGING_SPOIL", "BLASTED_ROCK"),
                    new int[] {3, 3, 4}),
            new Use("noise barrier", 0.10, List.of("MORAINE", "GRAVEL"),
                    List.of("MIXED_MASSES", "CLAY", "SILT", "BLASTED_ROCK"), new int[] {2, 3}));

    private static final List<String> EXCAVATED_CODES = EXCAVATED.stream().map(Weighted::value).toList();
    private static final int YEAR = 2027;
    private static final double KM_PER_DEGREE_LATITUDE = 111.2;

    private final long seed;

    public TrondheimProblemGenerator(long seed) {
        this.seed = seed;
    }

    /** A problem with the given numbers of supplies and demands, named {@code trondheim-<s>x<d>-seed<seed>}. */
    public ObjectNode generate(int supplyCount, int demandCount) {
        Random random = new Random(seed * 1_000_003L + supplyCount * 7919L + demandCount);
        ObjectNode problem = JsonNodeFactory.instance.objectNode();
        problem.put("name", "trondheim-" + supplyCount + "x" + demandCount + "-seed" + seed);
        problem.putObject("parameters")
                .put("objective", "COST")
                .put("costPerTonneKm", 2.0)
                .put("co2KgPerTonneKm", 0.09)
                .put("fixedCostPerRoute", 3000)
                .put("roadFactor", 1.3)
                .put("maxHaulKm", 80)
                .put("truckPayloadTonnes", 17)
                .put("unplacedPenaltyPerTonne", 100000)
                .put("unmetPenaltyPerTonne", 100000);
        double supplyMedianTonnes = 2500;
        ArrayNode supplies = problem.putArray("supplies");
        for (int i = 0; i < supplyCount; i++) {
            supplies.add(supply(random, i, supplyCount, supplyMedianTonnes));
        }
        double demandMedianTonnes = supplyMedianTonnes * 0.8 * supplyCount / demandCount;
        ArrayNode demands = problem.putArray("demands");
        for (int i = 0; i < demandCount; i++) {
            demands.add(demand(random, i, demandMedianTonnes));
        }
        addLandfills(random, problem.putArray("disposalSites"), facilityCount(supplyCount, 6));
        addQuarries(random, problem.putArray("virginSources"), facilityCount(demandCount, 5));
        return problem;
    }

    /** Facilities grow slowly with the problem: {@code base} at 50 sites, two more for every doubling. */
    private static int facilityCount(int sites, int base) {
        return base + (int) Math.max(0, Math.round(2 * Math.log(sites / 50.0) / Math.log(2)));
    }

    private ObjectNode supply(Random random, int index, int supplyCount, double medianTonnes) {
        ObjectNode supply = JsonNodeFactory.instance.objectNode();
        supply.put("id", "S" + (index + 1));
        int thamsStreams = Math.max(THAMS_BY_PRODUCTS.size(), supplyCount * 3 / 100);
        String material;
        Place place;
        double median = medianTonnes;
        if (index < thamsStreams) {
            material = THAMS_BY_PRODUCTS.get(index % THAMS_BY_PRODUCTS.size());
            place = place("Thamshavn");
            median = medianTonnes * 2;
        } else {
            double category = random.nextDouble();
            material = category < 0.82 ? pick(random, EXCAVATED)
                    : category < 0.96 ? pick(random, CONSTRUCTION_WASTE)
                    : pick(random, OTHER_BY_PRODUCTS);
            place = pick(random, PLACES.stream().map(p -> new Weighted<>(p, p.weight())).toList());
        }
        position(random, supply, place);
        supply.put("material", material);
        if (CLASS_NOT_APPLICABLE.contains(material)) {
            supply.putNull("contaminationClass");
        } else {
            supply.put("contaminationClass", contaminationClass(random));
        }
        supply.put("tonnes", lognormalTonnes(random, median));
        window(random, supply, "availableFrom", "availableTo");
        return supply;
    }

    private ObjectNode demand(Random random, int index, double medianTonnes) {
        ObjectNode demand = JsonNodeFactory.instance.objectNode();
        demand.put("id", "D" + (index + 1));
        Use use = pick(random, USES.stream().map(u -> new Weighted<>(u, u.weight())).toList());
        Place place = pick(random, PLACES.stream().map(p -> new Weighted<>(p, p.weight())).toList());
        position(random, demand, place);
        ArrayNode accepts = demand.putArray("accepts");
        use.core().forEach(accepts::add);
        for (String material : use.optional()) {
            if (random.nextDouble() < 0.7) {
                accepts.add(material);
            }
        }
        if (random.nextDouble() < 0.05) {
            demand.putNull("maxContaminationClass");
        } else {
            demand.put("maxContaminationClass", use.maxClasses()[random.nextInt(use.maxClasses().length)]);
        }
        double median = use.name().equals("concrete plant") ? medianTonnes / 2 : medianTonnes;
        demand.put("tonnes", lognormalTonnes(random, median));
        window(random, demand, "neededFrom", "neededTo");
        if (random.nextDouble() < 0.3) {
            demand.put("maxHaulKm", 20 + 10 * random.nextInt(5));
        }
        return demand;
    }

    private void addLandfills(Random random, ArrayNode sites, int count) {
        List<String> places = List.of("Heimdal", "Ranheim", "Melhus", "Stjørdalshalsen", "Klæbu", "Støren", "Børsa",
                "Hommelvik", "Selbu", "Berkåk", "Oppdal", "Årnset", "Kyrksæterøra", "Orkanger");
        for (int i = 0; i < count; i++) {
            ObjectNode site = sites.addObject();
            site.put("id", "L" + (i + 1));
            if (i == 0) {
                // The regional landfill for contaminated and industrial waste: takes anything up to class 5.
                position(random, site, place("Thamshavn"));
                site.putNull("accepts");
                site.put("maxContaminationClass", 5);
                site.put("gateFeePerTonne", 450);
                continue;
            }
            position(random, site, place(places.get((i - 1) % places.size())));
            if (random.nextDouble() < 0.6) {
                ArrayNode accepts = site.putArray("accepts");
                EXCAVATED_CODES.forEach(accepts::add);
            } else {
                site.putNull("accepts");
            }
            site.put("maxContaminationClass", 1 + random.nextInt(4));
            site.put("gateFeePerTonne", 340 + 10 * random.nextInt(12));
        }
    }

    private void addQuarries(Random random, ArrayNode sources, int count) {
        List<String> places = List.of("Klæbu", "Støren", "Melhus", "Hommelvik", "Stjørdalshalsen", "Børsa", "Orkanger",
                "Heimdal", "Selbu", "Berkåk", "Årnset", "Oppdal", "Ranheim", "Kyrksæterøra");
        for (int i = 0; i < count; i++) {
            ObjectNode source = sources.addObject();
            source.put("id", "Q" + (i + 1));
            position(random, source, place(places.get(i % places.size())));
            ArrayNode materials = source.putArray("materials");
            if (i % 4 == 3) {
                // A soil producer rather than a quarry.
                materials.add("TOPSOIL");
                source.put("pricePerTonne", 150 + 10 * random.nextInt(6));
                continue;
            }
            materials.add("CRUSHED_ROCK");
            for (String material : List.of("GRAVEL", "SAND", "MORAINE")) {
                // The first quarry sells every aggregate, so each use's core materials can be bought somewhere.
                if (i == 0 || random.nextDouble() < 0.6) {
                    materials.add(material);
                }
            }
            source.put("pricePerTonne", 100 + 10 * random.nextInt(11));
        }
    }

    private static Place place(String name) {
        return PLACES.stream().filter(place -> place.name().equals(name)).findFirst().orElseThrow();
    }

    private static <T> T pick(Random random, List<Weighted<T>> choices) {
        double total = choices.stream().mapToDouble(Weighted::weight).sum();
        double draw = random.nextDouble() * total;
        for (Weighted<T> choice : choices) {
            draw -= choice.weight();
            if (draw < 0) {
                return choice.value();
            }
        }
        return choices.get(choices.size() - 1).value();
    }

    private static void position(Random random, ObjectNode node, Place place) {
        double northKm = random.nextGaussian() * place.jitterKm();
        double eastKm = random.nextGaussian() * place.jitterKm();
        double lat = place.lat() + northKm / KM_PER_DEGREE_LATITUDE;
        double lon = place.lon() + eastKm / (KM_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(place.lat())));
        node.put("lat", Math.round(lat * 1e5) / 1e5);
        node.put("lon", Math.round(lon * 1e5) / 1e5);
    }

    /** Classes 1..5 with shares 55, 25, 12, 6 and 2 %. */
    private static int contaminationClass(Random random) {
        double draw = random.nextDouble();
        return draw < 0.55 ? 1 : draw < 0.80 ? 2 : draw < 0.92 ? 3 : draw < 0.98 ? 4 : 5;
    }

    /** Whole tonnes, lognormal around the median (σ = 1.1), kept within 100..60,000 t. */
    private static long lognormalTonnes(Random random, double median) {
        double tonnes = median * Math.exp(1.1 * random.nextGaussian());
        return Math.round(Math.min(60_000, Math.max(100, tonnes)));
    }

    /** A window of one to eight months within the year; one end in twenty is left open. */
    private static void window(Random random, ObjectNode node, String fromField, String toField) {
        LocalDate yearStart = LocalDate.of(YEAR, 1, 1);
        LocalDate from = yearStart.plusDays(random.nextInt(300));
        LocalDate to = from.plusDays(30 + random.nextInt(211));
        LocalDate yearEnd = LocalDate.of(YEAR, 12, 31);
        if (to.isAfter(yearEnd)) {
            to = yearEnd;
        }
        double open = random.nextDouble();
        if (open < 0.025) {
            node.putNull(fromField);
        } else {
            node.put(fromField, from.toString());
        }
        if (open > 0.975) {
            node.putNull(toField);
        } else {
            node.put(toField, to.toString());
        }
    }
}
