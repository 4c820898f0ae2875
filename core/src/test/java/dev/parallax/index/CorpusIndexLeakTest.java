package dev.parallax.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening a corpus releases what it opened on every path: the write lock above all, which blocks every later run. */
class CorpusIndexLeakTest {

    @TempDir
    Path dir;

    /** A Lucene index whose analysis entry lacks its version: it opens, but the corpus cannot load it. */
    private void writeUnloadableIndex() throws IOException {
        try (Directory d = FSDirectory.open(dir.resolve("index"));
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField(CorpusIndex.KIND, "analysis", Field.Store.NO));
            doc.add(new StringField("analysisOf", "a1", Field.Store.YES));
            w.addDocument(doc);
            w.commit();
        }
    }

    private void assertWriteLockIsFree() throws IOException {
        try (Directory d = FSDirectory.open(dir.resolve("index"));
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            assertThat(w.isOpen()).isTrue();
        }
    }

    @Test
    void aCorpusThatFailsToLoadReleasesItsWriterAndLock() throws IOException {
        writeUnloadableIndex();

        assertThatThrownBy(() -> CorpusIndex.openForWriting(dir)).isNotNull();

        assertWriteLockIsFree();
    }

    @Test
    void closingReleasesTheLockAndOpeningForReadingCreatesNothing() throws IOException {
        CorpusIndex.openForWriting(dir).close();
        assertWriteLockIsFree();

        Path none = dir.resolve("none");
        assertThatThrownBy(() -> CorpusIndex.openForReading(none)).hasMessageStartingWith("no corpus at " + none);
        assertThat(none).doesNotExist();
    }
}
