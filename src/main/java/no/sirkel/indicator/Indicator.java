package no.sirkel.indicator;

import java.util.Arrays;
import java.util.Optional;

/**
 * The region's indicators, each with its unit, which direction is better and its definition in English and Norwegian.
 * {@link IndicatorCalculator} computes them, one method each.
 */
enum Indicator {
    REUSED_TONNES("reusedTonnes", "t", Better.HIGHER,
            "Tonnes delivered under Sirkel deals in the period, by delivery date, disputed deliveries left out;"
                    + " counted in the municipality the masses left.",
            "Tonn levert under Sirkel-avtaler i perioden, etter leveringsdato, uten omstridte leveranser;"
                    + " telt i kommunen massene forlot."),
    LANDFILL_TONNES("landfillTonnes", "t", Better.LOWER,
            "Tonnes the firms recorded as delivered to a landfill in the period.",
            "Tonn firmaene har registrert levert til deponi i perioden."),
    VIRGIN_REPLACED_TONNES("virginReplacedTonnes", "t", Better.HIGHER,
            "Tonnes of virgin material replaced: tonnes reused under deals plus tonnes the firms reused themselves"
                    + " (each tonne placed is a tonne not dug from a quarry).",
            "Tonn jomfruelig materiale erstattet: tonn gjenbrukt under avtaler pluss tonn firmaene selv har"
                    + " gjenbrukt (hvert tonn som legges ut, er et tonn som ikke tas ut av et massetak)."),
    REUSE_RATE("reuseRate", "%", Better.HIGHER,
            "Reused tonnes (under deals and the firms' own reuse) as a share of those plus the tonnes delivered to"
                    + " landfill.",
            "Gjenbrukte tonn (under avtaler og firmaenes egen gjenbruk) som andel av disse pluss tonn levert til"
                    + " deponi."),
    TONNE_KM("tonneKm", "t·km", Better.NONE,
            "Tonne-kilometres of the deliveries under deals: tonnes times the deal's road km.",
            "Tonnkilometer for leveransene under avtaler: tonn ganger avtalens veiavstand."),
    BASELINE_TONNE_KM("baselineTonneKm", "t·km", Better.NONE,
            "Tonne-kilometres the same tonnes would have taken without the deal: from the supplying site to the"
                    + " nearest landfill that takes them, and from the nearest quarry selling the material to the"
                    + " receiving site (great-circle km × 1.3).",
            "Tonnkilometer de samme tonnene ville ha krevd uten avtalen: fra leverandørens anlegg til nærmeste"
                    + " deponi som tar dem, og fra nærmeste massetak som selger materialet til mottakeren"
                    + " (storsirkel-km × 1,3)."),
    TRUCK_TRIPS("truckTrips", "trips", Better.NONE,
            "Truck loads the receivers recorded for the deliveries under deals.",
            "Billass mottakerne har registrert for leveransene under avtaler."),
    BASELINE_TRUCK_TRIPS("baselineTruckTrips", "trips", Better.NONE,
            "Truck loads without the deals: the same loads to landfill and as many from a quarry (twice the"
                    + " recorded loads).",
            "Billass uten avtalene: de samme lassene til deponi og like mange fra massetak (dobbelt så mange"
                    + " som registrert)."),
    CO2_KG("co2Kg", "kg CO2", Better.NONE,
            "CO2 of the deliveries under deals: tonne-km × 0.09 kg CO2 per tonne-km.",
            "CO2 fra leveransene under avtaler: tonnkilometer × 0,09 kg CO2 per tonnkilometer."),
    BASELINE_CO2_KG("baselineCo2Kg", "kg CO2", Better.NONE,
            "CO2 of the baseline tonne-km (landfill and quarry for the same tonnes) at 0.09 kg CO2 per tonne-km.",
            "CO2 fra referansens tonnkilometer (deponi og massetak for de samme tonnene) med 0,09 kg CO2 per"
                    + " tonnkilometer."),
    CO2_SAVED_KG("co2SavedKg", "kg CO2", Better.HIGHER,
            "Baseline CO2 less the CO2 of the deliveries under deals.",
            "Referansens CO2 minus CO2 fra leveransene under avtaler."),
    ACTIVE_FIRMS("activeFirms", "firms", Better.HIGHER,
            "Firms with a listing open in the period, or a delivery or an outside record in it.",
            "Firmaer med en annonse åpen i perioden, eller en leveranse eller registrering utenfor Sirkel i den."),
    ACTIVE_LISTINGS("activeListings", "listings", Better.HIGHER,
            "Supplies and demands open in the period: published, created before its end, and with a window that"
                    + " overlaps it (a closed listing counts only where its window has an end).",
            "Tilbud og behov åpne i perioden: publisert, opprettet før periodens slutt, og med et tidsvindu som"
                    + " overlapper den (en lukket annonse telles bare når vinduet har en slutt)."),
    MEDIAN_DAYS_TO_DEAL("medianDaysToDeal", "days", Better.LOWER,
            "Median days from the later of a deal's two listings being published to the deal, over deals made in"
                    + " the period.",
            "Median antall dager fra den siste av avtalens to annonser ble publisert til avtalen, over avtaler"
                    + " inngått i perioden."),
    ON_TIME_SHARE("onTimeShare", "%", Better.HIGHER,
            "Of the deals whose delivery window ended in the period (and has passed), the share delivered in full"
                    + " by the window's last day.",
            "Av avtalene der leveringsvinduet sluttet i perioden (og er passert), andelen som var fullt levert"
                    + " innen vinduets siste dag.");

    /** Which way a figure should move; NONE where its size follows the reused tonnes and carries no judgement. */
    enum Better {
        HIGHER, LOWER, NONE
    }

    private final String key;
    private final String unit;
    private final Better better;
    private final String definitionEn;
    private final String definitionNo;

    Indicator(String key, String unit, Better better, String definitionEn, String definitionNo) {
        this.key = key;
        this.unit = unit;
        this.better = better;
        this.definitionEn = definitionEn;
        this.definitionNo = definitionNo;
    }

    String key() {
        return key;
    }

    String unit() {
        return unit;
    }

    Better better() {
        return better;
    }

    String definitionEn() {
        return definitionEn;
    }

    String definitionNo() {
        return definitionNo;
    }

    static Optional<Indicator> byKey(String key) {
        return Arrays.stream(values()).filter(indicator -> indicator.key.equals(key)).findFirst();
    }

    /**
     * Whether moving from {@code before} to {@code now} is a change for the worse; null where either is missing or
     * the indicator carries no judgement.
     */
    Boolean worse(Double now, Double before) {
        if (now == null || before == null || better == Better.NONE) {
            return null;
        }
        return better == Better.HIGHER ? now < before : now > before;
    }

    /** Whether the value meets the target; null where either is missing or the indicator carries no judgement. */
    Boolean meets(Double value, Double target) {
        if (value == null || target == null || better == Better.NONE) {
            return null;
        }
        return better == Better.HIGHER ? value >= target : value <= target;
    }
}
