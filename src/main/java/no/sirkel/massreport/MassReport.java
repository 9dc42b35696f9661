package no.sirkel.massreport;

import java.time.LocalDate;
import java.util.List;

/**
 * Every mass that left or arrived at a site (a project), as a contractor hands it to the municipality.
 *
 * @param rows    the site's listings (one row per deal, or one row where none is made yet), then the masses moved
 *                outside Sirkel
 */
record MassReport(String site, String municipality, LocalDate made, List<Row> rows, Totals totals) {

    enum Direction {
        OUT, IN
    }

    /**
     * One mass.
     *
     * @param materialCode       the material's code
     * @param ewcCode            its typical European List of Waste code, or null
     * @param contaminationClass condition class 1..5, or null
     * @param plannedTonnes      the listing's tonnes (on its first row), or null
     * @param agreedTonnes       tonnes agreed in the deal (0 before a deal), or null for masses moved outside Sirkel
     * @param deliveredTonnes    tonnes delivered and not disputed (or moved, outside Sirkel)
     * @param counterpart        the other company once a deal exists, the landfill or "own reuse" outside Sirkel;
     *                           null before a deal
     * @param km                 road km, or null where not known
     * @param co2Kg              kg CO2 of the tonnes delivered over the km
     * @param landfillTonnes     tonnes of the row that went to a landfill
     */
    record Row(Direction direction, String materialCode, String materialNameEn, String materialNameNo,
               String ewcCode, Integer contaminationClass, Double plannedTonnes, Double agreedTonnes,
               double deliveredTonnes, String counterpart, Double km, int truckTrips, double co2Kg,
               double landfillTonnes, boolean outsideSirkel) {
    }

    /**
     * @param reusedTonnes tonnes that left under deals plus the site's own reuse
     * @param reuseRate    reused over reused plus landfill, percent; null where nothing left the site
     */
    record Totals(double plannedOutTonnes, double plannedInTonnes, double agreedOutTonnes, double agreedInTonnes,
                  double deliveredOutTonnes, double deliveredInTonnes, double reusedTonnes, double landfillTonnes,
                  int truckTrips, double co2Kg, Double reuseRate) {
    }
}
