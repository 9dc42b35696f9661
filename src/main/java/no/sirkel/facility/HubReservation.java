package no.sirkel.facility;

import java.time.LocalDate;

/**
 * Hub stock a deal promises in one period: tonnes of a material and class that the deal brings into the hub
 * (positive) or takes out of it (negative).
 *
 * @param period             the first day of the plan's period
 * @param contaminationClass 1..5, or null where the material has no classes (counts as clean)
 * @param tonnes             tonnes in (&gt; 0) or out (&lt; 0)
 */
public record HubReservation(LocalDate period, String material, Integer contaminationClass, double tonnes) {
}
