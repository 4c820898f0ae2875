package dev.parallax.index;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.brief.Briefing;
import dev.parallax.brief.StoryBrief;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The versions of the corpus briefing under {@code DIR/briefings/NNNNNN.json}, one file per version that changed
 * something, each written whole and then moved into place (a reader never sees half a file). A story keeps its
 * history across versions although its id changes as articles join it: its earlier version is the story of the
 * previous briefing that shares the most articles with it.
 */
public final class BriefingStore {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path dir;

    public BriefingStore(Path dataDir) {
        this.dir = dataDir.resolve("briefings");
    }

    /** A briefing with its version number. */
    public record Version(int number, Briefing briefing) {
    }

    /** Saves {@code briefing} as a new version unless it says the same as the latest; returns the latest version. */
    public Version save(Briefing briefing) throws IOException {
        Optional<Version> latest = latest();
        if (latest.isPresent() && sameContent(latest.get().briefing(), briefing)) {
            return latest.get();
        }
        int number = latest.map(v -> v.number() + 1).orElse(1);
        Files.createDirectories(dir);
        Path tmp = dir.resolve(String.format("%06d.json.tmp", number));
        Files.write(tmp, JSON.writeValueAsBytes(briefing));
        try {
            Files.move(tmp, file(number), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file(number), StandardCopyOption.REPLACE_EXISTING);
        }
        return new Version(number, briefing);
    }

    private static boolean sameContent(Briefing a, Briefing b) {
        return a.stories().equals(b.stories()) && a.articles().equals(b.articles())
                && a.problems().equals(b.problems()) && a.perspective().equals(b.perspective());
    }

    private Path file(int number) {
        return dir.resolve(String.format("%06d.json", number));
    }

    /** Whether version {@code number} is written (one file check: how a reader notices a new version cheaply). */
    public boolean has(int number) {
        return Files.exists(file(number));
    }

    /** Version numbers present, ascending. */
    public List<Integer> numbers() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{6}\\.json"))
                    .map(n -> Integer.parseInt(n.substring(0, 6))).sorted().toList();
        }
    }

    public Optional<Version> latest() throws IOException {
        List<Integer> numbers = numbers();
        return numbers.isEmpty() ? Optional.empty() : Optional.of(read(numbers.getLast()));
    }

    public Version read(int number) throws IOException {
        Path f = file(number);
        try {
            return new Version(number, JSON.readValue(f.toFile(), Briefing.class));
        } catch (IOException e) {
            throw new IOException("cannot read briefing version " + f + ": " + e.getMessage(), e);
        }
    }

    /** The story's versions, newest first, following it back through earlier briefings by shared articles. */
    public List<StoryVersion> history(String storyId) throws IOException {
        List<Integer> numbers = numbers();
        List<StoryVersion> out = new ArrayList<>();
        Optional<StoryBrief> current = Optional.empty();
        for (int i = numbers.size() - 1; i >= 0; i--) {
            Briefing b = read(numbers.get(i)).briefing();
            Optional<StoryBrief> found = current.isEmpty()
                    ? b.stories().stream().filter(s -> s.id().equals(storyId)).findFirst()
                    : closest(b.stories(), current.get());
            if (found.isEmpty()) {
                if (current.isPresent()) {
                    break;
                }
                continue;
            }
            out.add(new StoryVersion(numbers.get(i), b.generated(), found.get()));
            current = found;
        }
        return out;
    }

    /** What changed in the story since its previous version (all of it, when it has none). */
    public StoryChange changeOf(String storyId) throws IOException {
        List<StoryVersion> history = history(storyId);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("no story " + storyId + " in any briefing version");
        }
        return history.size() == 1
                ? StoryChange.between(0, Optional.empty(), history.getFirst().story())
                : StoryChange.between(history.get(1).version(), Optional.of(history.get(1).story()),
                        history.getFirst().story());
    }

    /**
     * What changed in each of the given stories of the latest version since the version before it, reading the two
     * versions once (a story new in the latest version has all of it as its change).
     */
    public java.util.Map<String, StoryChange> changesSincePrevious(java.util.Collection<String> storyIds)
            throws IOException {
        List<Integer> numbers = numbers();
        java.util.Map<String, StoryChange> out = new java.util.LinkedHashMap<>();
        if (numbers.isEmpty()) {
            return out;
        }
        Briefing latest = read(numbers.getLast()).briefing();
        Optional<Version> previous = numbers.size() < 2 ? Optional.empty()
                : Optional.of(read(numbers.get(numbers.size() - 2)));
        for (StoryBrief story : latest.stories()) {
            if (storyIds.contains(story.id())) {
                Optional<StoryBrief> before = previous.flatMap(v -> v.briefing().stories().stream()
                        .filter(s -> s.id().equals(story.id())).findFirst().or(() -> closest(v.briefing().stories(), story)));
                out.put(story.id(), StoryChange.between(previous.map(Version::number).orElse(0), before, story));
            }
        }
        return out;
    }

    static Optional<StoryBrief> closest(List<StoryBrief> stories, StoryBrief target) {
        Set<String> wanted = new HashSet<>(target.articles());
        StoryBrief best = null;
        long bestShared = 0;
        for (StoryBrief s : stories) {
            long shared = s.articles().stream().filter(wanted::contains).count();
            if (shared > bestShared) {
                best = s;
                bestShared = shared;
            }
        }
        return Optional.ofNullable(best);
    }

    /** One version of a story. */
    public record StoryVersion(int version, String generated, StoryBrief story) {
    }
}
