package dev.parallax.index;

import dev.parallax.brief.Briefing;
import dev.parallax.brief.Grounded;
import dev.parallax.brief.SourceRef;
import dev.parallax.brief.StoryBrief;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BriefingStoreTest {

    @TempDir
    Path tmp;

    private static StoryBrief story(String id, List<String> articles, String... news) {
        List<Grounded> grounded = java.util.Arrays.stream(news)
                .map(t -> new Grounded(t, List.of(new SourceRef(articles.getFirst(), "Outlet", 0, t.length())))).toList();
        return new StoryBrief(id, "Headline " + id, articles, grounded, List.of(), List.of(), List.of(), List.of(),
                "l-" + id, List.of(), List.of(), List.of(), List.of());
    }

    private static Briefing briefing(String generated, StoryBrief... stories) {
        return new Briefing(Briefing.SCHEMA, generated, "country", List.of(), List.of(), List.of(), List.of(stories),
                List.of());
    }

    @Test
    void aBriefingThatSaysTheSameIsNotANewVersion() throws IOException {
        BriefingStore store = new BriefingStore(tmp);
        assertThat(store.save(briefing("t1", story("s-1", List.of("a"), "Talks begin."))).number()).isEqualTo(1);
        assertThat(store.save(briefing("t2", story("s-1", List.of("a"), "Talks begin."))).number()).isEqualTo(1);
        assertThat(store.numbers()).containsExactly(1);
    }

    @Test
    void aStoryKeepsItsHistoryWhenArticlesJoinAndItsIdChanges() throws IOException {
        BriefingStore store = new BriefingStore(tmp);
        store.save(briefing("t1", story("s-old", List.of("a"), "Talks begin.", "Delegations arrive.")));
        store.save(briefing("t2", story("s-new", List.of("a", "b"), "Talks begin.", "A deal is signed."),
                story("s-other", List.of("c"), "Unrelated.")));

        assertThat(store.history("s-new")).extracting(BriefingStore.StoryVersion::version).containsExactly(2, 1);
        StoryChange change = store.changeOf("s-new");
        assertThat(change.since()).isEqualTo(1);
        assertThat(change.newArticles()).containsExactly("b");
        assertThat(change.addedNews()).containsExactly("A deal is signed.");
        assertThat(change.removedNews()).containsExactly("Delegations arrive.");
        assertThat(change.goneArticles()).isEmpty();

        StoryChange fresh = store.changeOf("s-other");
        assertThat(fresh.since()).isZero();
        assertThat(fresh.newArticles()).containsExactly("c");
    }

    @Test
    void versionsRoundTripThroughJson() throws IOException {
        BriefingStore store = new BriefingStore(tmp);
        Briefing b = briefing("t1", story("s-1", List.of("a"), "Talks begin."));
        store.save(b);
        assertThat(store.latest().orElseThrow().briefing()).isEqualTo(b);
    }
}
