package no.sirkel.listing.candidate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import no.sirkel.optimizer.rules.Eligibility;
import no.sirkel.optimizer.rules.GreatCircle;
import no.sirkel.optimizer.problem.Parameters;

/**
 * Which pairs can be matched and what carrying one tonne along a pair is estimated to cost and emit, exactly as the
 * optimizer problem format v1 states them (sections Distance, Eligibility and Cost, objective {@code COST}, without
 * listed routes). The single rules and the distance are the optimizer's own ({@link Eligibility},
 * {@link GreatCircle}), and so are the default parameters.
 *
 * <p>Units: coordinates WGS84 degrees; distances road kilometres (great-circle km × road factor) unless a name says
 * great-circle; money NOK; CO2 kilograms; quantities per tonne.
 */
final class CandidateRules {

    /** The marketplace's default haul limit for candidate searches, road km. */
    public static final double DEFAULT_MAX_HAUL_KM = 80;

    private final double roadFactor;
    private final double costPerTonneKm;
    private final double co2KgPerTonneKm;
    private final Double maxHaulKm;

    /**
     * @param roadFactor      ≥ 1: road km over great-circle km
     * @param costPerTonneKm  ≥ 0: NOK per tonne per road km, empty return included
     * @param co2KgPerTonneKm ≥ 0: kg CO2 per tonne per road km
     * @param maxHaulKm       &gt; 0, or null for no limit: the longest supply→demand haul in road km
     */
    public CandidateRules(double roadFactor, double costPerTonneKm, double co2KgPerTonneKm, Double maxHaulKm) {
        if (!(roadFactor >= 1) || Double.isInfinite(roadFactor)) {
            throw new IllegalArgumentException("roadFactor must be a finite number ≥ 1, got " + roadFactor);
        }
        if (!(costPerTonneKm >= 0) || Double.isInfinite(costPerTonneKm)) {
            throw new IllegalArgumentException("costPerTonneKm must be a finite number ≥ 0, got " + costPerTonneKm);
        }
        if (!(co2KgPerTonneKm >= 0) || Double.isInfinite(co2KgPerTonneKm)) {
            throw new IllegalArgumentException("co2KgPerTonneKm must be a finite number ≥ 0, got " + co2KgPerTonneKm);
        }
        if (maxHaulKm != null && !(maxHaulKm > 0)) {
            throw new IllegalArgumentException("maxHaulKm must be > 0 or null, got " + maxHaulKm);
        }
        this.roadFactor = roadFactor;
        this.costPerTonneKm = costPerTonneKm;
        this.co2KgPerTonneKm = co2KgPerTonneKm;
        this.maxHaulKm = maxHaulKm;
    }

    /** Road factor 1.3, 2.0 NOK and 0.09 kg CO2 per tonne-km, haul limit 80 km. */
    public static CandidateRules defaults() {
        return new CandidateRules(Parameters.DEFAULT_ROAD_FACTOR, Parameters.DEFAULT_COST_PER_TONNE_KM,
                Parameters.DEFAULT_CO2_KG_PER_TONNE_KM, DEFAULT_MAX_HAUL_KM);
    }

    public double roadFactor() {
        return roadFactor;
    }

    public double costPerTonneKm() {
        return costPerTonneKm;
    }

    public double co2KgPerTonneKm() {
        return co2KgPerTonneKm;
    }

    /** The general haul limit in road km, or null for none. */
    public Double maxHaulKm() {
        return maxHaulKm;
    }

    // ---- distance and cost


    /** Estimated road km: great-circle km × road factor. */
    public double roadKm(double lat1, double lon1, double lat2, double lon2) {
        return GreatCircle.km(lat1, lon1, lat2, lon2) * roadFactor;
    }

    /** Transport cost and CO2 of carrying one tonne over {@code km} road km. */
    public Estimate estimate(double km) {
        return new Estimate(km, costPerTonneKm * km, co2KgPerTonneKm * km);
    }

    /**
     * What carrying one tonne along a pair costs.
     *
     * @param km            road km
     * @param costPerTonne  transport, NOK per tonne: costPerTonneKm × km
     * @param co2KgPerTonne kg CO2 per tonne: co2KgPerTonneKm × km
     */
    public record Estimate(double km, double costPerTonne, double co2KgPerTonne) {
    }

    /** The haul is within this rule set's limit and the demand's own limit (null limits skipped). */
    public boolean withinHaulLimits(double km, Double demandMaxHaulKm) {
        return Eligibility.withinHaulLimits(km, maxHaulKm, demandMaxHaulKm);
    }

    /**
     * The longest great-circle distance a supply→demand pair under these rules can span, for spatial pre-filters:
     * the tighter of the two haul limits over the road factor; infinite where neither limits it.
     */
    public double maxGreatCircleKm(Double demandMaxHaulKm) {
        double limit = Double.POSITIVE_INFINITY;
        if (maxHaulKm != null) {
            limit = maxHaulKm;
        }
        if (demandMaxHaulKm != null) {
            limit = Math.min(limit, demandMaxHaulKm);
        }
        return limit / roadFactor;
    }

    // ---- pairs

    /** The pair's estimate where supply s may go to demand d; empty where it may not. */
    public Optional<Estimate> match(Supply s, Demand d) {
        if (!Eligibility.accepts(d.accepts(), s.material())
                || !Eligibility.classFits(s.contaminationClass(), d.maxContaminationClass())
                || !Eligibility.windowsOverlap(s.availableFrom(), s.availableTo(), d.neededFrom(), d.neededTo())) {
            return Optional.empty();
        }
        double km = roadKm(s.lat(), s.lon(), d.lat(), d.lon());
        return withinHaulLimits(km, d.maxHaulKm()) ? Optional.of(estimate(km)) : Optional.empty();
    }

    /**
     * What disposing of one tonne of supply s at site l costs, gate fee plus transport (no haul limit); empty where
     * l does not take it.
     */
    public OptionalDouble disposalCostPerTonne(Supply s, Disposal l) {
        if (!Eligibility.accepts(l.accepts(), s.material())
                || !Eligibility.classFits(s.contaminationClass(), l.maxContaminationClass())) {
            return OptionalDouble.empty();
        }
        double km = roadKm(s.lat(), s.lon(), l.lat(), l.lon());
        return OptionalDouble.of(l.gateFeePerTonne() + estimate(km).costPerTonne());
    }

    /**
     * What buying one tonne for demand d from source q costs, price plus transport (no haul limit); empty where q
     * sells nothing d accepts.
     */
    public OptionalDouble virginCostPerTonne(VirginSource q, Demand d) {
        if (q.materials().stream().noneMatch(material -> Eligibility.accepts(d.accepts(), material))) {
            return OptionalDouble.empty();
        }
        double km = roadKm(q.lat(), q.lon(), d.lat(), d.lon());
        return OptionalDouble.of(q.pricePerTonne() + estimate(km).costPerTonne());
    }

    // ---- the terms the rules read

    /** A supply's terms: where, what, how contaminated (1..5 or null) and when (null = open end). */
    public record Supply(double lat, double lon, String material, Integer contaminationClass,
                         LocalDate availableFrom, LocalDate availableTo) {
    }

    /** A demand's terms: where, which materials, the highest class (null = no limit), when, its own haul limit. */
    public record Demand(double lat, double lon, List<String> accepts, Integer maxContaminationClass,
                         LocalDate neededFrom, LocalDate neededTo, Double maxHaulKm) {
    }

    /** A disposal site: {@code accepts} null means every material; gate fee in NOK per tonne. */
    public record Disposal(double lat, double lon, List<String> accepts, Integer maxContaminationClass,
                           double gateFeePerTonne) {
    }

    /** A virgin source (quarry, pit) selling the materials at a price in NOK per tonne. */
    public record VirginSource(double lat, double lon, List<String> materials, double pricePerTonne) {
    }
}
