package no.sirkel.optimizer.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak Java heap over a stretch of work, from the JVM's memory-pool beans: the sum of every heap pool's peak usage
 * since {@link #reset}. Pools peak at different moments, so the sum is an upper bound on the true peak; GC beans add
 * how many collections ran and how long they took.
 */
final class HeapPeak {

    private long collectionsAtReset;
    private long collectionMillisAtReset;

    /** Collects garbage and starts a new measurement. */
    void reset() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        collectionsAtReset = collections();
        collectionMillisAtReset = collectionMillis();
    }

    /** Megabytes: the sum of the heap pools' peaks since {@link #reset}. */
    long peakMegabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }

    long collectionsSinceReset() {
        return collections() - collectionsAtReset;
    }

    long collectionMillisSinceReset() {
        return collectionMillis() - collectionMillisAtReset;
    }

    static long maxHeapMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    private static long collections() {
        long count = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
        }
        return count;
    }

    private static long collectionMillis() {
        long millis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += Math.max(0, collector.getCollectionTime());
        }
        return millis;
    }
}
