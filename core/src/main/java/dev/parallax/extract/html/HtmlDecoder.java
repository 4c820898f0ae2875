package dev.parallax.extract.html;

import dev.parallax.core.Problem;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads: the raw bytes of an HTML page. Adds: its text, decoded by the evidence of the bytes first and the page's
 * declaration second — a byte order mark, then strict UTF-8 when the bytes are valid UTF-8, then the charset the
 * transport declared (HTTP {@code Content-Type}), else the one the page declares in a {@code <meta>} tag, then
 * Windows-1252.
 * Bad input: a declaration the bytes contradict, an unknown charset name, or a page over the size limit (only its
 * beginning is read) each becomes a problem; decoding itself never fails.
 */
final class HtmlDecoder {

    /** Pages above this are cut: real articles are far smaller, and parsing time grows with size. */
    static final int MAX_BYTES = 8 << 20;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");

    record Decoded(String text, List<Problem> problems) {
        Decoded {
            problems = List.copyOf(problems);
        }
    }

    private HtmlDecoder() {
    }

    static Decoded decode(byte[] bytes, String origin) {
        return decode(bytes, origin, java.util.Optional.empty());
    }

    /** Decodes with {@code transport}, the charset an HTTP answer declared, preferred to the page's own. */
    static Decoded decode(byte[] bytes, String origin, java.util.Optional<String> transport) {
        List<Problem> problems = new ArrayList<>();
        int length = bytes.length;
        if (length > MAX_BYTES) {
            length = MAX_BYTES;
            // Cut on a UTF-8 character boundary so a valid UTF-8 page stays valid.
            while (length > 0 && (bytes[length] & 0xc0) == 0x80) {
                length--;
            }
            problems.add(new Problem("extract", origin, String.format(Locale.ROOT,
                    "page is %.1f MB; only its first %d MB were read (an article page is rarely over 1 MB)",
                    bytes.length / 1048576.0, MAX_BYTES >> 20)));
        }
        Optional<Charset> bom = bom(bytes);
        if (bom.isPresent()) {
            int skip = bom.get().equals(StandardCharsets.UTF_8) ? 3 : 2;
            return new Decoded(new String(bytes, skip, Math.max(0, length - skip), bom.get()), problems);
        }
        String declared = transport.orElse(declaredCharset(bytes));
        String declarer = transport.isPresent() ? "the HTTP answer" : "page";
        Optional<String> utf8 = strictUtf8(bytes, length);
        if (utf8.isPresent()) {
            Charset named = charsetNamed(declared).orElse(StandardCharsets.UTF_8);
            if (!isUtf8Compatible(named) && hasNonAscii(bytes, length)) {
                problems.add(new Problem("extract", origin, declarer + " declares charset '" + declared
                        + "' but its bytes are valid UTF-8; read as UTF-8"));
            }
            return new Decoded(utf8.get(), problems);
        }
        Charset charset = StandardCharsets.UTF_8;
        String where = dev.parallax.core.Utf8.firstInvalid(bytes, 0, length).map(w -> " (" + w + ")").orElse("");
        if (declared != null) {
            Optional<Charset> named = charsetNamed(declared);
            if (named.isEmpty()) {
                problems.add(new Problem("extract", origin, declarer + " declares unknown charset '" + declared
                        + "'; read as Windows-1252"));
            } else if (named.get().equals(StandardCharsets.UTF_8)) {
                problems.add(new Problem("extract", origin, declarer + " declares UTF-8 but its bytes are not valid UTF-8"
                        + where + "; read as Windows-1252, check the characters"));
            } else {
                charset = named.get();
            }
        } else {
            problems.add(new Problem("extract", origin, "page declares no charset and is not valid UTF-8"
                    + where + "; read as Windows-1252, check the characters"));
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            charset = Charset.forName("windows-1252");
        }
        return new Decoded(new String(bytes, 0, length, charset), problems);
    }

    private static Optional<Charset> bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    /** The charset named by a {@code <meta>} tag in the first 8 KB, as written. */
    private static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static Optional<Charset> charsetNamed(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            Charset charset = Charset.forName(name.strip());
            // A meta tag cannot truthfully declare UTF-16 (the tag itself would not be readable as ASCII).
            return Optional.of(charset.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean isUtf8Compatible(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII);
    }

    private static boolean hasNonAscii(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> strictUtf8(byte[] bytes, int length) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
