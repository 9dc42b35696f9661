package no.sirkel.optimizer.basis;

/**
 * Bringing one edge into a {@link Basis}: the flow θ pushed round the cycle it closes, and the exact change in cost,
 * fixed costs of edges that open or close included.
 *
 * @param entering    the edge brought in
 * @param leavingNode the tree node whose parent edge leaves (one whose flow falls to 0 first)
 * @param theta       tonnes pushed round the cycle (0 for a degenerate pivot)
 * @param costChange  cost after minus cost before
 */
record Pivot(int entering, int leavingNode, double theta, double costChange) {
}
