package dev.parallax.resolve;

import dev.parallax.core.Problem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutletCsvTest {

    private static final String HEADER = "id,name,domains,country,ownership,source\n";

    /** Gives {@code text}, then fails as a broken disk or stream does: an IOException without a message. */
    private static Reader failingAfter(String text) {
        StringReader in = new StringReader(text);
        return new Reader() {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                int n = in.read(buf, off, len);
                if (n < 0) {
                    throw new IOException();
                }
                return n;
            }

            @Override
            public void close() {
                in.close();
            }
        };
    }

    @Test
    void aReadFailureWithoutMessageIsAProblemNamingTheLine() {
        List<Problem> problems = new ArrayList<>();
        List<Outlet> outlets = OutletCsv.read(failingAfter(HEADER + "gt,Global Times,globaltimes.cn,CN,state,x\n"),
                "outlets.csv", problems);

        assertThat(outlets).hasSizeLessThanOrEqualTo(1);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location()).startsWith("outlets.csv:");
            assertThat(p.message()).matches("cannot read outlet rows after line \\d \\(IOException\\); the file could"
                    + " not be read further; the rows before it were kept");
        });
    }

    @Test
    void anUnbalancedQuoteKeepsTheRowsBefore() {
        List<Problem> problems = new ArrayList<>();
        List<Outlet> outlets = OutletCsv.read(new StringReader(HEADER
                + "gt,Global Times,globaltimes.cn,CN,state,x\n" + "sf,\"Semafor,semafor.com,US,private,x\n"),
                "outlets.csv", problems);

        assertThat(outlets).extracting(Outlet::id).containsExactly("gt");
        assertThat(problems).singleElement().satisfies(p ->
                assertThat(p.message()).startsWith("cannot read outlet rows after line 2 (")
                        .endsWith("); likely an unbalanced quote; the rows before it were kept"));
    }
}
