package no.sirkel.optimizer.network;

import java.util.Arrays;

/**
 * Matched tonnes per arc of one {@link Network}: {@code tonnes(a)} is x(s, d) for arc a. Mutable; copy before sharing.
 */
public final class Flows {

    private final double[] tonnesByArc;

    public Flows(int arcCount) {
        this.tonnesByArc = new double[arcCount];
    }

    private Flows(double[] tonnesByArc) {
        this.tonnesByArc = tonnesByArc;
    }

    public static Flows of(double[] tonnesByArc) {
        return new Flows(tonnesByArc.clone());
    }

    public int arcCount() {
        return tonnesByArc.length;
    }

    public double tonnes(int arc) {
        return tonnesByArc[arc];
    }

    public void set(int arc, double tonnes) {
        tonnesByArc[arc] = tonnes;
    }

    public void add(int arc, double tonnes) {
        tonnesByArc[arc] += tonnes;
    }

    public Flows copy() {
        return new Flows(tonnesByArc.clone());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Flows flows && Arrays.equals(tonnesByArc, flows.tonnesByArc);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(tonnesByArc);
    }
}
