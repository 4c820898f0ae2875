package dev.parallax.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes used as stable identifiers. */
public final class Ids {

    private Ids() {
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A short id for a text: the first 12 hex digits of the SHA-256 of its whitespace-normalised form. */
    public static String ofText(String text) {
        return sha256(text.strip().replaceAll("\\s+", " ")).substring(0, 12);
    }
}
