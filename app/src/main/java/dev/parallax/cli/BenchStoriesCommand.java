package dev.parallax.cli;

import dev.parallax.cluster.ArticleSignal;
import dev.parallax.cluster.StoryIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code parallax bench stories}: the cost of assigning one new article to the stories of a large index. Articles are
 * synthesised (no model is needed): events with a random 384-dimensional centre and members near it, dated over the
 * event's first three days; event days uniform over the span, so 100,000 articles over a year are about 270 a day.
 * Vectors are like those of a sentence embedder on news: any two events' centres have a cosine of about 0.45 (news
 * resembles news), two reports of one event about 0.85 (titles 0.75), so that reports do join their events.
 * Event sizes follow news coverage: half the events are one article, a few have dozens (P(size ≥ k) = 1/k, at most
 * 50, mean about 4.5). Entities come from a Zipf-like vocabulary plus a few names common to every day's news.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Times story assignment of single new articles against indexes of growing size built from",
                "synthetic article vectors, and prints ms per assignment (mean, p50, p99) and candidates scored."})
final class BenchStoriesCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", defaultValue = "10000,30000,100000",
            description = "Index sizes in articles (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--days", defaultValue = "365", description = "Days the corpus spans (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--probes", defaultValue = "2000", description = "Timed single assignments (default: ${DEFAULT-VALUE}).")
    int probes;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private static final int DIMENSIONS = 384;
    private static final int MAX_EVENT = 50;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "synthetic corpus over %d days, %d-dimensional vectors, %d timed single assignments per size%n",
                days, DIMENSIONS, probes);
        for (int size : sizes) {
            Random random = new Random(seed);
            Synth synth = new Synth(random, days);
            StoryIndex index = new StoryIndex();
            long l0 = System.nanoTime();
            List<ArticleSignal> load = synth.articles(size, "a");
            for (ArticleSignal a : load) {
                index.add(a);
            }
            double loadSeconds = (System.nanoTime() - l0) / 1e9;
            List<ArticleSignal> probe = synth.articles(probes, "p");
            long[] nanos = new long[probes];
            long candidates = 0;
            for (int i = 0; i < probes; i++) {
                long t0 = System.nanoTime();
                candidates += index.add(probe.get(i)).candidates();
                nanos[i] = System.nanoTime() - t0;
            }
            Arrays.sort(nanos);
            double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
            out.printf(Locale.ROOT, "%,9d articles (%,.0f a day)  %,8d events  load %6.1f s  assign one: mean %.3f ms  p50 %.3f ms  "
                            + "p99 %.3f ms  candidates %.0f%n", size, (double) size / days, index.eventCount(), loadSeconds, mean,
                    nanos[probes / 2] / 1e6, nanos[(int) (probes * 0.99)] / 1e6, (double) candidates / probes);
            out.flush();
        }
        return ExitCodes.OK;
    }

    /** Synthetic news: events of 1-50 articles around random centres, published within three days. */
    private static final class Synth {
        private final Random random;
        private final int days;
        private final LocalDate start = LocalDate.of(2024, 1, 1);
        private final float[] news;
        private float[] centre;
        private LocalDate day;
        private List<String> entities;
        private int left;

        Synth(Random random, int days) {
            this.random = random;
            this.days = days;
            this.news = unit(gaussian(1.0));
        }

        List<ArticleSignal> articles(int n, String prefix) {
            List<ArticleSignal> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                if (left == 0) {
                    centre = unit(add(gaussian(1 / Math.sqrt(DIMENSIONS)), scaled(news, 0.9f)));
                    day = start.plusDays(random.nextInt(days));
                    entities = new ArrayList<>(List.of("common-" + random.nextInt(5), "common-" + random.nextInt(5)));
                    for (int e = 0; e < 3; e++) {
                        entities.add("entity-" + (int) Math.floor(Math.pow(20_000, random.nextDouble())));
                    }
                    left = (int) Math.min(MAX_EVENT, Math.floor(1 / (1 - random.nextDouble())));
                }
                left--;
                float[] v = unit(add(centre, gaussian(0.02)));
                float[] t = unit(add(centre, gaussian(0.03)));
                out.add(new ArticleSignal(prefix + i, Optional.of(day.plusDays(random.nextInt(3))), "title " + i, v, t,
                        entities.subList(0, 2 + random.nextInt(entities.size() - 1))));
            }
            return out;
        }

        private float[] gaussian(double sigma) {
            float[] v = new float[DIMENSIONS];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) (random.nextGaussian() * sigma);
            }
            return v;
        }

        private static float[] scaled(float[] a, float f) {
            float[] v = new float[a.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = a[i] * f;
            }
            return v;
        }

        private static float[] add(float[] a, float[] b) {
            float[] v = new float[a.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = a[i] + b[i];
            }
            return v;
        }

        private static float[] unit(float[] v) {
            double n = 0;
            for (float x : v) {
                n += x * x;
            }
            float inv = (float) (1 / Math.sqrt(n));
            for (int i = 0; i < v.length; i++) {
                v[i] *= inv;
            }
            return v;
        }
    }
}
