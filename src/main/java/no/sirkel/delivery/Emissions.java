package no.sirkel.delivery;

import no.sirkel.optimizer.problem.Parameters;

/** CO2 of trucking masses, at the service's default factor (the candidate search's and the optimizer's). */
public final class Emissions {

    /** kg CO2 per tonne carried one road km. */
    public static final double CO2_KG_PER_TONNE_KM = Parameters.DEFAULT_CO2_KG_PER_TONNE_KM;

    private Emissions() {
    }

    /** kg CO2 of carrying the tonnes over the road km. */
    public static double co2Kg(double tonnes, double km) {
        return tonnes * km * CO2_KG_PER_TONNE_KM;
    }
}
