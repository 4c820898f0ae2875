#!/usr/bin/env python3
"""Builds a labelled story-clustering set (JSONL, one article a line, field "story") from PolNeAR texts.

Usage: build_polnear_stories.py POLNEAR_DIR OUT.jsonl [SAMPLE_CORPUS_DIR]

Which articles: every PolNeAR article published in eleven windows of the 2015-16 US campaign (dense, same-topic
news: a hard test of telling events apart): four from Nov 2015 to Feb 2016 and late Sep 2016, and seven added later
(Super Tuesday and the March debates, the March 15 primaries and AIPAC, the New York primary, Clinton clinching and
the Orlando shooting, Brexit and the Texas abortion ruling, the Comey email decision, the two conventions; the
attribution-dev texts end on 2016-10-07, so there is nothing later). Gold: events labelled by hand (see EVENTS
below; the later groups from each article's title and first lines); every other article in a window is its own
story. A group is one happening (debate, primary night, speech, attack, ruling, scandal) with previews mainly about
it and direct reactions within days; articles on a long-running topic are left alone. Two groups join the same
newspaper article printed twice (not an event, but one text cannot be two stories). With SAMPLE_CORPUS_DIR the
four ai-talks articles are added (000 and 002: the Geneva talks; 001 and 003: one story each). PolNeAR's
duplicate files (one per annotator) are one article: texts are read from text/, which holds one file per article.
Articles of PolNeAR's test compartment are not in attribution-dev and are left out.
"""
import csv, json, os, sys

WINDOWS = [("2015-11-09", "2015-11-19"), ("2015-12-01", "2015-12-06"), ("2016-01-27", "2016-02-05"),
           ("2016-09-22", "2016-10-06"),
           ("2016-03-01", "2016-03-12"), ("2016-03-15", "2016-03-24"), ("2016-04-14", "2016-04-24"),
           ("2016-06-06", "2016-06-16"), ("2016-06-20", "2016-06-29"), ("2016-07-05", "2016-07-15"),
           ("2016-07-18", "2016-07-29")]
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
    # --- 2016-03-01 .. 2016-03-12 ---
    # Super Tuesday (Mar 1) results and direct reactions (not: Christie's look, the NYT turnout analysis).
    "super-tuesday": ["breitbart_2016-03-01_the-latest-sanders-wins-minnesot",
                      "huff-post_2016-03-02_bernie-sanders-beats-hillary-cli",
                      "usa-today_2016-03-02_no-clear-path-points-to-white-ho",
                      "wash-post_2016-03-04_in-china-wake-of-trump-s-super-t"],
    "fox-detroit-gop-debate": ["west-journal_2016-03-03_trump-just-responded-to-rubio-s-",  # Mar 3
                               "wash-post_2016-03-04_blistering-attacks-upend-trump-s"],
    "miami-democratic-debate": ["breitbart_2016-03-09_hillary-benghazi-victim-mother-a",  # Univision debate, Mar 9
                                "wash-post_2016-03-10_scrappy-debate-signals-long-grin",
                                "west-journal_2016-03-10_bombshell-hillary-photo-from-dur"],
    "cnn-miami-gop-debate": ["politico_2016-03-10_trump-s-rivals-pull-their-punche",  # Mar 10
                             "breitbart_2016-03-11_brooks-rubio-did-well-in-more-ru",
                             "nyt_2016-03-12_republicans-lower-volume-in-deba"],
    # Not an event: the same NYT "Common Sense" column printed on two days.
    "nyt-scotus-deal-column-reprint": ["nyt_2016-03-04_republicans-have-stake-in-a-deal",
                                       "nyt_2016-03-05_polls-suggest-possibility-of-dea"],
    # --- 2016-03-15 .. 2016-03-24 ---
    # Mar 15 primaries (FL, OH, NC, IL, MO): results night, Missouri call, turnout.
    "march-15-primaries": ["breitbart_2016-03-15_kasich-we-are-going-to-go-all-th",
                           "breitbart_2016-03-15_the-latest-kasich-scores-all-del",
                           "breitbart_2016-03-15_the-latest-sanders-declares-revo",
                           "huff-post_2016-03-16_donald-trump-got-more-votes-in-o",
                           "huff-post_2016-03-16_hillary-clinton-wins-missouri-de",
                           "usa-today_2016-03-17_voters-turned-out-in-droves-tues"],
    # Candidates' speeches at the AIPAC conference, Mar 21 (boycott preview, Trump's Washington day, reports).
    "aipac-conference-speeches": ["wash-post_2016-03-18_rabbis-vow-to-boycott-trump-spee",
                                  "usa-today_2016-03-21_trump-campaign-makes-a-capital-i",
                                  "usa-today_2016-03-22_clinton-trump-s-view-of-the-worl",
                                  "wash-post_2016-03-22_presidential-candidates-promise-"],
    # Not an event: the same NYT article on Sanders's legislative record printed on two days.
    "nyt-sanders-side-doors-reprint": ["nyt_2016-03-15_sanders-advances-agenda-via-side",
                                       "nyt_2016-03-16_via-legislative-side-doors-sande"],
    # --- 2016-04-14 .. 2016-04-24 ---
    "wyoming-gop-convention": ["west-journal_2016-04-15_breaking-trump-campaign-just-mad",  # Apr 16, Cruz sweep
                               "wash-post_2016-04-17_cruz-wins-most-wyo-delegates-in-"],
    # New York primary, Apr 19 (Democratic run-up piece, results, victory speech, exit polls).
    "new-york-primary": ["usa-today_2016-04-14_clinton-sharpens-focus-on-sander",
                         "breitbart_2016-04-19_clinton-wins-democratic-presiden",
                         "huff-post_2016-04-20_hillary-clinton-gives-emotional-",
                         "huff-post_2016-04-20_hillary-clinton-won-among-wall-s",
                         "nyt_2016-04-21_crucial-wins-for-clinton-and-tru"],
    # --- 2016-06-06 .. 2016-06-16 ---
    # Clinton clinches the nomination (AP count Jun 6, primaries Jun 7).
    "clinton-clinches-nomination": ["west-journal_2016-06-06_breaking-latest-primary-has-big-",
                                    "huff-post_2016-06-08_hillary-clinton-wins-south-dakot",
                                    "nyt_2016-06-08_durability-carries-clinton-to-he",
                                    "huff-post_2016-06-09_girliguessimwithher-is-the-ambiv"],
    "obama-endorses-clinton": ["breitbart_2016-06-08_ready-to-back-clinton-obama-work",  # Jun 9
                               "huff-post_2016-06-09_barack-obama-s-endorsement-could"],
    # Trump's remarks on Judge Curiel and Republican reactions.
    "trump-judge-curiel-remarks": ["huff-post_2016-06-08_chuck-grassley-compares-trump-s-",
                                   "nyt_2016-06-09_ryan-calls-trump-line-racist-but"],
    # Orlando nightclub shooting, Jun 12, and political reactions.
    "orlando-nightclub-shooting": ["politico_2016-06-13_terrorism-experts-rebuke-trump-p",
                                   "wash-post_2016-06-13_responses-are-in-keeping-with-ca",
                                   "west-journal_2016-06-13_omar-mateen-worked-with-departme",
                                   "west-journal_2016-06-13_trump-calls-on-obama-to-resign",
                                   "wash-post_2016-06-14_we-are-in-shock-horrified-a-mosq",
                                   "nyt_2016-06-15_global-sympathy-but-very-little-",
                                   "usa-today_2016-06-15_obama-rips-rhetoric-over-radical",
                                   "huff-post_2016-06-16_obama-families-of-gun-violence-v"],
    # --- 2016-06-20 .. 2016-06-29 ---
    "lewandowski-fired": ["west-journal_2016-06-20_media-reports-reveal-reason-behi",  # Jun 20
                          "politico_2016-06-24_nerdcast-was-firing-lewandowski-"],
    # Brexit referendum result (Jun 23-24) and the candidates' reactions.
    "brexit-vote-campaign-reactions": ["breitbart_2016-06-26_clinton-swipes-at-trump-over-bre",
                                       "nyt_2016-06-27_britain-s-exit-looms-over-clinto",
                                       "breitbart_2016-06-28_sanders-brexit-s-message-could-d"],
    # Supreme Court strikes down the Texas abortion law (Whole Woman's Health), Jun 27.
    "texas-abortion-ruling": ["huff-post_2016-06-27_hillary-clinton-slams-donald-tru",
                              "wash-post_2016-06-28_ruling-solidifies-candidates-abo"],
    # --- 2016-07-05 .. 2016-07-15 ---
    # Comey: no charges over Clinton's emails (Jul 5), Lynch closes the case (Jul 6), direct reactions.
    "comey-no-charges-clinton-emails": ["breitbart_2016-07-05_paul-ryan-fbi-decision-not-to-in",
                                        "politico_2016-07-05_criminal-charges-against-clinton",
                                        "politico_2016-07-06_lewandowski-fbi-director-acted-a",
                                        "west-journal_2016-07-06_lynch-closes-the-door-on-clinton",
                                        "nyt_2016-07-07_in-criticizing-clinton-hints-tha"],
    # Justice Ginsburg's remarks on Trump, his reply, her apology.
    "ginsburg-trump-remarks": ["breitbart_2016-07-13_trump-demands-ginsburg-resign-fo",
                               "usa-today_2016-07-15_ginsburg-apologizes-for-trump-co"],
    # --- 2016-07-18 .. 2016-07-29 (conventions: labelled by speech / night, not one group per convention) ---
    # RNC Jul 18-19: floor revolt, Melania Trump speech plagiarism, roll-call nomination.
    "rnc-opening-and-nomination": ["west-journal_2016-07-18_nevertrump-delegates-disrupt-rnc",
                                   "breitbart_2016-07-19_republicans-begin-roll-call-vote",
                                   "wash-post_2016-07-20_beyond-plagiarism-a-bigger-issue",
                                   "nyt_2016-07-21_amid-discord-trump-claims-nomina"],
    "trump-acceptance-speech": ["breitbart_2016-07-21_trump-fever-infects-convention-f",  # Jul 21
                                "wash-post_2016-07-22_republican-assails-elites-as-he-"],
    "kaine-vp-pick": ["breitbart_2016-07-22_tim-kaine-fully-embraced-abortio",  # Jul 22
                      "usa-today_2016-07-25_clinton-pick-gives-trump-an-open"],
    "obama-dnc-speech": ["breitbart_2016-07-27_obama-to-frame-election-as-comma",  # Jul 27
                         "west-journal_2016-07-28_obama-claims-hillary-most-qualif",
                         "nyt_2016-07-29_obama-lays-out-stakes-for-a-divi"],
    "clinton-acceptance-speech": ["politico_2016-07-29_trump-clinton-should-have-congra",  # Jul 28
                                  "west-journal_2016-07-29_clinton-acceptance-speech-skewer"],
}


def main():
    root, out = sys.argv[1], sys.argv[2]
    story_of = {name: story for story, names in EVENTS.items() for name in names}
    listed = [name for names in EVENTS.values() for name in names]
    if len(listed) != len(story_of):
        sys.exit("articles listed in more than one event: "
                 + ", ".join(sorted({n for n in listed if listed.count(n) > 1})))
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
