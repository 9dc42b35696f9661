package no.sirkel.optimizer.flow;

/**
 * The primal network simplex method for a min-cost flow in whole numbers (after Kelly &amp; O'Neill 1991 and the
 * design of LEMON's {@code NetworkSimplex}): minimise {@code Σ cost × flow} over flows within {@code 0 ≤ flow ≤
 * capacity} on each arc that leave every node with its supply (positive: it sends; negative: it receives; the
 * supplies sum to 0). Costs, capacities, supplies and flows are {@code long}s, so the optimum is exact.
 *
 * <p>A spanning tree of the nodes and an artificial root holds the basis: each node's parent, the tree arc to it and
 * that arc's direction, the preorder thread through the tree (and its reverse), the size of each node's subtree and
 * its last node in the thread. The first tree joins every node to the root by an artificial arc that carries its
 * supply (a node that receives gets an arc from the root at a cost dearer than any path of real arcs), so the flows
 * are feasible from the start and a positive flow left on an artificial arc at the end means no feasible flow exists.
 * The entering arc is the most negative reduced cost within a block of about √arcs arcs, scanned on from where the
 * last search stopped; the leaving arc is the last blocking arc met on the cycle, which keeps the tree strongly
 * feasible and so prevents cycling.
 *
 * <p>What makes it worth having beside OR-Tools' cost scaling: {@link #solve} with new costs <em>keeps the tree and
 * the flows</em> of the last solve. Changing costs leaves every flow feasible, so only the potentials are computed
 * again and the pivots go on from there, which after a small change of costs takes a fraction of a cold solve. A
 * basis can be kept ({@link #basis()}) and put back ({@link #restore}) to start a related problem from it.
 *
 * <p>Not thread-safe.
 */
public final class NetworkSimplex {

    /** How a solve ended. */
    public enum Status {
        /** The flows are optimal for the costs given. */
        OPTIMAL,
        /** No flow meets the supplies within the capacities. */
        INFEASIBLE,
        /** A cycle of negative cost and unlimited capacity exists. */
        UNBOUNDED,
        /** The deadline passed first; the flows are feasible (or still partly artificial) but not optimal. */
        TIME_UP
    }

    /** Capacities at or above this count as unlimited. */
    public static final long UNLIMITED = Long.MAX_VALUE / 4;

    private static final byte AT_UPPER = -1;
    private static final byte IN_TREE = 0;
    private static final byte AT_LOWER = 1;
    /** The tree arc to a node goes from the node to its parent. */
    private static final byte UP = 1;
    /** The tree arc to a node goes from its parent to the node. */
    private static final byte DOWN = -1;
    private static final int PIVOTS_PER_CLOCK_READING = 1024;

    private final int nodeCount;
    private final int arcCount;
    private final int root;
    /** Arcs 0 .. arcCount − 1 are the real ones; arc {@code arcCount + u} is node u's artificial arc. */
    private final int[] source;
    private final int[] target;
    private final long[] capacity;
    private final long[] supply;
    private final long[] cost;
    /**
     * The real arcs' costs as {@code int}s where they all fit (then {@link #narrowCosts}): the pivot search reads
     * every arc's cost, and at 825,000 arcs its time goes mostly to reading memory, so fewer bytes per arc count.
     */
    private final int[] narrowCost;
    private boolean narrowCosts;
    private final long[] flow;
    private final byte[] state;
    private final int[] parent;
    private final int[] pred;
    private final byte[] predDir;
    private final int[] thread;
    private final int[] revThread;
    private final int[] succNum;
    private final int[] lastSucc;
    private final long[] pi;
    private final int[] dirtyRevs;
    private final int blockSize;

    private boolean hasTree;
    private int nextArc;
    private long pivots;
    private long scannedArcs;

    private int inArc;
    private int join;
    private int uIn;
    private int vIn;
    private int uOut;
    private long delta;

    /**
     * @param nodeCount the nodes, numbered from 0
     * @param tail      each arc's tail node (the arcs are numbered by their index here)
     * @param head      each arc's head node
     * @param capacity  each arc's capacity, ≥ 0 ({@link #UNLIMITED} or more: no limit)
     * @param supply    each node's supply (positive: it sends that much; negative: it receives); the sum must be 0
     */
    public NetworkSimplex(int nodeCount, int[] tail, int[] head, long[] capacity, long[] supply) {
        if (nodeCount < 1 || supply.length != nodeCount || head.length != tail.length
                || capacity.length != tail.length) {
            throw new IllegalArgumentException("arrays of different lengths, or no node");
        }
        this.nodeCount = nodeCount;
        this.arcCount = tail.length;
        this.root = nodeCount;
        int all = arcCount + nodeCount;
        source = new int[all];
        target = new int[all];
        this.capacity = new long[all];
        long sum = 0;
        for (int a = 0; a < arcCount; a++) {
            if (tail[a] < 0 || tail[a] >= nodeCount || head[a] < 0 || head[a] >= nodeCount) {
                throw new IllegalArgumentException("arc " + a + " has no such node");
            }
            if (capacity[a] < 0) {
                throw new IllegalArgumentException("arc " + a + " has a negative capacity");
            }
            source[a] = tail[a];
            target[a] = head[a];
            this.capacity[a] = Math.min(capacity[a], UNLIMITED);
        }
        for (int u = 0; u < nodeCount; u++) {
            if (Math.abs(supply[u]) >= UNLIMITED) {
                throw new IllegalArgumentException("node " + u + " has a supply out of range");
            }
            sum += supply[u];
            this.capacity[arcCount + u] = UNLIMITED;
        }
        if (sum != 0) {
            throw new IllegalArgumentException("the supplies sum to " + sum + ", not 0");
        }
        this.supply = supply.clone();
        cost = new long[all];
        narrowCost = new int[arcCount];
        flow = new long[all];
        state = new byte[all];
        parent = new int[nodeCount + 1];
        pred = new int[nodeCount + 1];
        predDir = new byte[nodeCount + 1];
        thread = new int[nodeCount + 1];
        revThread = new int[nodeCount + 1];
        succNum = new int[nodeCount + 1];
        lastSucc = new int[nodeCount + 1];
        pi = new long[nodeCount + 1];
        dirtyRevs = new int[nodeCount + 2];
        blockSize = Math.max(10, (int) Math.ceil(Math.sqrt(arcCount)));
    }

    public int nodeCount() {
        return nodeCount;
    }

    public int arcCount() {
        return arcCount;
    }

    /** Solves to optimality for these costs per unit of flow on each arc, from the last solve's tree if any. */
    public Status solve(long[] arcCost) {
        return solve(arcCost, Long.MAX_VALUE);
    }

    /**
     * Solves for these costs per unit of flow on each arc (any sign; their magnitudes times the node count must fit
     * a {@code long}), going on from the tree and flows of the last solve (or of {@link #restore}) where there is one.
     * Only costs change between solves, so those flows are still feasible; the potentials are computed afresh.
     *
     * @param deadline {@link System#nanoTime()} after which the pivots stop with {@link Status#TIME_UP} (the tree
     *                 is kept, and the next solve goes on from it)
     */
    public Status solve(long[] arcCost, long deadline) {
        if (arcCost.length != arcCount) {
            throw new IllegalArgumentException(arcCost.length + " costs for " + arcCount + " arcs");
        }
        long largest = 0;
        for (int a = 0; a < arcCount; a++) {
            long c = arcCost[a];
            if (c == Long.MIN_VALUE) {
                throw new IllegalArgumentException("arc " + a + " has a cost out of range");
            }
            largest = Math.max(largest, Math.abs(c));
            cost[a] = c;
        }
        narrowCosts = largest <= Integer.MAX_VALUE;
        if (narrowCosts) {
            for (int a = 0; a < arcCount; a++) {
                narrowCost[a] = (int) cost[a];
            }
        }
        // dearer than any path of real arcs, so that no optimal flow sends anything from the root where it can help
        long artificialCost = Math.multiplyExact(largest + 1, (long) nodeCount + 1);
        // a tree path from the root holds one artificial arc, so potentials stay within 2 × that and reduced costs
        // within 5 ×: fail here rather than overflow in the pivots
        Math.multiplyExact(artificialCost, 8);
        boolean cold = !hasTree;
        if (cold) {
            initialTree();
        }
        for (int u = 0; u < nodeCount; u++) {
            int e = arcCount + u;
            cost[e] = source[e] == root ? artificialCost : 0;
        }
        computePotentials();
        if (cold && !initialPivots()) {
            return Status.UNBOUNDED;
        }
        long counted = 0;
        while (findEnteringArc()) {
            findJoinNode();
            boolean change = findLeavingArc();
            if (delta >= UNLIMITED) {
                return Status.UNBOUNDED;
            }
            changeFlow(change);
            if (change) {
                updateTree();
                updatePotentials();
            }
            pivots++;
            if (++counted % PIVOTS_PER_CLOCK_READING == 0 && System.nanoTime() - deadline > 0) {
                return Status.TIME_UP;
            }
        }
        for (int u = 0; u < nodeCount; u++) {
            if (flow[arcCount + u] != 0) {
                return Status.INFEASIBLE;
            }
        }
        return Status.OPTIMAL;
    }

    /** The flow on a real arc after the last solve. */
    public long flow(int arc) {
        if (arc < 0 || arc >= arcCount) {
            throw new IndexOutOfBoundsException(arc);
        }
        return flow[arc];
    }

    /** {@code Σ cost × flow} over the real arcs for the last solve's costs, exact (it throws on overflow). */
    public long totalCost() {
        long total = 0;
        for (int a = 0; a < arcCount; a++) {
            if (flow[a] != 0) {
                total = Math.addExact(total, Math.multiplyExact(cost[a], flow[a]));
            }
        }
        return total;
    }

    /**
     * A node's potential after an optimal solve: every arc's reduced cost {@code cost + π(tail) − π(head)} is ≥ 0
     * where it carries less than its capacity and ≤ 0 where it carries more than 0.
     */
    public long potential(int node) {
        return pi[node];
    }

    /** Pivots made by every solve so far. */
    public long pivots() {
        return pivots;
    }

    /** A copy of the tree and flows, for {@link #restore}. */
    public Basis basis() {
        if (!hasTree) {
            return null;
        }
        return new Basis(this, flow.clone(), state.clone(), parent.clone(), pred.clone(), predDir.clone(),
                thread.clone(), revThread.clone(), succNum.clone(), lastSucc.clone(), nextArc);
    }

    /** Makes a basis taken from this instance the one the next solve starts from (null: start afresh). */
    public void restore(Basis basis) {
        if (basis == null) {
            hasTree = false;
            return;
        }
        if (basis.owner != this) {
            throw new IllegalArgumentException("a basis of another network");
        }
        System.arraycopy(basis.flow, 0, flow, 0, flow.length);
        System.arraycopy(basis.state, 0, state, 0, state.length);
        System.arraycopy(basis.parent, 0, parent, 0, parent.length);
        System.arraycopy(basis.pred, 0, pred, 0, pred.length);
        System.arraycopy(basis.predDir, 0, predDir, 0, predDir.length);
        System.arraycopy(basis.thread, 0, thread, 0, thread.length);
        System.arraycopy(basis.revThread, 0, revThread, 0, revThread.length);
        System.arraycopy(basis.succNum, 0, succNum, 0, succNum.length);
        System.arraycopy(basis.lastSucc, 0, lastSucc, 0, lastSucc.length);
        nextArc = basis.nextArc;
        hasTree = true;
    }

    /** A saved tree with its flows: opaque, for {@link #restore} on the instance that made it. */
    public static final class Basis {

        private final NetworkSimplex owner;
        private final long[] flow;
        private final byte[] state;
        private final int[] parent;
        private final int[] pred;
        private final byte[] predDir;
        private final int[] thread;
        private final int[] revThread;
        private final int[] succNum;
        private final int[] lastSucc;
        private final int nextArc;

        private Basis(NetworkSimplex owner, long[] flow, byte[] state, int[] parent, int[] pred, byte[] predDir,
                      int[] thread, int[] revThread, int[] succNum, int[] lastSucc, int nextArc) {
            this.owner = owner;
            this.flow = flow;
            this.state = state;
            this.parent = parent;
            this.pred = pred;
            this.predDir = predDir;
            this.thread = thread;
            this.revThread = revThread;
            this.succNum = succNum;
            this.lastSucc = lastSucc;
            this.nextArc = nextArc;
        }
    }

    /**
     * Checks the tree's bookkeeping against its definition (for tests): the thread is a preorder of the tree from
     * the root, each subtree's size and last node agree with it, every tree arc joins a node to its parent in its
     * stated direction, every arc's flow is within its capacity and every node's flow balance is its supply.
     */
    void checkTree() {
        if (!hasTree) {
            return;
        }
        int[] order = new int[nodeCount + 1];
        int[] position = new int[nodeCount + 1];
        java.util.Arrays.fill(position, -1);
        int u = root;
        for (int i = 0; i <= nodeCount; i++) {
            if (position[u] >= 0) {
                throw new IllegalStateException("the thread visits " + u + " twice");
            }
            order[i] = u;
            position[u] = i;
            if (revThread[thread[u]] != u) {
                throw new IllegalStateException("rev thread of " + thread[u]);
            }
            u = thread[u];
        }
        if (u != root) {
            throw new IllegalStateException("the thread does not close at the root");
        }
        for (int i = 0; i <= nodeCount; i++) {
            int node = order[i];
            int last = order[i + succNum[node] - 1];
            if (last != lastSucc[node]) {
                throw new IllegalStateException("last successor of " + node);
            }
            for (int k = i + 1; k < i + succNum[node]; k++) {
                int inside = order[k];
                if (position[parent[inside]] < i) {
                    throw new IllegalStateException("subtree of " + node + " holds " + inside
                            + " whose parent is outside");
                }
            }
            if (node != root) {
                if (position[parent[node]] >= i) {
                    throw new IllegalStateException("parent of " + node + " after it in the thread");
                }
                int e = pred[node];
                boolean up = source[e] == node && target[e] == parent[node];
                boolean down = target[e] == node && source[e] == parent[node];
                if (!(predDir[node] == UP ? up : down) || state[e] != IN_TREE) {
                    throw new IllegalStateException("tree arc of " + node);
                }
            }
        }
        long[] balance = new long[nodeCount + 1];
        int inTree = 0;
        for (int e = 0; e < arcCount + nodeCount; e++) {
            if (flow[e] < 0 || flow[e] > capacity[e]) {
                throw new IllegalStateException("flow on " + e);
            }
            if (state[e] == IN_TREE) {
                inTree++;
            } else if (flow[e] != (state[e] == AT_LOWER ? 0 : capacity[e])) {
                throw new IllegalStateException("arc " + e + " out of the tree strictly between its bounds");
            }
            balance[source[e]] += flow[e];
            balance[target[e]] -= flow[e];
        }
        if (inTree != nodeCount) {
            throw new IllegalStateException(inTree + " tree arcs for " + nodeCount + " nodes");
        }
        for (int node = 0; node < nodeCount; node++) {
            if (balance[node] != supply[node]) {
                throw new IllegalStateException("balance of " + node);
            }
        }
    }

    private void initialTree() {
        for (int a = 0; a < arcCount; a++) {
            flow[a] = 0;
            state[a] = AT_LOWER;
        }
        for (int u = 0; u < nodeCount; u++) {
            int e = arcCount + u;
            parent[u] = root;
            pred[u] = e;
            thread[u] = u + 1;
            revThread[u + 1] = u;
            succNum[u] = 1;
            lastSucc[u] = u;
            state[e] = IN_TREE;
            if (supply[u] >= 0) {
                predDir[u] = UP;
                source[e] = u;
                target[e] = root;
                flow[e] = supply[u];
            } else {
                predDir[u] = DOWN;
                source[e] = root;
                target[e] = u;
                flow[e] = -supply[u];
            }
        }
        parent[root] = -1;
        pred[root] = -1;
        thread[root] = 0;
        revThread[0] = root;
        succNum[root] = nodeCount + 1;
        lastSucc[root] = nodeCount - 1;
        nextArc = 0;
        hasTree = true;
    }

    /**
     * A cold start's first pivots: the cheapest arc into each node that receives, where it prices in (as LEMON does),
     * so that the flow starts along cheap arcs rather than from the root. False where a pivot finds the problem
     * unbounded.
     */
    private boolean initialPivots() {
        int[] cheapestIn = new int[nodeCount];
        java.util.Arrays.fill(cheapestIn, -1);
        for (int a = 0; a < arcCount; a++) {
            int v = target[a];
            if (supply[v] < 0 && capacity[a] > 0 && (cheapestIn[v] < 0 || cost[a] < cost[cheapestIn[v]])) {
                cheapestIn[v] = a;
            }
        }
        for (int v = 0; v < nodeCount; v++) {
            int a = cheapestIn[v];
            if (a < 0 || state[a] * (cost[a] + pi[source[a]] - pi[target[a]]) >= 0) {
                continue;
            }
            inArc = a;
            findJoinNode();
            boolean change = findLeavingArc();
            if (delta >= UNLIMITED) {
                return false;
            }
            changeFlow(change);
            if (change) {
                updateTree();
                updatePotentials();
            }
            pivots++;
        }
        return true;
    }

    /** Every node's potential from the tree arcs' costs, down the thread from the root (a parent comes first). */
    private void computePotentials() {
        pi[root] = 0;
        for (int u = thread[root]; u != root; u = thread[u]) {
            pi[u] = pi[parent[u]] - predDir[u] * cost[pred[u]];
        }
    }

    /** Block search: the arc of most negative reduced cost in the first block, from {@link #nextArc}, that has one. */
    private boolean findEnteringArc() {
        if (narrowCosts) {
            return findEnteringArcNarrow();
        }
        long least = 0;
        int count = blockSize;
        int e = nextArc;
        for (int scanned = 0; scanned < arcCount; scanned++) {
            byte s = state[e];
            if (s != IN_TREE) {
                long reduced = s * (cost[e] + pi[source[e]] - pi[target[e]]);
                if (reduced < least) {
                    least = reduced;
                    inArc = e;
                }
            }
            if (++e == arcCount) {
                e = 0;
            }
            if (--count == 0) {
                if (least < 0) {
                    nextArc = e;
                    scannedArcs += scanned + 1;
                    return true;
                }
                count = blockSize;
            }
        }
        nextArc = e;
        scannedArcs += arcCount;
        return least < 0;
    }

    /** Arcs priced by the pivot searches so far (for measurements). */
    public long scannedArcs() {
        return scannedArcs;
    }

    /** {@link #findEnteringArc} reading the costs as {@code int}s. */
    private boolean findEnteringArcNarrow() {
        long least = 0;
        int count = blockSize;
        int e = nextArc;
        int[] narrow = narrowCost;
        for (int scanned = 0; scanned < arcCount; scanned++) {
            byte s = state[e];
            if (s != IN_TREE) {
                long reduced = s * (narrow[e] + pi[source[e]] - pi[target[e]]);
                if (reduced < least) {
                    least = reduced;
                    inArc = e;
                }
            }
            if (++e == arcCount) {
                e = 0;
            }
            if (--count == 0) {
                if (least < 0) {
                    nextArc = e;
                    scannedArcs += scanned + 1;
                    return true;
                }
                count = blockSize;
            }
        }
        nextArc = e;
        scannedArcs += arcCount;
        return least < 0;
    }

    /** The node where the paths from the entering arc's ends to the root meet. */
    private void findJoinNode() {
        int u = source[inArc];
        int v = target[inArc];
        while (u != v) {
            if (succNum[u] < succNum[v]) {
                u = parent[u];
            } else {
                v = parent[v];
            }
        }
        join = u;
    }

    private long room(int e) {
        return capacity[e] >= UNLIMITED ? UNLIMITED : capacity[e] - flow[e];
    }

    /**
     * The leaving arc: the last arc that blocks the flow round the cycle, walking it in the direction the flow
     * goes (from the side the flow leaves the entering arc first, then from the other side with ties going to the
     * later arc). Sets {@link #delta}, {@link #uOut} and the entering arc's ends {@link #uIn} (the end in the subtree
     * that is cut off) and {@link #vIn}; false where the entering arc itself blocks first.
     */
    private boolean findLeavingArc() {
        int first;
        int second;
        if (state[inArc] == AT_LOWER) {
            first = source[inArc];
            second = target[inArc];
        } else {
            first = target[inArc];
            second = source[inArc];
        }
        delta = capacity[inArc];
        int side = 0;
        for (int u = first; u != join; u = parent[u]) {
            int e = pred[u];
            long d = predDir[u] == UP ? flow[e] : room(e);
            if (d < delta) {
                delta = d;
                uOut = u;
                side = 1;
            }
        }
        for (int u = second; u != join; u = parent[u]) {
            int e = pred[u];
            long d = predDir[u] == DOWN ? flow[e] : room(e);
            if (d <= delta) {
                delta = d;
                uOut = u;
                side = 2;
            }
        }
        if (side == 1) {
            uIn = first;
            vIn = second;
        } else {
            uIn = second;
            vIn = first;
        }
        return side != 0;
    }

    /** Pushes {@link #delta} round the cycle and updates the states of the entering and leaving arcs. */
    private void changeFlow(boolean change) {
        if (delta > 0) {
            long pushed = state[inArc] * delta;
            flow[inArc] += pushed;
            for (int u = source[inArc]; u != join; u = parent[u]) {
                flow[pred[u]] -= predDir[u] * pushed;
            }
            for (int u = target[inArc]; u != join; u = parent[u]) {
                flow[pred[u]] += predDir[u] * pushed;
            }
        }
        if (change) {
            state[inArc] = IN_TREE;
            int out = pred[uOut];
            state[out] = flow[out] == 0 ? AT_LOWER : AT_UPPER;
        } else {
            state[inArc] = (byte) -state[inArc];
        }
    }

    /**
     * The tree after the entering arc joined it and the leaving arc (the tree arc to {@link #uOut}) left: the subtree
     * of uOut hangs from {@link #vIn} through {@link #uIn} now, so the parents along the stem from uIn up to uOut turn
     * round, and the thread, subtree sizes and last successors change along the stem and above it up to the join.
     */
    private void updateTree() {
        int oldRevThread = revThread[uOut];
        int oldSuccNum = succNum[uOut];
        int oldLastSucc = lastSucc[uOut];
        int vOut = parent[uOut];

        if (uIn == uOut) {
            parent[uIn] = vIn;
            pred[uIn] = inArc;
            predDir[uIn] = uIn == source[inArc] ? UP : DOWN;
            if (thread[vIn] != uOut) {
                // cut the subtree out of the thread and put it right after vIn
                int after = thread[oldLastSucc];
                thread[oldRevThread] = after;
                revThread[after] = oldRevThread;
                after = thread[vIn];
                thread[vIn] = uOut;
                revThread[uOut] = vIn;
                thread[oldLastSucc] = after;
                revThread[after] = oldLastSucc;
            }
        } else {
            // where the thread goes on after the moved subtree (when vIn comes right before uOut, the join is vOut)
            int threadContinue = oldRevThread == vIn ? thread[oldLastSucc] : thread[vIn];
            int stem = uIn;
            int parentOfStem = vIn;
            int last = lastSucc[uIn];
            int after = thread[last];
            int dirty = 0;
            thread[vIn] = uIn;
            dirtyRevs[dirty++] = vIn;
            while (stem != uOut) {
                int nextStem = parent[stem];
                // the next stem node follows the subtree of this one
                thread[last] = nextStem;
                dirtyRevs[dirty++] = last;
                // and this stem node's subtree leaves its old place in the thread
                int before = revThread[stem];
                thread[before] = after;
                revThread[after] = before;
                parent[stem] = parentOfStem;
                parentOfStem = stem;
                stem = nextStem;
                last = lastSucc[stem] == lastSucc[parentOfStem] ? revThread[parentOfStem] : lastSucc[stem];
                after = thread[last];
            }
            parent[uOut] = parentOfStem;
            thread[last] = threadContinue;
            revThread[threadContinue] = last;
            lastSucc[uOut] = last;
            if (oldRevThread != vIn) {
                thread[oldRevThread] = after;
                revThread[after] = oldRevThread;
            }
            for (int i = 0; i < dirty; i++) {
                int u = dirtyRevs[i];
                revThread[thread[u]] = u;
            }
            // tree arcs, directions, subtree sizes and last successors along the turned stem
            int sizeSoFar = 0;
            int lastOfOut = lastSucc[uOut];
            for (int u = uOut, p = parent[u]; u != uIn; u = p, p = parent[u]) {
                pred[u] = pred[p];
                predDir[u] = (byte) -predDir[p];
                sizeSoFar += succNum[u] - succNum[p];
                succNum[u] = sizeSoFar;
                lastSucc[p] = lastOfOut;
            }
            pred[uIn] = inArc;
            predDir[uIn] = uIn == source[inArc] ? UP : DOWN;
            succNum[uIn] = oldSuccNum;
        }

        // last successors above vIn, and above vOut, up to where they change no more
        int upLimitOut = lastSucc[join] == vIn ? join : -1;
        int lastSuccOut = lastSucc[uOut];
        for (int u = vIn; u != -1 && lastSucc[u] == vIn; u = parent[u]) {
            lastSucc[u] = lastSuccOut;
        }
        if (join != oldRevThread && vIn != oldRevThread) {
            for (int u = vOut; u != upLimitOut && lastSucc[u] == oldLastSucc; u = parent[u]) {
                lastSucc[u] = oldRevThread;
            }
        } else if (lastSuccOut != oldLastSucc) {
            for (int u = vOut; u != upLimitOut && lastSucc[u] == oldLastSucc; u = parent[u]) {
                lastSucc[u] = lastSuccOut;
            }
        }
        for (int u = vIn; u != join; u = parent[u]) {
            succNum[u] += oldSuccNum;
        }
        for (int u = vOut; u != join; u = parent[u]) {
            succNum[u] -= oldSuccNum;
        }
    }

    /** Shifts the potentials of the moved subtree so that the entering arc's reduced cost is 0. */
    private void updatePotentials() {
        long shift = pi[vIn] - pi[uIn] - predDir[uIn] * cost[inArc];
        int end = thread[lastSucc[uIn]];
        for (int u = uIn; u != end; u = thread[u]) {
            pi[u] += shift;
        }
    }
}
