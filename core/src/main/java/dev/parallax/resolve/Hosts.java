package dev.parallax.resolve;

import com.google.common.net.InternetDomainName;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the host out of a URL or a bare host name with {@link URI}, lower-cased and without {@code www.}, port or
 * user info, and checks it with Guava's {@link InternetDomainName}.
 */
final class Hosts {

    private Hosts() {
    }

    /** The host of {@code urlOrHost}, or empty when it does not look like one (e.g. "Global Times"). */
    static Optional<String> of(String urlOrHost) {
        String s = urlOrHost.strip();
        // A bare host ("bbc.co.uk/news") reads as a network path.
        Optional<String> host = uri(s.contains("//") ? s : "//" + s).map(URI::getHost)
                .map(h -> h.toLowerCase(Locale.ROOT))
                .map(h -> h.endsWith(".") ? h.substring(0, h.length() - 1) : h)
                .map(h -> h.startsWith("www.") ? h.substring(4) : h);
        return host.filter(h -> h.indexOf('.') > 0 && InternetDomainName.isValid(h));
    }

    /** The domain and its parents, up to but not including its public suffix: news.bbc.co.uk, bbc.co.uk. */
    static List<String> withParents(String host) {
        List<String> out = new ArrayList<>();
        InternetDomainName d = InternetDomainName.from(host);
        while (!d.isPublicSuffix()) {
            out.add(d.toString());
            if (!d.hasParent()) {
                break;
            }
            d = d.parent();
        }
        return out;
    }

    private static Optional<URI> uri(String s) {
        try {
            return Optional.of(new URI(s));
        } catch (URISyntaxException e) {
            // A character URIs do not allow, as paths and queries of real pages have: the part before it holds the
            // host, unless the bad character is in the host itself (then no host is found).
            int bad = e.getIndex();
            return bad > 0 && bad < s.length() ? uri(s.substring(0, bad)) : Optional.empty();
        }
    }
}
