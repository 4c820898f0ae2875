package dev.parallax.render;

import dev.parallax.brief.ArticleView;
import dev.parallax.brief.Briefing;
import dev.parallax.brief.SourceRef;

/** How a source span is named for people: outlet (or origin) and character range. */
final class Citations {

    private Citations() {
    }

    static String label(Briefing briefing, SourceRef ref) {
        ArticleView a = briefing.article(ref.article());
        String who = a.outlet() != null ? a.outlet() : fileName(a.origin());
        return who + " " + ref.article().substring(0, Math.min(8, ref.article().length())) + ":" + ref.start() + "-" + ref.end();
    }

    static String anchor(SourceRef ref) {
        return "a-" + ref.article() + "-" + ref.start() + "-" + ref.end();
    }

    static String fileName(String origin) {
        int slash = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\'));
        return origin.substring(slash + 1);
    }
}
