package dev.parallax.cli;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The most heap in use at any time: the heap is fullest just before a collection, which the collector reports, and
 * a sample every 250 ms covers a stretch without one. Cheap enough to leave running beside a benchmark (a sampler
 * polling every few milliseconds took a percent of a core).
 */
final class HeapSampler extends Thread {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final NotificationListener beforeCollection = this::collected;
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private volatile boolean running = true;

    HeapSampler() {
        setDaemon(true);
        setName("heap-sampler");
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(beforeCollection, null, null);
            }
        }
    }

    private void collected(Notification n, Object handback) {
        if (running && GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long used = info.getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
                    .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
            peak.accumulateAndGet(used, Math::max);
        }
    }

    @Override
    public void run() {
        while (running) {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void stopSampling() {
        running = false;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(beforeCollection);
                } catch (javax.management.ListenerNotFoundException e) {
                    // not registered with this collector
                }
            }
        }
    }

    /** Starts the measure again from the heap in use now. */
    void reset() {
        peak.set(memory.getHeapMemoryUsage().getUsed());
    }

    long peak() {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        return peak.get();
    }
}
