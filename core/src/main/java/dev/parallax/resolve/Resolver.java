package dev.parallax.resolve;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.core.Metadata;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Reads: annotated articles (metadata, entity mentions, parses, date expressions). Adds: their {@link Resolution} —
 * each article's outlet resolved against the registry and its side on the perspective, the actors named across the
 * articles ({@link ActorResolver}), publication dates inferred where missing ({@link PublicationDateInferrer}),
 * date expressions anchored on the stated or inferred date ({@link TimeAnchorer}), and dated events
 * ({@link EventFinder}). Bad input: an article without a date and nothing to infer one from keeps its dates
 * unanchored; an unknown outlet is {@code unknown}, never guessed. Thread-safe.
 */
public final class Resolver {

    private final OutletRegistry registry;
    private final Perspective perspective;
    private final ActorResolver actors;
    private final PublicationDateInferrer dateInferrer = new PublicationDateInferrer();
    private final TimeAnchorer anchorer = new TimeAnchorer();
    private final EventFinder events = new EventFinder();

    public Resolver(OutletRegistry registry, Perspective perspective) {
        this.registry = requireNonNull(registry, "registry");
        this.perspective = requireNonNull(perspective, "perspective");
        this.actors = new ActorResolver(registry);
    }

    /** The ISO 3166-1 code of the country of the registry outlet that metadata names (by URL or outlet name). */
    public Optional<String> countryOf(Metadata metadata) {
        return registry.resolve(metadata) instanceof Outlet known ? Optional.of(known.country()) : Optional.empty();
    }

    /** Outlets resolved against the bundled registry, sides by country. */
    public static Resolver bundled() {
        return new Resolver(OutletRegistry.bundled(), Perspective.country());
    }

    public Perspective perspective() {
        return perspective;
    }

    /** The side of an article with this metadata on the perspective (its outlet resolved against the registry). */
    public String sideOf(dev.parallax.core.Metadata meta) {
        return perspective.sideOf(registry.resolve(meta));
    }

    public Resolution resolve(List<AnnotatedArticle> articles) {
        Map<String, ResolvedOutlet> outlets = new LinkedHashMap<>();
        Map<String, String> sides = new LinkedHashMap<>();
        for (AnnotatedArticle a : articles) {
            ResolvedOutlet outlet = registry.resolve(a.article().meta());
            outlets.put(a.id(), outlet);
            sides.put(a.id(), perspective.sideOf(outlet));
        }
        List<Actor> found = actors.resolve(articles);
        Map<String, DateInference> inferred = dateInferrer.infer(articles);
        Map<String, List<DatedExpression>> dates = new LinkedHashMap<>();
        Map<String, List<DatedEvent>> dated = new LinkedHashMap<>();
        for (AnnotatedArticle a : articles) {
            Optional<LocalDate> stated = PublicationDateInferrer.published(a.article());
            Optional<LocalDate> guess = Optional.ofNullable(inferred.get(a.id())).flatMap(DateInference::value);
            List<DatedExpression> d = stated.isPresent()
                    ? anchorer.anchor(a, stated, DatedExpression.Anchor.PUBLISHED)
                    : anchorer.anchor(a, guess, DatedExpression.Anchor.INFERRED);
            dates.put(a.id(), d);
            dated.put(a.id(), events.find(a, d, found));
        }
        return new Resolution(perspective, outlets, sides, found, inferred, dates, dated);
    }
}
