package dev.parallax.resolve;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the host out of a URL or a bare host name, lower-cased and without {@code www.}, port or user info. */
final class Hosts {

    private static final Pattern HOST = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");

    private Hosts() {
    }

    /** The host of {@code urlOrHost}, or empty when it does not look like one (e.g. "Global Times"). */
    static Optional<String> of(String urlOrHost) {
        String s = urlOrHost.strip().toLowerCase(Locale.ROOT);
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            s = s.substring(scheme + 3);
        } else if (s.startsWith("//")) {
            s = s.substring(2);
        }
        int end = indexOfAny(s, "/?#");
        if (end >= 0) {
            s = s.substring(0, end);
        }
        s = s.substring(s.lastIndexOf('@') + 1);
        int port = s.indexOf(':');
        if (port >= 0) {
            s = s.substring(0, port);
        }
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.startsWith("www.")) {
            s = s.substring(4);
        }
        return HOST.matcher(s).matches() ? Optional.of(s) : Optional.empty();
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
