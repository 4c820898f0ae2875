package dev.parallax.brief;

import dev.parallax.core.Problem;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An article as the briefing shows it; {@code side} is its outlet's side under the briefing's perspective. Unknown values are {@code null} in JSON; {@code evidence} says where each
 * known metadata value came from. {@code published} is only ever a stated date; for an article without one,
 * {@code publishedInferred} holds Parallax's inference (or why there is none). {@code dates} are the article's date
 * expressions, normalised against the stated or inferred publication date.
 */
public record ArticleView(String id, String origin, List<String> origins, String url, String title, String outlet,
                          OutletView outletInfo, String side, String published, InferredDate publishedInferred,
                          String type, String language, List<String> authors, String section, String text,
                          Map<String, String> evidence, List<DateRef> dates, List<Problem> problems) {

    public ArticleView {
        origins = List.copyOf(origins);
        dates = List.copyOf(dates);
        authors = List.copyOf(authors);
        evidence = Collections.unmodifiableSortedMap(new TreeMap<>(evidence)); // the same JSON every run
        problems = List.copyOf(problems);
    }
}
