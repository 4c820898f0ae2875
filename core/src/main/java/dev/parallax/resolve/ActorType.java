package dev.parallax.resolve;

import java.util.Locale;

/** What kind of actor an {@link Actor} is: the closed set the briefing shows. */
public enum ActorType {
    PERSON,
    ORGANISATION,
    /** A country acting as a state: "the US", "China", or its capital or seat of government as the agent of a verb. */
    GOVERNMENT,
    PLACE,
    /** A news outlet from the outlet registry, e.g. one an article cites. */
    MEDIA,
    /** A product or AI model, e.g. "GPT-4". */
    PRODUCT;

    /** The lower-case name used in the briefing JSON: {@code person}, {@code organisation}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
