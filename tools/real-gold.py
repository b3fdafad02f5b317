#!/usr/bin/env python3
"""Turns hand-marked events on corpus pages into the project's real-text dev set.

    python3 tools/real-gold.py MARKS_DIR PAGES_DIR OUT_DIR [SPLIT]

MARKS_DIR holds one folder per language (en, es, zh, vi) with the annotators' files:
documents.tsv (file, kind, note), events.jsonl (file, form, planned, date, date_end, actors,
countries, location, same_as, sentence, note) and entities.jsonl (file, surface, type, entity,
[occurrence], [note]). PAGES_DIR holds the pages `amity corpus pages` writes. The page text stays
out of the project: each event keeps the offsets of its sentence in the page (UTF-16 units of the
NFC text, as amity's Java strings count them), each entity mark the offsets of its surface form.

Writes OUT_DIR/documents.tsv (file, lang, split, kind, note), events.jsonl and mentions.jsonl.

The split into a tune half and a check half was made once, by this script, before anyone looked at
amity's errors on these pages: pages that report one event (same_as) stay in one half, so that
merging can be scored within a half; such groups go, largest first, each to the half of its
language that has fewer events so far (ties broken by the SHA-1 of the first page name), and
negative pages alternate in SHA-1 order. documents.tsv records it; amity reads it from there.

A later batch of pages, marked after the halves were scored, is built with SPLIT (e.g. `fresh`):
all its pages go to that split, so that it can be scored once, unseen, before anyone studies it.
"""
import hashlib, json, os, sys, unicodedata

FORM_TYPE = {"agreement_signing": "AGREE", "joint_statement": "AGREE", "aid": "AID", "joint_committee": "COOPERATE"}


def sha(name):
    return hashlib.sha1(name.encode()).hexdigest()


def halves(docs, events):
    """{page: 'tune'|'check'}: same_as groups kept whole, events balanced per language."""
    parent = {d[0]: d[0] for d in docs}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first = {}
    for e in events:
        if e.get("same_as"):
            if e["same_as"] in first:
                parent[find(e["file"])] = find(first[e["same_as"]])
            else:
                first[e["same_as"]] = e["file"]
    count = {}
    for e in events:
        count[e["file"]] = count.get(e["file"], 0) + 1
    groups = {}
    for d in docs:
        if d[3] == "events":
            groups.setdefault(find(d[0]), []).append(d)
    out = {}
    for lang in ("en", "es", "zh", "vi"):
        mine = [sorted(g, key=lambda d: d[0]) for g in groups.values() if g[0][1] == lang]
        mine.sort(key=lambda g: (-sum(count.get(d[0], 0) for d in g), sha(g[0][0])))
        total = {"tune": 0, "check": 0}
        for g in mine:
            half = "tune" if total["tune"] <= total["check"] else "check"
            for d in g:
                out[d[0]] = half
            total[half] += sum(count.get(d[0], 0) for d in g)
        negatives = sorted((d for d in docs if d[1] == lang and d[3] == "negative"), key=lambda d: sha(d[0]))
        for i, d in enumerate(negatives):
            out[d[0]] = "tune" if i % 2 == 0 else "check"
    return out


def utf16(text, index):
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def main(marks, pages, out, split=None):
    docs, events, mentions = [], [], []
    cache = {}

    def page(f):
        if f not in cache:
            with open(os.path.join(pages, f), encoding="utf-8") as h:
                cache[f] = unicodedata.normalize("NFC", h.read())
        return cache[f]

    for lang in ("en", "es", "zh", "vi"):
        base = os.path.join(marks, lang)
        for line in open(os.path.join(base, "documents.tsv"), encoding="utf-8"):
            if not line.strip() or line.startswith("#"):
                continue
            f = line.rstrip("\n").split("\t")
            docs.append((f[0], lang, "", f[1], f[2] if len(f) > 2 else ""))
        for line in open(os.path.join(base, "events.jsonl"), encoding="utf-8"):
            if not line.strip():
                continue
            e = json.loads(line)
            t = page(e["file"])
            at = t.find(e["sentence"])
            if at < 0:
                sys.exit(f"{lang}: sentence not on {e['file']}: {e['sentence'][:60]}")
            # A headline may repeat a body sentence: the body's is the one meant.
            later = t.find(e["sentence"], at + 1)
            if later >= 0 and "\n\n" in t[at:later]:
                at = later
            events.append({
                "file": e["file"], "type": FORM_TYPE.get(e["form"], "CONSULT"), "form": e["form"],
                "planned": e["planned"], "date": e["date"], "date_end": e["date_end"], "actors": e["actors"],
                "countries": e["countries"], "location": e.get("location"), "same_as": e.get("same_as"),
                "start": utf16(t, at), "end": utf16(t, at + len(e["sentence"])), "note": e.get("note")})
        path = os.path.join(base, "entities.jsonl")
        for line in open(path, encoding="utf-8") if os.path.exists(path) else ():
            if not line.strip():
                continue
            m = json.loads(line)
            t = page(m["file"])
            at = -1
            for _ in range(m.get("occurrence", 0) + 1):
                at = t.find(m["surface"], at + 1)
                if at < 0:
                    sys.exit(f"{lang}: '{m['surface']}' not on {m['file']}")
            # Cluster ids of our own, not knowledge-base ids: "new:" makes the scorer read them so.
            row = {"file": m["file"], "start": utf16(t, at), "end": utf16(t, at + len(m["surface"])),
                   "surface": m["surface"], "type": m["type"], "entity": "new:" + m["entity"]}
            if m.get("note"):
                row["note"] = m["note"]
            mentions.append(row)
    half = {d[0]: split for d in docs} if split else halves(docs, events)
    docs = [(d[0], d[1], half[d[0]], d[3], d[4]) for d in docs]
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "documents.tsv"), "w", encoding="utf-8") as h:
        h.write("# file\tlang\tsplit\tkind\tnote\n")
        for d in docs:
            h.write("\t".join(d) + "\n")
    with open(os.path.join(out, "events.jsonl"), "w", encoding="utf-8") as h:
        for e in events:
            h.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "mentions.jsonl"), "w", encoding="utf-8") as h:
        for m in mentions:
            h.write(json.dumps(m, ensure_ascii=False) + "\n")
    print(f"{len(docs)} pages, {len(events)} events, {len(mentions)} mentions")


if __name__ == "__main__":
    main(*sys.argv[1:5])
