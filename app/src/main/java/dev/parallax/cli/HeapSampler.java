package dev.parallax.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/** Samples used heap every 20 ms and keeps the maximum. */
final class HeapSampler extends Thread {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running = true;

    HeapSampler() {
        setDaemon(true);
        setName("heap-sampler");
    }

    @Override
    public void run() {
        while (running) {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void stopSampling() {
        running = false;
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
