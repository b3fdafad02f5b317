#!/usr/bin/env python3
"""Unlabeled Chinese contact sentences as pages, and what amity reads of them (issue 19).

The zh-news pool of the real gold is spent (real-gold/README.md); the Chinese NER sets in
../shared/data/zh are other real news of the same press (People's Daily 1998, MSRA, Sina news) with
no event marks. This writes each sentence that holds a contact word (会见, 会谈, 访问, 签署, 援助, …)
as a page of its own, so that amity's coverage of how the press says a contact can be read on text
nobody tuned on:

    python3 tools/contact-sentence-pages.py pages ../shared/data/zh OUT
    ./amity ingest OUT --store /tmp/S --threads 1 --trace-events 2> trace.txt
    ./amity events --json --store /tmp/S > events.jsonl
    python3 tools/contact-sentence-pages.py read OUT events.jsonl trace.txt > coverage.txt

`read` prints one line a page: GOT with the forms and actors amity kept, or MISS with the reasons
the trace gives for what it dropped (empty: no trigger read). Read the MISS lines for real contacts
between states, officials or bodies (EVENTS-GUIDE) and the GOT lines for false ones. Pages are
dated 1998-06-15 (People's Daily, MSRA) or 2016-06-15 (CLUENER) so that "今天" has an anchor;
identical sentences are one page. Nothing derived from the data is meant to be committed.
"""
import json, os, re, sys

CONTACT = re.compile("会见|会谈|访问|出访|到访|抵达|通电话|电话会谈|视频会晤|签署|签订|援助|捐赠|出席|主持|接见|邀请|会晤|访华|来访|拜会|致电|磋商")


def bio_sentences(path):
    """Sentences of a file of `char TAG` lines with blank lines between sentences."""
    out, cur = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            if cur:
                out.append("".join(cur))
                cur = []
            continue
        cur.append(line.split(" ")[0] if not line.startswith(" ") else " ")
    if cur:
        out.append("".join(cur))
    return out


def cluener_sentences(path):
    """The `text` of each JSON object of a CLUENER file (objects back to back)."""
    text = open(path, encoding="utf-8").read()
    return [json.loads('"' + t + '"') for t in re.findall(r'"text":\s*"((?:[^"\\]|\\.)*)"', text)]


def pages(data, out):
    os.makedirs(out, exist_ok=True)
    sources = []
    if os.path.exists(os.path.join(data, "peoples-daily.dev")):
        sources.append(("pd", "1998-06-15", bio_sentences(os.path.join(data, "peoples-daily.dev"))))
    msra = os.path.join(data, "msra-val-3000", "sentences.txt")
    if os.path.exists(msra):
        sources.append(("msra", "1998-06-15", [l.replace(" ", "").strip() for l in open(msra, encoding="utf-8")]))
    cl = [s for f in ("cluener.dev.json", "cluener.train.json") if os.path.exists(os.path.join(data, f))
          for s in cluener_sentences(os.path.join(data, f))]
    if cl:
        sources.append(("cl", "2016-06-15", cl))
    seen, n = set(), 0
    for name, date, sentences in sources:
        for i, s in enumerate(sentences):
            s = s.strip()
            if not CONTACT.search(s) or s in seen:
                continue
            seen.add(s)
            with open(os.path.join(out, f"{name}-{i:05d}.txt"), "w", encoding="utf-8") as f:
                f.write(f"{date}\n\n{s}\n")
            n += 1
    print(f"{n} pages written to {out}", file=sys.stderr)


def read(out, events, trace):
    got = {}
    for line in open(events, encoding="utf-8"):
        e = json.loads(line)
        for s in e["sources"]:
            got.setdefault(os.path.basename(s["file"]), []).append((e["form"], [a["name"] for a in e["actors"]]))
    drops, page = {}, None
    for line in open(trace, encoding="utf-8"):
        if line.startswith("PAGE "):
            page = os.path.basename(line.split()[1])
        elif line.startswith("DROP ") and page:
            drops.setdefault(page, []).append(line.split(" :: ")[0].strip()[:160])
    for f in sorted(os.listdir(out)):
        s = open(os.path.join(out, f), encoding="utf-8").read().split("\n", 2)[2].strip()
        if f in got:
            print("GOT ", f, got[f], "::", s)
        else:
            print("MISS", f, drops.get(f, []), "::", s)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "pages":
        pages(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 5 and sys.argv[1] == "read":
        read(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)
