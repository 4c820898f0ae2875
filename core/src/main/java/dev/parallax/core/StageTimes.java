package dev.parallax.core;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The CPU time spent in named stages, summed over all threads, so that a run's profile does not depend on how many
 * threads ran it or on what else the machine was doing. A stage timed inside another (extraction inside indexing)
 * counts only for itself: the outer stage gets its own time without the inner one's. Thread-safe; {@link #NONE}
 * records nothing.
 */
public final class StageTimes {

    /** Records nothing and costs nothing. */
    public static final StageTimes NONE = new StageTimes(false);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final boolean enabled;
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final ThreadLocal<Deque<long[]>> open = ThreadLocal.withInitial(ArrayDeque::new);

    private StageTimes(boolean enabled) {
        this.enabled = enabled;
    }

    /** A recorder that starts empty. */
    public static StageTimes recording() {
        return new StageTimes(true);
    }

    /** Runs {@code work} and adds its CPU time (less that of stages timed inside it) to {@code stage}. */
    public <T> T time(String stage, Supplier<T> work) {
        if (!enabled) {
            return work.get();
        }
        Deque<long[]> stack = open.get();
        long[] frame = {cpu(), 0};
        stack.push(frame);
        try {
            return work.get();
        } finally {
            stack.pop();
            long spent = cpu() - frame[0];
            add(stage, spent - frame[1]);
            long[] outer = stack.peek();
            if (outer != null) {
                outer[1] += spent;
            }
        }
    }

    /** Adds time measured elsewhere (e.g. by a library's own timer) to {@code stage}. */
    public void add(String stage, long cpuNanos) {
        if (enabled) {
            nanos.computeIfAbsent(stage, s -> new LongAdder()).add(cpuNanos);
        }
    }

    /** The CPU nanoseconds per stage so far, by stage name. */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        nanos.forEach((stage, n) -> out.put(stage, n.sum()));
        return out;
    }

    /** The current thread's CPU time, for callers that time work this recorder cannot wrap. */
    public static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }
}
