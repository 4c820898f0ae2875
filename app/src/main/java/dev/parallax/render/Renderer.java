package dev.parallax.render;

import dev.parallax.brief.Briefing;

/** Writes a briefing in one output format. */
public interface Renderer {

    String render(Briefing briefing);

    /** The renderer of a format name: {@code md}, {@code html} or {@code json}. */
    static Renderer forFormat(String format) {
        return switch (format) {
            case "md", "markdown" -> new MarkdownRenderer();
            case "html" -> new HtmlRenderer();
            case "json" -> new JsonRenderer();
            default -> throw new IllegalArgumentException("unknown format '" + format + "'; use md, html or json");
        };
    }
}
