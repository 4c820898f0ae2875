package dev.parallax.brief;

import java.util.List;

/** One outlet's articles in a story. */
public record OutletCoverage(String outlet, List<ArticleRef> articles) {

    /** An article as listed under its outlet. */
    public record ArticleRef(String id, String title, String published, String type) {
    }

    public OutletCoverage {
        articles = List.copyOf(articles);
    }
}
