package dev.parallax.brief;

import dev.parallax.core.Problem;

import java.util.List;
import java.util.Map;

/**
 * An article as the briefing shows it; {@code side} is its outlet's side under the briefing's perspective. Unknown values are {@code null} in JSON; {@code evidence} says where each
 * known metadata value came from.
 */
public record ArticleView(String id, String origin, List<String> origins, String url, String title, String outlet,
                          OutletView outletInfo, String side, String published, String type, String language,
                          List<String> authors, String section, String text, Map<String, String> evidence,
                          List<Problem> problems) {

    public ArticleView {
        origins = List.copyOf(origins);
        authors = List.copyOf(authors);
        evidence = Map.copyOf(evidence);
        problems = List.copyOf(problems);
    }
}
