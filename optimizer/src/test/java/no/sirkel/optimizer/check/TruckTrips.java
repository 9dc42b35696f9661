package no.sirkel.optimizer.check;

/**
 * Truck trips over flows, Σ ceil(tonnes / payload). Tonnes within the tolerance of a whole number of loads count as
 * that number, but one trip more is also accepted there, since rounding noise in a solver's tonnes can tip its ceiling
 * either way.
 */
final class TruckTrips {

    private final double payloadTonnes;
    private long fewest;
    private long most;

    TruckTrips(double payloadTonnes) {
        this.payloadTonnes = payloadTonnes;
    }

    void add(double tonnes) {
        double loads = tonnes / payloadTonnes;
        fewest += (long) Math.ceil(loads - Tolerance.allowance(loads));
        most += (long) Math.ceil(loads + Tolerance.allowance(loads));
    }

    long fewest() {
        return fewest;
    }

    long most() {
        return most;
    }

    boolean allows(double trips) {
        return trips >= fewest && trips <= most;
    }

    /** The expected count, with near-whole loads taken as whole. */
    String describe() {
        return Long.toString(fewest);
    }

    static TruckTrips of(double payloadTonnes, double tonnes) {
        TruckTrips trips = new TruckTrips(payloadTonnes);
        trips.add(tonnes);
        return trips;
    }
}
