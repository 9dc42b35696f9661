package no.sirkel.delivery;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import no.sirkel.material.Material;
import no.sirkel.site.Site;
import no.sirkel.web.FieldErrors;

/**
 * Masses moved outside Sirkel as a client sends them.
 *
 * @param siteId             the company's site the masses left
 * @param date               the day they left; not in the future
 * @param material           a material code of the catalogue
 * @param contaminationClass condition class 1..5, optional
 * @param tonnes             tonnes, &gt; 0
 * @param destination        {@code LANDFILL} or {@code OWN_REUSE}
 * @param receiver           the landfill's name, optional, up to 200 characters
 * @param km                 road km driven, optional, ≥ 0
 * @param truckTrips         truck loads, ≥ 0 (0 where the masses were reused on the spot)
 * @param ticket             weighbridge ticket number, optional, 1..100 characters
 */
record OutsideDeliveryRequest(@Schema(description = "The company's site the masses left") UUID siteId,
                              @Schema(description = "The day they left, ISO yyyy-mm-dd; not in the future")
                              LocalDate date,
                              @Schema(description = "A material code of the catalogue") String material,
                              @Schema(description = "Condition class 1 to 5, optional") Integer contaminationClass,
                              @Schema(description = "Tonnes, > 0") Double tonnes,
                              @Schema(description = "Where they went", allowableValues = {"LANDFILL", "OWN_REUSE"})
                              String destination,
                              @Schema(description = "The landfill's name, optional, up to 200 characters")
                              String receiver,
                              @Schema(description = "Road km driven, optional, ≥ 0") Double km,
                              @Schema(description = "Truck loads, ≥ 0 (0 where the masses were reused on the spot)")
                              Integer truckTrips,
                              @Schema(description = "Weighbridge ticket number, optional, 1 to 100 characters")
                              String ticket) {

    /**
     * Checks every field, recording problems under {@code prefix} (empty for JSON, {@code rows[3].} for CSV).
     *
     * @param sites the live sites the requests name, by id
     * @return the valid record, or null where a problem was recorded
     */
    Valid validated(LocalDate today, Map<String, Material> materials, Map<UUID, Site> sites, String prefix,
                    FieldErrors errors) {
        int before = errors.size();
        if (errors.required(siteId, prefix + "siteId")) {
            errors.check(sites.containsKey(siteId), prefix + "siteId", "field.notASite");
        }
        if (errors.required(date, prefix + "date")) {
            errors.check(!date.isAfter(today), prefix + "date", "field.notInFuture");
        }
        if (errors.required(material, prefix + "material")) {
            errors.check(materials.containsKey(material), prefix + "material", "field.notAMaterial");
        }
        errors.check(contaminationClass == null || (contaminationClass >= 1 && contaminationClass <= 5),
                prefix + "contaminationClass", "field.oneToFive");
        if (errors.required(tonnes, prefix + "tonnes")) {
            errors.check(Double.isFinite(tonnes) && tonnes > 0, prefix + "tonnes", "field.positive");
        }
        Destination parsed = Arrays.stream(Destination.values()).filter(value -> value.name().equals(destination))
                .findFirst().orElse(null);
        if (errors.required(destination, prefix + "destination")) {
            errors.check(parsed != null, prefix + "destination",
                    "field.oneOf", Arrays.toString(Destination.values()));
        }
        errors.check(receiver == null || (!receiver.isBlank() && receiver.length() <= 200), prefix + "receiver",
                "field.name200");
        errors.check(km == null || (Double.isFinite(km) && km >= 0), prefix + "km", "field.notNegative");
        if (errors.required(truckTrips, prefix + "truckTrips")) {
            errors.check(truckTrips >= 0, prefix + "truckTrips", "field.notNegative");
        }
        errors.check(ticket == null || (!ticket.isBlank() && ticket.length() <= 100), prefix + "ticket",
                "field.name100");
        return errors.size() == before ? new Valid(siteId, date, material, contaminationClass, tonnes, parsed,
                receiver, km, truckTrips, ticket) : null;
    }

    /** A record that passed every check. */
    record Valid(UUID siteId, LocalDate date, String material, Integer contaminationClass, double tonnes,
                 Destination destination, String receiver, Double km, int truckTrips, String ticket) {
    }
}
