package dev.parallax.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordListTest {

    @Test
    void readsOneWordALineSkippingCommentsAndBlankLines() {
        String text = """
                # verbs of saying
                say
                  tell  \r
                
                add # as in "he added"
                say
                """;
        assertThat(WordList.parse(text, "test.txt")).containsExactlyInAnyOrder("say", "tell", "add");
    }

    @Test
    void aLineOfTwoWordsIsAnErrorNamingTheListAndLine() {
        assertThatThrownBy(() -> WordList.parse("# header\nsay\naccording to\n", "words/speech-verbs.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("words/speech-verbs.txt line 3")
                .hasMessageContaining("'according to' is more than one word");
    }

    @Test
    void aListWithoutWordsIsAnError() {
        assertThatThrownBy(() -> WordList.parse("# only a comment\n\n", "empty.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("empty.txt has no words");
    }

    @Test
    void aMissingListNamesTheResourceItLookedFor() {
        assertThatThrownBy(() -> WordList.resource(WordListTest.class, "no-such-list"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dev/parallax/core/words/no-such-list.txt is missing from the class path");
    }
}
