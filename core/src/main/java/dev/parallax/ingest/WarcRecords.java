package dev.parallax.ingest;

import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Splits a web archive (WARC 1.0 or 1.1, plain or gzipped record by record, read with jwarc) into the HTML pages it
 * captured: each {@code response} or {@code resource} record holding HTML becomes one {@link RawDocument} with origin
 * {@code FILE#offset}, the record's target URI as given URL and its {@code WARC-Date} as fallback publication date.
 * Records of other types (requests, metadata, revisits, warcinfo) hold no page and are passed over. Bad input: a
 * non-HTML capture, a record cut short (by the crawler or by a truncated file) and a malformed record each become a
 * {@link Problem} naming the file and the record's offset; reading goes on at the next record.
 */
final class WarcRecords {

    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_HEADER = "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private WarcRecords() {
    }

    /** A {@code .warc} or {@code .warc.gz} file name (any case). */
    static boolean isWarc(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    /**
     * Reads the archive at {@code file}, naming it {@code origin} in documents and problems (a local copy of a remote
     * archive keeps the remote name). Pages over {@code maxBytes} are problems. Disk failures become a problem on the
     * archive, keeping the documents read before.
     */
    static void read(Path file, String origin, long maxBytes, List<RawDocument> out, List<Problem> problems) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
             WarcReader reader = new WarcReader(channel)) {
            boolean gzip = reader.compression() == WarcCompression.GZIP;
            long lastGood = -1;
            boolean lastFailed = false;
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    // The record after the last good one is unreadable: report it and go on at the one after it.
                    long bad = nextRecordStart(channel, lastGood + 1, gzip);
                    if (bad < 0 && lastFailed) {
                        return; // the rest of a record already reported as cut short
                    }
                    if (bad < 0) {
                        bad = lastGood + 1;
                    }
                    problems.add(new Problem("ingest", origin + "#" + bad, "malformed WARC record at offset " + bad
                            + " (" + e.getMessage() + "); the record is skipped, is the archive damaged?"));
                    long resume = nextRecordStart(channel, bad + 1, gzip);
                    if (resume < 0) {
                        return;
                    }
                    reader.position(resume);
                    lastGood = resume - 1;
                    continue;
                }
                if (next.isEmpty()) {
                    return;
                }
                long offset = reader.position();
                lastGood = offset;
                int before = problems.size();
                capture(next.get(), origin, offset, maxBytes, out, problems);
                lastFailed = problems.size() > before;
            }
        } catch (IOException e) {
            problems.add(new Problem("ingest", origin, "cannot read web archive: " + e));
        }
    }

    /** Turns one record into a document or a problem; records that capture no page are passed over. */
    private static void capture(WarcRecord record, String origin, long offset, long maxBytes, List<RawDocument> out,
                                List<Problem> problems) {
        String where = origin + "#" + offset;
        try {
            String target;
            MediaType type;
            MessageBody body;
            if (record instanceof WarcResponse response) {
                target = response.target();
                HttpResponse http = response.http();
                if (http.status() < 200 || http.status() >= 300) {
                    problems.add(new Problem("ingest", where, "HTTP status " + http.status() + " for " + target
                            + ": not a page (a redirect or an error)"));
                    return;
                }
                type = http.contentType();
                body = http.bodyDecoded();
            } else if (record instanceof WarcResource resource) {
                target = resource.target();
                type = resource.contentType();
                body = resource.body();
            } else {
                return;
            }
            if (record.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
                problems.add(new Problem("ingest", where, "record of " + target + " was truncated by the crawler ("
                        + record.truncated().name().toLowerCase(Locale.ROOT) + "); the page is incomplete and skipped"));
                return;
            }
            String base = type.base().toString().toLowerCase(Locale.ROOT);
            if (!HTML_TYPES.contains(base)) {
                problems.add(new Problem("ingest", where, "capture of " + target + " is " + base
                        + ", not HTML; only HTML pages are read from web archives"));
                return;
            }
            byte[] bytes = readAll(body, maxBytes);
            if (bytes.length == 0) {
                problems.add(new Problem("ingest", where, "capture of " + target + " has an empty body"));
                return;
            }
            Metadata given = Metadata.builder().url(target, "WARC-Target-URI of " + where).build();
            Metadata fallback = Metadata.builder()
                    .published(record.date().toString(), "WARC-Date (crawl date) of " + where).build();
            out.add(new RawDocument(where, bytes, Format.HTML, given, fallback));
        } catch (java.io.EOFException e) {
            problems.add(new Problem("ingest", where, "record ends early (" + e.getMessage()
                    + "): the file is truncated; the page is skipped"));
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem("ingest", where, "unreadable WARC record: " + e.getMessage()));
        }
    }

    private static byte[] readAll(MessageBody body, long maxBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = body.stream()) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                bytes.write(buffer, 0, n);
                if (bytes.size() > maxBytes) {
                    throw new IOException("page is over the " + (maxBytes >> 20) + " MB limit for one input");
                }
            }
        }
        return bytes.toByteArray();
    }

    /**
     * The offset, at or after {@code from}, where a record can start: a gzip member header in a gzipped archive, a
     * {@code WARC/1.} version line otherwise; -1 when there is none.
     */
    private static long nextRecordStart(FileChannel channel, long from, boolean gzip) throws IOException {
        byte[] mark = gzip ? GZIP_MEMBER : WARC_HEADER;
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        long at = Math.max(0, from);
        long size = channel.size();
        while (at < size) {
            buffer.clear();
            int n = channel.read(buffer, at);
            if (n <= 0) {
                return -1;
            }
            for (int i = 0; i + mark.length <= n; i++) {
                if (matches(buffer, i, mark)) {
                    return at + i;
                }
            }
            if (at + n >= size) {
                return -1;
            }
            at += n - mark.length + 1; // overlap so that a mark across two reads is found
        }
        return -1;
    }

    private static boolean matches(ByteBuffer buffer, int i, byte[] mark) {
        for (int j = 0; j < mark.length; j++) {
            if (buffer.get(i + j) != mark[j]) {
                return false;
            }
        }
        return true;
    }
}
