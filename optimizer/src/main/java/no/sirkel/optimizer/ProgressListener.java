package no.sirkel.optimizer;

/** Hears of each new best plan during {@link Optimizer#solve}, on the solving thread: return quickly. */
@FunctionalInterface
public interface ProgressListener {

    void onProgress(Progress progress);
}
