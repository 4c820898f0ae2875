package dev.parallax.web;

import io.javalin.http.HttpResponseException;

import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which {@code Host} headers the server answers: the address it is bound to (any address literal when bound to the
 * wildcard address), {@code localhost} when bound to loopback, and the names configured ({@code --allow-host}).
 * A page on another name that a DNS-rebinding attack points at the server names that other host, so it is refused
 * with 421 (Misdirected Request) before anything is read or the token is asked for.
 */
final class HostCheck {

    private final InetAddress bound;
    private final Set<String> names = new TreeSet<>();

    HostCheck(InetAddress bound, List<String> configured) {
        this.bound = bound;
        configured.forEach(n -> names.add(n.strip().toLowerCase(Locale.ROOT)));
        if (bound.isLoopbackAddress()) {
            names.add("localhost");
        }
    }

    /** Throws a 421 unless {@code header} (as sent, with or without a port) names this server. */
    void check(String header) {
        if (header == null || header.isBlank()) {
            throw new HttpResponseException(421, "the request has no Host header; send the address the server"
                    + " listens on");
        }
        String host = hostOf(header.strip()).toLowerCase(Locale.ROOT);
        if (names.contains(host) || isBoundAddress(host)) {
            return;
        }
        throw new HttpResponseException(421, "this server does not answer for host '" + host + "': it listens on "
                + bound.getHostAddress() + (names.isEmpty() ? "" : " as " + String.join(", ", names))
                + "; start it with --allow-host " + host + " to answer for that name");
    }

    private boolean isBoundAddress(String host) {
        if (!isAddressLiteral(host)) {
            return false; // never resolve a name here: that is what a rebinding attack controls
        }
        try {
            InetAddress a = InetAddress.getByName(host);
            return bound.isAnyLocalAddress() || a.equals(bound);
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** An IPv4 dotted quad or an IPv6 literal (brackets removed): parsed without a DNS lookup. */
    private static boolean isAddressLiteral(String host) {
        return host.matches("\\d{1,3}(\\.\\d{1,3}){3}") || host.contains(":") && host.matches("[0-9a-f:.]+");
    }

    /** The host of a Host header: {@code [::1]:7070} → {@code ::1}, {@code example.org:80} → {@code example.org}. */
    private static String hostOf(String header) {
        if (header.startsWith("[")) {
            int end = header.indexOf(']');
            return end < 0 ? header : header.substring(1, end);
        }
        int colon = header.indexOf(':');
        return colon < 0 ? header : header.substring(0, colon);
    }
}
