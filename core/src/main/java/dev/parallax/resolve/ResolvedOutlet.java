package dev.parallax.resolve;

/**
 * The outlet an article or a mention was resolved to: an {@link Outlet} from the registry, or an
 * {@link UnknownOutlet} that keeps what it was seen as. Never null, never a guess.
 */
public sealed interface ResolvedOutlet permits Outlet, UnknownOutlet {

    /** A name to show: the registry name, or the raw name or domain an unknown outlet was seen as. */
    String displayName();
}
