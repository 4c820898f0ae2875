#!/usr/bin/env python3
"""Builds a labelled story-clustering set (JSONL, one article a line, field "story") from PolNeAR texts.

Usage: build_polnear_stories.py POLNEAR_DIR OUT.jsonl [SAMPLE_CORPUS_DIR]

Which articles: every PolNeAR article published in five windows of the 2015-16 US campaign (dense, same-topic
news: a hard test of telling events apart). Gold: events labelled by hand from titles (see EVENTS below); every
other article in a window is its own story. With SAMPLE_CORPUS_DIR the four ai-talks articles are added
(000 and 002: the Geneva talks; 001 and 003: one story each). PolNeAR's duplicate files (one per annotator) are
one article: texts are read from text/, which holds one file per article. Articles of PolNeAR's
test compartment are not in attribution-dev and are left out.
"""
import csv, json, os, sys

WINDOWS = [("2015-11-09", "2015-11-19"), ("2015-12-01", "2015-12-06"), ("2016-01-27", "2016-02-05"),
           ("2016-09-22", "2016-10-06")]
EVENTS = {
    "fox-business-gop-debate": ["west-journal_2015-11-10_ben-carson-slams-hillary-and-the",
                                "huff-post_2015-11-11_a-meaningful-exchange-actually-h",
                                "huff-post_2015-11-11_dems-react-to-gop-debate",
                                "huff-post_2015-11-11_watch-the-best-moments-from-the-"],
    "paris-attacks-campaign": ["wash-post_2015-11-15_carnage-renews-debate-over-milit",
                               "nyt_2015-11-16_social-sites-overflow-when-crisi",
                               "nyt_2015-11-17_terrorism-moves-to-fore-of-u-s-c",
                               "breitbart_2015-11-18_ny-daily-news-paris-terror-attac",
                               "nyt_2015-11-18_paris-attacks-test-clinton-s-str"],
    "san-bernardino-shooting": ["huff-post_2015-12-02_democrats-call-for-action-while-",
                                "breitbart_2015-12-04_san-bernardino-terror-suspect-na"],
    "cnn-debate-fee": ["huff-post_2015-12-03_cnn-president-on-trump-we-do-not",
                       "west-journal_2015-12-03_cnn-just-responded-to-trump-s-ma"],
    "trump-skips-fox-debate": ["politico_2016-01-28_super-pac-blasts-trump-for-skipp",
                               "usa-today_2016-01-29_absent-trump-derides-debate-cruz",
                               "west-journal_2016-01-29_trump-made-this-shocking-final-d"],
    "iowa-caucuses": ["huff-post_2016-02-01_here-s-why-winning-iowa-could-br",
                      "huff-post_2016-02-01_read-live-updates-on-the-iowa-ca",
                      "nyt_2016-02-01_iowa-caucus-is-first-look-into-m",
                      "huff-post_2016-02-02_don-t-let-the-media-and-marco-ru",
                      "west-journal_2016-02-02_there-s-something-funny-about-hi",
                      "huff-post_2016-02-03_huffpollster-a-seismic-shift-amo",
                      "nyt_2016-02-04_polls-miss-trump-s-fall-in-iowa-"],
    "new-hampshire-run-up": ["wash-post_2016-02-02_no-clear-favorites-going-into-ne",
                             "politico_2016-02-04_insiders-trump-will-rebound-in-n",
                             "usa-today_2016-02-04_clinton-and-sanders-face-the-vot",
                             "usa-today_2016-02-05_independents-alone-won-t-decide-"],
    "first-presidential-debate": ["usa-today_2016-09-23_ready-for-trump-vs-clinton-his-p",
                                  "usa-today_2016-09-23_trump-questions-the-fairness-of-",
                                  "breitbart_2016-09-25_pence-gennifer-flowers-won-t-be-",
                                  "politico_2016-09-25_poll-clinton-and-trump-in-dead-h",
                                  "breitbart_2016-09-26_green-party-candidate-jill-stein",
                                  "west-journal_2016-09-26_rush-limbaugh-hillary-asking-mod",
                                  "wash-post_2016-09-29_the-real-trump-showed-up-at-deba",
                                  "west-journal_2016-09-30_new-poll-shows-minor-post-debate"],
    "charlotte-shooting": ["wash-post_2016-09-25_phone-video-is-first-public-look",
                           "wash-post_2016-09-26_charlotte-struggles-to-return-to"],
    "trump-tax-records": ["breitbart_2016-10-03_the-latest-trump-s-leaked-taxes-",
                          "nyt_2016-10-04_in-avoiding-tax-trump-is-merely-",
                          "politico_2016-10-04_trump-not-walking-the-walk-on-hi",
                          "west-journal_2016-10-04_railing-against-trump-sanders-vo"],
}


def main():
    root, out = sys.argv[1], sys.argv[2]
    story_of = {name: story for story, names in EVENTS.items() for name in names}
    rows = []
    with open(os.path.join(root, "metadata.tsv"), encoding="utf-8") as f:
        for m in csv.DictReader(f, delimiter="\t"):
            day = m["publication_date"]
            if not any(lo <= day <= hi for lo, hi in WINDOWS):
                continue
            path = next((p for p in (os.path.join(root, d, "text", m["filename"] + ".txt") for d in ("train", "dev"))
                         if os.path.exists(p)), None)
            if path is None:
                continue
            with open(path, encoding="utf-8") as t:
                text = t.read()
            rows.append({"id": m["filename"], "story": story_of.get(m["filename"], "single:" + m["filename"]),
                         "title": m["title"], "outlet": m["publisher"], "published": day, "text": text})
    missing = set(story_of) - {r["id"] for r in rows}
    if missing:
        sys.exit("labelled articles not found: " + ", ".join(sorted(missing)))
    if len(sys.argv) > 3:
        sample = sys.argv[3]
        meta = {r["file"]: r for r in csv.DictReader(open(os.path.join(sample, "metadata.csv"), encoding="utf-8"))}
        gold = {"000": "geneva-ai-talks", "002": "geneva-ai-talks", "001": "bletchley-summit", "003": "gt-oped-feb-2024"}
        for name in sorted(meta):
            text = open(os.path.join(sample, name), encoding="utf-8").read()
            rows.append({"id": name, "story": gold[name[:3]], "outlet": meta[name]["outlet"], "text": text})
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    stories = {r["story"] for r in rows}
    sizes = {}
    for r in rows:
        sizes[r["story"]] = sizes.get(r["story"], 0) + 1
    print(f"{len(rows)} articles, {len(stories)} stories, {sum(1 for n in sizes.values() if n > 1)} "
          f"with more than one article", file=sys.stderr)


if __name__ == "__main__":
    main()
