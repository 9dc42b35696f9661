package no.sirkel.optimizer.benchmark;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import no.sirkel.optimizer.problem.Demand;
import no.sirkel.optimizer.problem.DisposalSite;
import no.sirkel.optimizer.problem.Horizon;
import no.sirkel.optimizer.problem.HubProcess;
import no.sirkel.optimizer.problem.HubStock;
import no.sirkel.optimizer.problem.Parameters;
import no.sirkel.optimizer.problem.PeriodLength;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.ProblemReader;
import no.sirkel.optimizer.problem.StorageHub;
import no.sirkel.optimizer.problem.Supply;
import no.sirkel.optimizer.problem.VirginSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Realistic Trondheim-region problems in format v2, for benchmarks: the places, materials, uses, quantities,
 * landfills and quarries of {@link TrondheimProblemGenerator}, with what decides reuse over time. The same seed, size
 * and period length always give the same problem.
 *
 * <ul>
 *   <li>Horizon: 2027. Supplies are excavation bursts of one to four months; demands are fills of one to three
 *       months, most of them starting months after the region's excavation has begun (so material must wait).</li>
 *   <li>Storage hubs at six places (Heimdal, Melhus, Ranheim, Stjørdalshalsen, Orkanger, Klæbu), all crushing blasted
 *       rock into crushed rock (45 NOK/t), taking blasted rock, moraine, sand and gravel up to class 2, handling 40–70
 *       NOK/t, each holding 2 %
 *       of the year's supply; four candidate hubs (Børsa, Støren, Hommelvik, Årnset) of the same kind with opening costs
 *       of 0.2–1 % of the baseline's scale (1–4 NOK per tonne of the year's supply); two of the existing hubs start
 *       with some crushed rock in stock.</li>
 *   <li>Landfill capacity close to the supply: the regional landfill takes at most half the year's supply, the others
 *       share 0.7 of it, so together 1.2 × the supply.</li>
 * </ul>
 */
public final class TimedProblemGenerator {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int YEAR = 2027;
    private static final double KM_PER_DEGREE_LATITUDE = 111.2;
    /** What the hubs take in: clean excavated masses that roads and fills reuse. */
    private static final List<String> HUB_MATERIALS = List.of("BLASTED_ROCK", "MORAINE", "SAND", "GRAVEL");
    private record HubPlace(String name, double lat, double lon) {
    }
    private static final List<HubPlace> EXISTING_HUBS = List.of(
            new HubPlace("Heimdal", 63.3500, 10.3580), new HubPlace("Melhus", 63.2870, 10.2754),
            new HubPlace("Ranheim", 63.4290, 10.5290), new HubPlace("Stjørdalshalsen", 63.4712, 10.9189),
            new HubPlace("Orkanger", 63.3067, 9.8502), new HubPlace("Klæbu", 63.27611, 10.51417));
    private static final List<HubPlace> CANDIDATE_HUBS = List.of(
            new HubPlace("Børsa", 63.32667, 10.06917), new HubPlace("Støren", 63.0391, 10.2851),
            new HubPlace("Hommelvik", 63.42, 10.80), new HubPlace("Årnset", 63.64382, 10.18707));

    private final long seed;

    public TimedProblemGenerator(long seed) {
        this.seed = seed;
    }

    /** A problem named {@code timed-<s>x<d>-<period>-seed<seed>}; {@code withHubs} false drops every storage hub. */
    public Problem generate(int supplyCount, int demandCount, PeriodLength length, boolean withHubs) {
        Problem base = ProblemReader.read(new ByteArrayInputStream(JSON.writeValueAsBytes(
                new TrondheimProblemGenerator(seed).generate(supplyCount, demandCount))));
        Random random = new Random(seed * 7_919L + supplyCount * 31L + demandCount);
        Horizon horizon = new Horizon(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31));
        Parameters p = base.parameters();
        Parameters parameters = new Parameters(p.objective(), p.costPerTonneKm(), p.co2KgPerTonneKm(),
                p.fixedCostPerRoute(), p.roadFactor(), p.maxHaulKm(), p.truckPayloadTonnes(),
                p.unplacedPenaltyPerTonne(), p.unmetPenaltyPerTonne(), horizon, length);
        List<Supply> supplies = new ArrayList<>();
        double totalSupply = 0;
        for (Supply s : base.supplies()) {
            LocalDate from = LocalDate.of(YEAR, 1 + random.nextInt(10), 1).plusDays(random.nextInt(28));
            LocalDate to = min(from.plusMonths(1 + random.nextInt(4)).minusDays(1), horizon.to());
            supplies.add(new Supply(s.id(), s.lat(), s.lon(), s.material(), s.contaminationClass(), s.tonnes(), from,
                    to));
            totalSupply += s.tonnes();
        }
        List<Demand> demands = new ArrayList<>();
        for (Demand d : base.demands()) {
            int startMonth = Math.min(12, 3 + (int) Math.floor(10 * Math.sqrt(random.nextDouble())));
            LocalDate from = LocalDate.of(YEAR, startMonth, 1).plusDays(random.nextInt(28));
            LocalDate to = min(from.plusMonths(1 + random.nextInt(3)).minusDays(1), horizon.to());
            demands.add(new Demand(d.id(), d.lat(), d.lon(), d.accepts(), d.maxContaminationClass(), d.tonnes(), from,
                    to, d.maxHaulKm()));
        }
        List<DisposalSite> landfills = new ArrayList<>();
        int others = base.disposalSites().size() - 1;
        for (int i = 0; i < base.disposalSites().size(); i++) {
            DisposalSite l = base.disposalSites().get(i);
            double capacity = i == 0 ? 0.5 * totalSupply : 0.7 * totalSupply / others;
            landfills.add(new DisposalSite(l.id(), l.lat(), l.lon(), l.accepts(), l.maxContaminationClass(),
                    l.gateFeePerTonne(), (double) Math.round(capacity)));
        }
        List<VirginSource> quarries = base.virginSources();
        List<StorageHub> hubs = withHubs ? hubs(random, totalSupply) : List.of();
        return new Problem("timed-" + supplyCount + "x" + demandCount + "-" + length.name().toLowerCase()
                + "-seed" + seed + (withHubs ? "" : "-no-hubs"), parameters, supplies, demands, landfills, quarries,
                base.routes(), hubs);
    }

    private static List<StorageHub> hubs(Random random, double totalSupply) {
        List<StorageHub> hubs = new ArrayList<>();
        double capacity = Math.round(0.02 * totalSupply);
        List<HubProcess> crushing = List.of(new HubProcess("BLASTED_ROCK", "CRUSHED_ROCK", 45));
        for (int i = 0; i < EXISTING_HUBS.size(); i++) {
            HubPlace place = EXISTING_HUBS.get(i);
            List<HubStock> stock = i < 2 ? List.of(new HubStock("CRUSHED_ROCK", 1, Math.round(0.3 * capacity)))
                    : List.of();
            hubs.add(hub(random, "H" + (i + 1), place, capacity, null, crushing, stock));
        }
        for (int i = 0; i < CANDIDATE_HUBS.size(); i++) {
            double opening = Math.round(totalSupply * (1 + 3 * random.nextDouble()));
            hubs.add(hub(random, "C" + (i + 1), CANDIDATE_HUBS.get(i), capacity, opening, crushing, List.of()));
        }
        return hubs;
    }

    private static StorageHub hub(Random random, String id, HubPlace place, double capacity, Double opening,
                                  List<HubProcess> processes, List<HubStock> stock) {
        double northKm = random.nextGaussian();
        double eastKm = random.nextGaussian();
        double lat = place.lat() + northKm / KM_PER_DEGREE_LATITUDE;
        double lon = place.lon() + eastKm / (KM_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(place.lat())));
        return new StorageHub(id, Math.round(lat * 1e5) / 1e5, Math.round(lon * 1e5) / 1e5, HUB_MATERIALS, 2, capacity,
                40 + 10 * random.nextInt(4), opening, processes, stock);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
