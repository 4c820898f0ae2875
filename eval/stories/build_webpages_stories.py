#!/usr/bin/env python3
"""Builds a second labelled story-clustering set (JSONL, one article a line, field "story") from a directory of
web pages with extraction ground truth.

Usage: build_webpages_stories.py PAGES_DIR OUT.jsonl

PAGES_DIR holds ground-truth.json ({sha256: {"articleBody", "url"}}) and html/SHA256.html.gz. Text: the
ground-truth body. Title: the page's og:title (else its <title>). Day: article:published_time, else JSON-LD
datePublished, else a date in the URL; pages with none stay undated. Outlet: the URL's host.

Which articles: all of them (mostly news of 18-20 November 2019 from many outlets and countries, plus undated and
older pages of other kinds, some not in English). Gold: the same-event groups below, labelled by hand from titles,
dates and bodies; every other page is its own story. Judgement calls: a news report and an opinion piece on the same
happening count as one event only when both are about that happening (Prince Andrew's interview); an explainer or
a market report on a long-running topic (US-China trade, Hong Kong protests, impeachment) is its own story.
"""
import gzip, html, json, os, re, sys
from urllib.parse import urlparse

EVENTS = {
    "macbook-pro-16-launch": ["5fa5679d", "65bf3048"],   # iFixit teardown and review of the new 16-inch model
    "feather-duvet-lung": ["7bb1ca90", "a078b365"],
    "assange-sweden-drops-case": ["c7e39ac4", "dc7ccccc"],
    "prince-andrew-epstein-interview": ["1f765c48", "87bf6057"],
}


def title_of(page):
    for pattern in (r'<meta[^>]+property=(["\'])og:title\1[^>]*content=(["\'])(?P<t>(?:(?!\2)[^<>])*)\2',
                    r'<meta[^>]+content=(["\'])(?P<t>(?:(?!\1)[^<>])*)\1[^>]*property=(["\'])og:title\3',
                    r'<title[^>]*>(?P<t>[^<]*)'):
        m = re.search(pattern, page, re.I | re.S)
        if m and m.group("t").strip():
            return re.sub(r"\s+", " ", html.unescape(m.group("t"))).strip()
    return ""


MONTHS = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}


def day_of(page, url):
    for pattern in (r'article:published_time["\'][^>]*content=["\'](\d{4}-\d\d-\d\d)',
                    r'content=["\'](\d{4}-\d\d-\d\d)[^"\']*["\'][^>]*article:published_time',
                    r'"datePublished"\s*:\s*"(\d{4}-\d\d-\d\d)'):
        m = re.search(pattern, page)
        if m:
            return m.group(1)
    m = re.search(r"/(20\d\d)[/-](\d\d)[/-](\d\d)(?:/|-|$)", url)
    if m:
        return "-".join(m.groups())
    m = re.search(r"/(20\d\d)/([a-z]{3})/(\d\d)/", url)
    if m and m.group(2) in MONTHS:
        return f"{m.group(1)}-{MONTHS[m.group(2)]:02d}-{m.group(3)}"
    return None


def main():
    root, out = sys.argv[1], sys.argv[2]
    with open(os.path.join(root, "ground-truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    story_of = {key: story for story, keys in EVENTS.items() for key in keys}
    rows = []
    for sha, entry in sorted(truth.items()):
        with gzip.open(os.path.join(root, "html", sha + ".html.gz")) as f:
            page = f.read().decode("utf-8", "replace")
        row = {"id": sha[:8], "story": story_of.get(sha[:8], "single:" + sha[:8]), "title": title_of(page),
               "outlet": urlparse(entry["url"]).hostname, "url": entry["url"], "text": entry["articleBody"]}
        day = day_of(page, entry["url"])
        if day:
            row["published"] = day
        rows.append(row)
    missing = set(story_of) - {r["id"] for r in rows}
    if missing:
        sys.exit("labelled pages not found: " + ", ".join(sorted(missing)))
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} articles, {len({r['story'] for r in rows})} stories, {len(EVENTS)} with more than one "
          f"article, {sum('published' in r for r in rows)} dated", file=sys.stderr)


if __name__ == "__main__":
    main()
