package dev.parallax.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Text files packaged with the code: word lists, learned models. */
public final class Resources {

    private Resources() {
    }

    /**
     * The UTF-8 text of resource {@code name} next to {@code owner}'s class; {@code what} names its kind in errors
     * ("word list", "model").
     *
     * @throws IllegalStateException when the resource is missing (a broken build)
     */
    public static String text(Class<?> owner, String name, String what) {
        String where = owner.getPackageName().replace('.', '/') + "/" + name;
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the " + what + " " + where + " is missing from the class path "
                        + "(a broken build, or a resource renamed without its users?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + what + " " + where, e);
        }
    }
}
