package no.sirkel.optimizer.network;

import no.sirkel.optimizer.problem.DisposalSite;
import no.sirkel.optimizer.problem.Objective;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.VirginSource;

/**
 * A problem together with its {@link Network} and what the network no longer shows: which disposal site each supply
 * falls back to and which virgin source each demand falls back to (with their road km), so that a plan can name them.
 * Indices are positions in the problem's lists. Built by {@link NetworkBuilder}.
 */
public final class PreparedProblem {

    /** Marks a supply with no eligible disposal site, or a demand with no eligible virgin source: the penalty applies. */
    public static final int PENALTY = -1;

    private final Problem problem;
    private final Network network;
    private final int[] disposalSiteBySupply;
    private final double[] disposalKmBySupply;
    private final int[] virginSourceByDemand;
    private final double[] virginKmByDemand;

    PreparedProblem(Problem problem, Network network, int[] disposalSiteBySupply, double[] disposalKmBySupply,
                    int[] virginSourceByDemand, double[] virginKmByDemand) {
        this.problem = problem;
        this.network = network;
        this.disposalSiteBySupply = disposalSiteBySupply;
        this.disposalKmBySupply = disposalKmBySupply;
        this.virginSourceByDemand = virginSourceByDemand;
        this.virginKmByDemand = virginKmByDemand;
    }

    public Problem problem() {
        return problem;
    }

    public Network network() {
        return network;
    }

    /** NOK per tonne-km with objective COST, 1 with TONNE_KM: the {@code c} of the cost formula. */
    public double costPerTonneKm() {
        return isMoney() ? problem.parameters().costPerTonneKm() : 1;
    }

    /** Whether costs are money (objective COST); otherwise fees, prices and fixed costs count as 0. */
    public boolean isMoney() {
        return problem.parameters().objective() == Objective.COST;
    }

    /** Index of the disposal site supply s falls back to, or {@link #PENALTY}. */
    public int disposalSite(int supply) {
        return disposalSiteBySupply[supply];
    }

    /** Road km from supply s to its disposal site; NaN where the penalty applies. */
    public double disposalKm(int supply) {
        return disposalKmBySupply[supply];
    }

    /** Index of the virgin source demand d falls back to, or {@link #PENALTY}. */
    public int virginSource(int demand) {
        return virginSourceByDemand[demand];
    }

    /** Road km from the virgin source of demand d to d; NaN where the penalty applies. */
    public double virginKm(int demand) {
        return virginKmByDemand[demand];
    }

    /** Gate fee per tonne at a disposal site in the objective's unit (0 for TONNE_KM). */
    public double gateFeePerTonne(int site) {
        DisposalSite disposalSite = problem.disposalSites().get(site);
        return isMoney() ? disposalSite.gateFeePerTonne() : 0;
    }

    /** Price per tonne at a virgin source in the objective's unit (0 for TONNE_KM). */
    public double pricePerTonne(int source) {
        VirginSource virginSource = problem.virginSources().get(source);
        return isMoney() ? virginSource.pricePerTonne() : 0;
    }
}
