package dev.parallax.resolve;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import dev.parallax.core.Problem;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An outlet registry a user edits is read from any text into outlets and problems, never an exception, and every
 * problem names where it is. {@code -Pfuzz} fuzzes it; kept crash inputs replay in the default run.
 */
class OutletCsvFuzzTest {

    @FuzzTest
    @DictionaryEntries({"id,name,domains,country,ownership,source,aliases,languages,groups", "#", ";", ",", "\"",
            "state", "private", "public", "CN", "globaltimes.cn", "https://"})
    void anyTextGivesOutletsAndProblems(@NotNull @WithUtf8Length(max = 2000) String csv) {
        List<Problem> problems = new ArrayList<>();
        List<Outlet> outlets = OutletCsv.read(new StringReader(csv), "outlets.csv", problems);
        assertThat(outlets).doesNotContainNull();
        assertThat(problems).allSatisfy(p -> assertThat(p.location()).startsWith("outlets.csv"));
    }
}
