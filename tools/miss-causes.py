#!/usr/bin/env python3
"""Tabulates where amity's reading of each missed tune event dies, step by step.

    ./amity eval events --gold G --data ../shared/data --split tune --details > details.txt
    ./amity eval events --gold G --data ../shared/data --split tune --trace 2> trace.txt > /dev/null
    ./amity corpus pages --out PAGES --sets en-train,en-testa,es-train,es-testa
    python3 tools/miss-causes.py details.txt trace.txt G PAGES [LANG ...] [--rows ROWS.tsv]

For every MISSED line of the details (a gold event nothing matched) it finds the gold sentence in
the trace and names the step that lost it:

  no-trigger            TriggerFinder found no trigger in the sentence
  trigger-not-read      triggers were found, but ClauseReader made no reading of them
  no-party              ArgumentReader found no party ("DROP no actors")
  gate:<form>           ActorGate dropped the reading (the trace's "DROP gate"), with how many
                        parties it had: one party means the other side was never read
  history / denied      dropped as background history, or as a denied event
  kept-unmatched        a reading of the sentence was kept but matched no gold event of it
                        (another form, merged into another event, split otherwise)
  read-not-kept         the sentence was read, but no reading of it was kept or dropped by name
                        (joined to another sentence's event by StoryConsolidator)

and for every ACTOR-MISSED line (a matched event lacking a gold actor) where the actor was lost:

  actor-read            a reading of the sentence had the actor (lost in consolidation or splitting)
  actor-not-taken       the sentence's mentions hold the actor, ArgumentReader did not take it
  actor-not-mentioned   the sentence holds the name, no mention was found for it
  actor-elsewhere       the gold actor is not written in the event's sentence (story level)

The trace is refused on the check half, so this reads tune only. LANG (en, es, zh, vi) keeps
those languages; --rows writes one line per event (kind, lang, cause, details line, sentence).
"""
import collections, json, re, sys, unicodedata


def norm(s):
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn")


def read_trace(path):
    pages = collections.defaultdict(lambda: {"sent": [], "read": [], "keep": [], "drop": []})
    page, sent = None, None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("PAGE "):
            page = line.split()[1]
            continue
        if page is None:
            continue
        p = pages[page]
        if line.startswith("SENT "):
            sent = {"text": line[5:], "triggers": ""}
            p["sent"].append(sent)
        elif line.startswith("  triggers") and sent is not None:
            sent["triggers"] = line
        elif line.startswith("READ\t"):
            f = line.split("\t")
            if len(f) < 5 or not f[2].isdigit():
                continue  # a modifier reading ("visit (modifier)") has no offsets
            p["read"].append({"start": int(f[2]), "end": int(f[3]), "form": f[4], "args": f[8] if len(f) > 8 else "",
                              "text": line.split(" :: ", 1)[1] if " :: " in line else ""})
        elif line.startswith("KEEP "):
            p["keep"].append(line)
        elif line.startswith("DROP "):
            p["drop"].append(line)
    return pages


def main(argv):
    rows_out = None
    if "--rows" in argv:
        i = argv.index("--rows")
        rows_out = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    details, trace, gold, pages_dir, langs = argv[0], argv[1], argv[2], argv[3], set(argv[4:])
    golds = [json.loads(l) for l in open(gold, encoding="utf-8") if l.strip()]
    pages = read_trace(trace)
    counts, rows = collections.Counter(), []
    for line in open(details, encoding="utf-8"):
        m = re.match(r"^(MISSED|ACTOR-MISSED) (([a-z]{2})-\S+) (\S+) (.*)$", line.strip())
        if not m or (langs and m.group(3) not in langs):
            continue
        kind, file, lang, form, rest = m.groups()
        if kind == "MISSED":
            actors = re.search(r"\[(.*)\]$", rest).group(1).split(", ")
            found = [g for g in golds if g["file"] == file and g["form"] == form and g["actors"] == actors]
        else:
            actor = re.match(r"(.*) in \[(.*)\]$", rest).group(1)
            found = [g for g in golds if g["file"] == file and g["form"] == form and actor in g["actors"]]
        if not found:
            continue
        g = found[0]
        text = open(f"{pages_dir}/{file}", encoding="utf-8").read()[g["start"]:g["end"]].strip()
        p = pages[file]
        reads = [r for r in p["read"] if r["start"] < g["end"] and g["start"] < r["end"]]
        sents = [s for s in p["sent"] if s["text"][:40] in text or text[:40] in s["text"]]
        if kind == "MISSED":
            told = [r["text"][:60] for r in reads]
            drops = [d for d in p["drop"] if any(t in d for t in told)]
            keeps = [k for k in p["keep"] if any(t in k for t in told)]
            if not reads:
                cause = "trigger-not-read" if sents else "no-trigger"
            elif keeps:
                cause = "kept-unmatched"
            elif drops:
                d = drops[0].split()
                if d[1] == "gate":
                    parties = drops[0].split(" :: ")[0].count("Profile[")
                    cause = f"gate:{d[2]}:{parties}-party" if parties < 2 else f"gate:{d[2]}"
                else:
                    cause = {"no": "no-party"}.get(d[1], d[1])
            else:
                cause = "read-not-kept"
        else:
            last = norm(actor).split()[-1]
            mentions = " ".join(s["triggers"].split("mentions", 1)[-1] for s in sents)
            if any(last in norm(r["args"]) for r in reads):
                cause = "actor-read"
            elif last in norm(mentions):
                cause = "actor-not-taken"
            elif last in norm(text):
                cause = "actor-not-mentioned"
            else:
                cause = "actor-elsewhere"
        counts[(kind, lang, cause)] += 1
        rows.append((kind, lang, cause, line.strip(), text.replace("\n", " ")))
    for (kind, lang, cause), n in sorted(counts.items()):
        print(f"{n:4d}  {kind:13s} {lang}  {cause}")
    if rows_out:
        with open(rows_out, "w", encoding="utf-8") as w:
            for r in rows:
                w.write("\t".join(r) + "\n")


if __name__ == "__main__":
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    main(sys.argv[1:])
