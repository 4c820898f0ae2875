package dev.parallax.resolve;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who owns or controls an outlet, as written in the {@code ownership} column of the outlet registry.
 * See {@code docs/outlets.md} for the rule used for each category, including state-owned news agencies.
 */
public enum Ownership {
    /** Commercial or non-profit media independent of any state. */
    PRIVATE("private", "private"),
    /** Public-service media set up by law with its own governance (BBC, NHK, ARD, NPR). */
    PUBLIC_BROADCASTER("public-broadcaster", "public broadcaster"),
    /** Owned, funded or controlled by a government, a ruling party or a state-owned company. */
    STATE("state", "state-owned or state-affiliated"),
    /** A news agency whose main product is a wire sold to other media, not controlled by a state. */
    WIRE("wire", "wire agency"),
    OTHER("other", "other");

    private final String code;
    private final String label;

    Ownership(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The value used in the registry file, e.g. {@code public-broadcaster}. */
    public String code() {
        return code;
    }

    /** A readable label, e.g. {@code state-owned or state-affiliated}. */
    public String label() {
        return label;
    }

    /** The category for a registry value, ignoring case and surrounding blanks. */
    public static Optional<Ownership> parse(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.code.equals(wanted)).findFirst();
    }

    /** The accepted registry values, for error messages. */
    public static String codes() {
        return Arrays.stream(values()).map(Ownership::code).collect(Collectors.joining(", "));
    }
}
