package no.sirkel.optimizer.rules;

import java.time.LocalDate;
import java.util.Collection;

/**
 * The single rules of the problem format's eligibility section, shared by everything that decides whether material
 * may move from one place to another: the network builder, and the marketplace's candidate search.
 */
public final class Eligibility {

    private Eligibility() {
    }

    /** Whether a list of accepted material codes takes the material; a null list takes every material. */
    public static boolean accepts(Collection<String> accepted, String material) {
        return accepted == null || accepted.contains(material);
    }

    /** Whether a contamination class (1..5) fits a limit; a null class counts as clean, a null limit as none. */
    public static boolean classFits(Integer contaminationClass, Integer maxContaminationClass) {
        return contaminationClass == null || maxContaminationClass == null
                || contaminationClass <= maxContaminationClass;
    }

    /**
     * Whether a supply's availability and a demand's need share at least a day:
     * {@code availableFrom ≤ neededTo} and {@code neededFrom ≤ availableTo}, each test skipped where a date is null.
     */
    public static boolean windowsOverlap(LocalDate availableFrom, LocalDate availableTo, LocalDate neededFrom,
                                         LocalDate neededTo) {
        return notAfter(availableFrom, neededTo) && notAfter(neededFrom, availableTo);
    }

    /** Whether a haul of {@code km} road km is within both limits (road km; a null limit is none). */
    public static boolean withinHaulLimits(double km, Double generalMaxHaulKm, Double demandMaxHaulKm) {
        return (generalMaxHaulKm == null || km <= generalMaxHaulKm) && (demandMaxHaulKm == null || km <= demandMaxHaulKm);
    }

    private static boolean notAfter(LocalDate first, LocalDate second) {
        return first == null || second == null || !first.isAfter(second);
    }
}
