package no.sirkel.delivery;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

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
record OutsideDeliveryRequest(UUID siteId, LocalDate date, String material, Integer contaminationClass,
                              Double tonnes, String destination, String receiver, Double km, Integer truckTrips,
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
            errors.check(!date.isAfter(today), prefix + "date", "must not be in the future");
        }
        if (errors.required(material, prefix + "material")) {
            errors.check(materials.containsKey(material), prefix + "material", "field.notAMaterial");
        }
        errors.check(contaminationClass == null || (contaminationClass >= 1 && contaminationClass <= 5),
                prefix + "contaminationClass", "must be 1 to 5");
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
