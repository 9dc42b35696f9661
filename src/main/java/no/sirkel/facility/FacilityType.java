package no.sirkel.facility;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a facility does for the region's material flows. */
public enum FacilityType {
    /** A landfill or receiving site (deponi): takes surplus masses for a gate fee per tonne. */
    DISPOSAL,
    /** A quarry or gravel pit (pukkverk, grustak): sells virgin material per tonne. */
    VIRGIN_SOURCE,
    /** An intermediate storage site (mellomlager): holds masses between an early excavation and a later fill. */
    STORAGE_HUB;

    public static Optional<FacilityType> parse(String name) {
        return Arrays.stream(values()).filter(type -> type.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
