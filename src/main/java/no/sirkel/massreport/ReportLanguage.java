package no.sirkel.massreport;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import no.sirkel.web.AcceptLanguage;

/** The report's language, from {@code Accept-Language}: Norwegian (nb, nn, no) or else English. */
enum ReportLanguage {
    ENGLISH(Locale.UK, "Mass report", "Site", "Municipality", "Made on", "Direction", "out", "in", "Material",
            "EWC code", "Class", "Planned t", "Agreed t", "Delivered t", "Counterpart", "km", "Truck trips", "CO2 kg",
            "Landfill t", "no deal yet", "own reuse", "landfill", "Totals", "Reused t (under deals and own reuse)",
            "Reuse rate", "out of the site", "into the site",
            "Delivered: recorded by the receiver and not disputed. CO2: tonnes × road km × 0.09 kg per tonne-km."
                    + " Reuse rate: reused over reused plus landfill."),
    NORWEGIAN(Locale.forLanguageTag("nb-NO"), "Masserapport", "Anlegg", "Kommune", "Laget", "Retning", "ut", "inn",
            "Materiale", "EAL-kode", "Klasse", "Planlagt t", "Avtalt t", "Levert t", "Motpart", "km", "Billass",
            "CO2 kg", "Deponi t", "ingen avtale ennå", "egen gjenbruk", "deponi", "Sum", "Gjenbrukt t (under avtaler"
                    + " og egen gjenbruk)", "Gjenbruksgrad", "ut av anlegget", "inn til anlegget",
            "Levert: registrert av mottakeren og ikke omstridt. CO2: tonn × veikilometer × 0,09 kg per"
                    + " tonnkilometer. Gjenbruksgrad: gjenbrukt av gjenbrukt pluss deponi.");

    final Locale locale;
    final String title;
    final String site;
    final String municipality;
    final String madeOn;
    final String direction;
    final String out;
    final String in;
    final String material;
    final String ewcCode;
    final String contaminationClass;
    final String planned;
    final String agreed;
    final String delivered;
    final String counterpart;
    final String km;
    final String truckTrips;
    final String co2;
    final String landfill;
    final String noDeal;
    final String ownReuse;
    final String landfillDestination;
    final String totals;
    final String reused;
    final String reuseRate;
    final String outOfSite;
    final String intoSite;
    final String definitions;

    ReportLanguage(Locale locale, String title, String site, String municipality, String madeOn, String direction,
                   String out, String in, String material, String ewcCode, String contaminationClass, String planned,
                   String agreed, String delivered, String counterpart, String km, String truckTrips, String co2,
                   String landfill, String noDeal, String ownReuse, String landfillDestination, String totals,
                   String reused, String reuseRate, String outOfSite, String intoSite, String definitions) {
        this.locale = locale;
        this.title = title;
        this.site = site;
        this.municipality = municipality;
        this.madeOn = madeOn;
        this.direction = direction;
        this.out = out;
        this.in = in;
        this.material = material;
        this.ewcCode = ewcCode;
        this.contaminationClass = contaminationClass;
        this.planned = planned;
        this.agreed = agreed;
        this.delivered = delivered;
        this.counterpart = counterpart;
        this.km = km;
        this.truckTrips = truckTrips;
        this.co2 = co2;
        this.landfill = landfill;
        this.noDeal = noDeal;
        this.ownReuse = ownReuse;
        this.landfillDestination = landfillDestination;
        this.totals = totals;
        this.reused = reused;
        this.reuseRate = reuseRate;
        this.outOfSite = outOfSite;
        this.intoSite = intoSite;
        this.definitions = definitions;
    }

    static ReportLanguage of(String acceptLanguage) {
        return AcceptLanguage.preferred(acceptLanguage).filter(AcceptLanguage.NORWEGIAN::equals).map(nb -> NORWEGIAN)
                .orElse(ENGLISH);
    }

    /** A number with one decimal in the language's style (Norwegian: 1 234,5). */
    String number(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(locale));
        return format.format(value).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    String direction(MassReport.Direction direction) {
        return direction == MassReport.Direction.OUT ? out : in;
    }

    String material(MassReport.Row row) {
        String name = this == NORWEGIAN ? row.materialNameNo() : row.materialNameEn();
        return name == null ? row.materialCode() : name;
    }

    /** The counterpart as the report names it. */
    String counterpart(MassReport.Row row) {
        if (row.outsideSirkel()) {
            String where = row.landfillTonnes() > 0 ? landfillDestination : ownReuse;
            return row.counterpart() == null ? where : row.counterpart() + " (" + where + ")";
        }
        return row.counterpart() == null ? noDeal : row.counterpart();
    }
}
