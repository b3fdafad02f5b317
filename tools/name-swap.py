#!/usr/bin/env python3
"""Name swap: how much of amity's event extraction on the tune pages leans on knowing the people.

    ./amity corpus pages --out /tmp/swap-pages
    python3 tools/name-swap.py run /tmp/swap-pages /tmp/swap-work [--seed 19] [--rows LOST.tsv]

`run` does three things:

1. copies the **tune** pages (documents.tsv column 3 = tune; check pages are never opened) to
   WORK/orig and writes WORK/swapped, the same pages with every *person* among the gold actors of
   the page replaced by a real person name of the same language that the knowledge base does not
   know: its full form and its later short mentions (the last word of an en/es/vi name, in any
   case as written, "LEBED" too; the part after "・" of a zh transliteration). Titles, countries
   and all other text stay. The replacement names come from other corpus documents:
     en, es  CoNLL PER spans of two or three words that occur in some page of no gold split and in
             no tune page;
     zh      PER spans of zh/msra-val-3000 and name spans of zh/cluener.*.json (a native name of
             2-3 characters replaces a native name, a longer or "・" name a transliteration);
     vi      NAME spans of vi/train_syllable.conll of two or more capitalised syllables, no initials.
   A name any knowledge-base person carries is never taken, nor (en, es, zh) a name one of whose
   words a KB person's name holds (Vietnamese family names are shared by too many: only the full
   name is tested there). The choice is deterministic: a person's replacement depends on the seed and their name
   only, so one person gets one name on every page. WORK/swap-map.tsv lists what replaced what.
   An actor counts as a person when the linking gold marks it PERSON, when it is a CoNLL PER span
   (en, es) or a People's Daily PER span (zh), when a KB person carries the name, or when amity's
   run on the original pages made it a person entity.
2. ingests both folders into two stores (WORK/st-orig, WORK/st-swap) with `./amity ingest` and
   lists their events (`./amity events --json`).
3. reports how many of the original's events survive the swap, by (page, form, date) of each
   source, per language and per form, and lists the lost ones with their sentences (as the
   original page has them); then, of the surviving events, how many of their swapped persons are
   still among the actors (as the new name), and lists those lost.

    python3 tools/name-swap.py compare WORK      # step 3 again on existing stores' event lists

Only pages whose text the swap changed count in the survival figures (others cannot lose
anything); the figure of all pages is printed too.
"""
import collections, hashlib, json, os, re, shutil, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = os.path.join(HERE, "amity-app/src/test/resources/amity/real-gold")
DATA = os.path.join(os.path.dirname(HERE), "shared", "data")
KB_PEOPLE = os.path.join(HERE, "amity-core/src/main/resources/amity/kb/people.jsonl")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def documents():
    docs = {}
    for line in open(os.path.join(GOLD, "documents.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        docs[f[0]] = f
    return docs


def kb_names():
    names, tokens = set(), set()
    for line in open(KB_PEOPLE, encoding="utf-8"):
        if not line.startswith("{"):
            continue
        p = json.loads(line)
        all_names = [p.get("name") or ""]
        for vs in (p.get("names") or {}).values():
            all_names.extend(vs)
        for n in all_names:
            n = nfc(n)
            names.add(n.lower())
            for t in re.split(r"[\s・·]+", n):
                if t:
                    tokens.add(t.lower())
    return names, tokens


def conll_spans(path, tag_col=-1, want=("PER",)):
    """Spans (tuples of tokens) of the wanted types in a CoNLL file (IOB1 or IOB2)."""
    spans, cur, cur_type = [], [], None
    def flush():
        nonlocal cur, cur_type
        if cur:
            spans.append(tuple(cur))
        cur, cur_type = [], None
    for line in open(path, encoding="utf-8", errors="replace"):
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            flush()
            continue
        tag = parts[tag_col]
        if tag == "O" or "-" not in tag:
            flush()
            continue
        bio, typ = tag.split("-", 1)
        if typ not in want:
            flush()
            continue
        if bio == "B" or typ != cur_type:
            flush()
        cur.append(parts[0])
        cur_type = typ
    flush()
    return spans


def zh_pool():
    pool = set()
    d = os.path.join(DATA, "zh", "msra-val-3000")
    for sent, tags in zip(open(os.path.join(d, "sentences.txt"), encoding="utf-8"),
                          open(os.path.join(d, "tags.txt"), encoding="utf-8")):
        chars, ts = sent.split(), tags.split()
        cur = ""
        for c, t in zip(chars, ts):
            if t == "B-PER":
                if cur:
                    pool.add(cur)
                cur = c
            elif t == "I-PER" and cur:
                cur += c
            else:
                if cur:
                    pool.add(cur)
                cur = ""
        if cur:
            pool.add(cur)
    for name in ("cluener.train.json", "cluener.dev.json"):
        p = os.path.join(DATA, "zh", name)
        if not os.path.exists(p):
            continue
        for line in open(p, encoding="utf-8"):
            line = line.strip()
            if not line.startswith("{"):
                continue
            try:
                o = json.loads(line)
            except json.JSONDecodeError:
                continue
            for n in (o.get("label") or {}).get("name", {}):
                pool.add(n)
    return {nfc(n) for n in pool if re.fullmatch(r"[\u4e00-\u9fff・·]{2,8}", n)}


def kb_non_person():
    """Every name of a country, place or body in the KB, lower-cased (Jordan is no person)."""
    out = set()
    for fn in ("countries.jsonl", "places.jsonl", "orgs.jsonl"):
        for line in open(os.path.join(os.path.dirname(KB_PEOPLE), fn), encoding="utf-8"):
            if not line.startswith("{"):
                continue
            o = json.loads(line)
            out.add(nfc(o.get("name") or "").lower())
            for vs in (o.get("names") or {}).values():
                out.update(nfc(v).lower() for v in vs)
    return out


# titles kept in front of a swapped name ("Prince Sultan": only "Sultan" is the name)
TITLES = {"prince", "king", "queen", "sheikh", "president", "lord", "pope", "emperor", "crown", "sir",
          "dr", "dr.", "general", "gen.", "mr", "mr.", "mrs", "mrs.", "príncipe", "rey", "reina", "papa",
          "presidente", "jeque", "thủ", "tướng", "tổng", "thống", "ngoại", "trưởng", "chủ", "tịch",
          "ông", "bà", "bộ"}


def read(path):
    return nfc(open(path, encoding="utf-8").read())


# common family names, and characters that mostly spell foreign names (斯, 尔, 夫 ...): a
# transliterated name replaces a transliterated name, a native name a native one
ZH_SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
                  "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
                  "龚邵万钱严覃武戴莫孔向汤")
ZH_TRANSLIT = set("斯尔特拉夫基亚娃奇姆顿巴卡萨塔纳尼维诺莱德伊克里罗勒耶蒂佩欧哈")


def is_native_zh(n):
    return (2 <= len(n) <= 3 and n[0] in ZH_SURNAMES and not any(c in ZH_TRANSLIT for c in n[1:])
            and "・" not in n and "·" not in n)


def pick(pool, key, seed):
    h = int(hashlib.sha256(f"{seed}:{key}".encode("utf-8")).hexdigest(), 16)
    return pool[h % len(pool)]


def swap_pages(pages, work, seed):
    docs = documents()
    tune = sorted(f for f, d in docs.items() if d[2] == "tune")
    orig_dir, swap_dir = os.path.join(work, "orig"), os.path.join(work, "swapped")
    for d in (orig_dir, swap_dir):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    texts = {}
    for f in tune:
        shutil.copy(os.path.join(pages, f), orig_dir)
        texts[f] = read(os.path.join(pages, f))
    kb_full, kb_tok = kb_names()

    # who is a person
    person_surfaces = set()
    for line in open(os.path.join(GOLD, "mentions.jsonl"), encoding="utf-8"):
        m = json.loads(line)
        if m["type"] == "PERSON":
            person_surfaces.add(nfc(m["surface"]))
    conll_per = {"en": set(), "es": set()}
    for lang, files, col in (("en", ("eng.testa", "eng.train"), -1), ("es", ("esp.testa", "esp.train"), -1)):
        for fn in files:
            for s in conll_spans(os.path.join(DATA, lang, fn), col):
                conll_per[lang].add(nfc(" ".join(s)))
    pd_per = set()
    pd = os.path.join(DATA, "zh", "peoples-daily.dev")
    if os.path.exists(pd):
        pd_per = {nfc("".join(s)) for s in conll_spans(pd, -1)}
    amity_persons = collections.defaultdict(set)
    ev_orig = os.path.join(work, "events-orig.jsonl")
    if os.path.exists(ev_orig):
        for line in open(ev_orig, encoding="utf-8"):
            e = json.loads(line)
            files = {os.path.basename(s["file"]) for s in e["sources"]}
            for a in e["actors"]:
                if a["entity"].startswith("person:"):
                    for f in files:
                        amity_persons[f].add(nfc(a["name"]))

    non_person = kb_non_person()

    def is_person(lang, f, a):
        if a.lower() in non_person:
            return False
        if lang != "zh":
            toks = a.split()
            while toks and toks[0].lower() in TITLES:
                toks = toks[1:]
            if " ".join(toks).lower() in non_person:
                return False
            rest = [t for t in toks if t.lower() not in non_person]
            if not rest or not any(t[:1].isupper() for t in rest) or any(t[:1].islower() for t in rest):
                return False
        if a in person_surfaces or a.lower() in kb_full or a in amity_persons[f]:
            return True
        if lang in conll_per and a in conll_per[lang]:
            return True
        return lang == "zh" and a in pd_per

    actors = collections.defaultdict(set)
    for line in open(os.path.join(GOLD, "events.jsonl"), encoding="utf-8"):
        e = json.loads(line)
        if e["file"] in texts:
            for a in e["actors"]:
                a = nfc(a)
                if is_person(docs[e["file"]][1], e["file"], a) and a in texts[e["file"]]:
                    if docs[e["file"]][1] != "zh":
                        toks = a.split()
                        while len(toks) > 1 and toks[0].lower() in TITLES:
                            toks = toks[1:]
                        a = " ".join(toks)
                    actors[e["file"]].add(a)

    # pools
    def ok_latin(toks):
        return (all(t[:1].isupper() and t.isalpha() and not t.isupper() for t in toks)
                and " ".join(toks).lower() not in kb_full and not any(t.lower() in kb_tok for t in toks))
    tune_text = {"en": "", "es": "", "zh": "", "vi": ""}
    for f, t in texts.items():
        tune_text[docs[f][1]] += t + "\n"
    other = {"en": "", "es": ""}
    for fn in sorted(os.listdir(pages)):
        lang = fn[:2]
        if lang in other and fn not in docs:
            other[lang] += read(os.path.join(pages, fn)) + "\n"
    pools = {}
    for lang in ("en", "es"):
        cands = set()
        for n in conll_per[lang]:
            toks = n.split()
            if 2 <= len(toks) <= 3 and ok_latin(toks) and n in other[lang] and n not in tune_text[lang] \
                    and toks[-1] not in tune_text[lang]:
                cands.add(n)
        pools[lang] = sorted(cands)
    zh = [n for n in zh_pool() if n.lower() not in kb_full and n not in tune_text["zh"]
          and not any(t.lower() in kb_tok for t in re.split(r"[・·]", n))]
    pools["zh-native"] = sorted(n for n in zh if is_native_zh(n))
    pools["zh-foreign"] = sorted(n for n in zh if not is_native_zh(n) and len(n) >= 3
                                 and sum(c in ZH_TRANSLIT for c in n) >= 2)
    vi = set()
    for s in conll_spans(os.path.join(DATA, "vi", "train_syllable.conll"), -1, ("NAME",)):
        toks = [nfc(t) for t in s]
        if len(toks) >= 2 and all(t[:1].isupper() and t.isalpha() for t in toks) \
                and " ".join(toks).lower() not in kb_full and " ".join(toks) not in tune_text["vi"]:
            vi.add(" ".join(toks))
    pools["vi"] = sorted(vi)
    for k, v in pools.items():
        print(f"pool {k}: {len(v)} names", file=sys.stderr)

    # swap
    rows = []
    changed = set()
    for f in tune:
        lang, text = docs[f][1], texts[f]
        names = sorted(actors.get(f, ()), key=len, reverse=True)
        # short forms: an actor that is the last word of a longer actor follows that one
        repl = {}
        for a in names:
            if lang == "zh":
                pool = pools["zh-native"] if is_native_zh(a) else pools["zh-foreign"]
                new = pick(pool, a, seed)
                repl[a] = new
                if "・" in a and "・" in new:
                    repl[a.split("・")[-1]] = new.split("・")[-1]
            else:
                longer = [b for b in repl if b.split()[-1] == a.split()[-1] and len(b.split()) > 1]
                if len(a.split()) == 1 and longer:
                    continue
                new = pick(pools[lang], a.split()[-1] if len(a.split()) == 1 else a, seed)
                repl[a] = new
                if len(a.split()) > 1 and len(a.split()[-1]) > 2:
                    repl.setdefault(a.split()[-1], new.split()[-1])
        if not repl:
            continue
        pairs = []
        for old in sorted(repl, key=len, reverse=True):
            pairs.append((old, repl[old]))
            if lang != "zh" and old.upper() != old:
                pairs.append((old.upper(), repl[old].upper()))
        out = text
        for i, (old, new) in enumerate(pairs):
            if lang == "zh":
                out = out.replace(old, "\0%d\0" % i)
            elif lang == "vi" and " " not in old:
                # a lone Vietnamese syllable is a name only outside a longer capitalised name
                def lone(m, i=i):
                    before = m.string[:m.start()].split()[-1:] or [""]
                    after = m.string[m.end():].split()[:1] or [""]
                    if before[0][:1].isupper() or after[0][:1].isupper():
                        return m.group(0)
                    return "\0%d\0" % i
                out = re.sub(r"(?<![\w])" + re.escape(old) + r"(?![\w])", lone, out)
            else:
                out = re.sub(r"(?<![\w])" + re.escape(old) + r"(?![\w])", "\0%d\0" % i, out)
        for i, (old, new) in enumerate(pairs):
            out = out.replace("\0%d\0" % i, new)
        if out != text:
            changed.add(f)
        for old, new in repl.items():
            rows.append((f, lang, old, new))
        with open(os.path.join(swap_dir, f), "w", encoding="utf-8") as w:
            w.write(out)
    for f in tune:
        if not os.path.exists(os.path.join(swap_dir, f)):
            shutil.copy(os.path.join(pages, f), swap_dir)
    with open(os.path.join(work, "swap-map.tsv"), "w", encoding="utf-8") as w:
        for r in rows:
            w.write("\t".join(r) + "\n")
    with open(os.path.join(work, "changed.txt"), "w", encoding="utf-8") as w:
        w.write("\n".join(sorted(changed)) + "\n")
    print(f"{len(tune)} tune pages, {len(changed)} changed, {len(rows)} names swapped", file=sys.stderr)


def amity(*args, out=None):
    with open(out or os.devnull, "w") as o:
        subprocess.run([os.path.join(HERE, "amity"), *args], stdout=o, check=True)


def keys(path):
    ks = collections.defaultdict(list)
    for line in open(path, encoding="utf-8"):
        e = json.loads(line)
        for s in e["sources"]:
            ks[(os.path.basename(s["file"]), e["form"], e["date"])].append(
                (s["sentence"], [a["name"] for a in e["actors"]]))
    return ks


def compare(work, rows_out=None):
    changed = set(open(os.path.join(work, "changed.txt"), encoding="utf-8").read().split())
    a, b = keys(os.path.join(work, "events-orig.jsonl")), keys(os.path.join(work, "events-swap.jsonl"))
    per = collections.defaultdict(lambda: [0, 0])
    lost = []
    for k, v in sorted(a.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or "")):
        f = k[0]
        groups = ["all:" + f[:2], "all"]
        if f in changed:
            groups += ["changed:" + f[:2], "changed", "form:" + k[1]]
        for g in groups:
            per[g][0] += 1
            per[g][1] += k in b
        if k not in b:
            lost.append((k, v))
    print("survival of the original's events (page, form, date) after the name swap")
    for g in sorted(per, key=lambda g: (g.split(":")[0], g)):
        n, s = per[g]
        print(f"  {g:28s} {s:4d} / {n:4d}  {s / n:.3f}")
    # actors: a swapped person who was an actor of a surviving event should be its actor still
    smap = collections.defaultdict(dict)
    for line in open(os.path.join(work, "swap-map.tsv"), encoding="utf-8"):
        f, lang, o, n = line.rstrip("\n").split("\t")
        smap[f][o] = n
    act = collections.defaultdict(lambda: [0, 0])
    lost_actors = []
    for k, v in a.items():
        if k not in b:
            continue
        f = k[0]
        after = {x for _, acts in b[k] for x in acts}
        for o in sorted({x for _, acts in v for x in acts}):
            n = smap[f].get(o)
            if n is None:
                n = next((smap[f][x] for x in smap[f] if o.endswith(" " + x) or o == x), None)
            if n is None:
                continue
            got = any(n == x or n in x or x in n and len(x) > 1 for x in after)
            for g in ("actors", "actors:" + f[:2]):
                act[g][0] += 1
                act[g][1] += got
            if not got:
                lost_actors.append((k, o, n, sorted(after), v[0][0]))
    for g in sorted(act):
        n, s_ = act[g]
        print(f"  {g:28s} {s_:4d} / {n:4d}  {s_ / n:.3f}")
    print(f"\nlost actors of surviving events ({len(lost_actors)}):")
    for (f, form, date), o, n, after, sent in lost_actors:
        print(f"  {f}\t{form}\t{date}\t{o} -> {n}\tnow: {'; '.join(after)}\t{sent}")
    print(f"\nlost ({len(lost)}):")
    for (f, form, date), v in lost:
        sent, acts = v[0]
        print(f"  {f}\t{form}\t{date}\t{'; '.join(acts)}\t{sent}")
    if rows_out:
        with open(rows_out, "w", encoding="utf-8") as w:
            for (f, form, date), v in lost:
                w.write("\t".join([f, form, str(date), "; ".join(v[0][1]), v[0][0]]) + "\n")


def main(argv):
    if len(argv) >= 2 and argv[0] == "compare":
        rows = argv[argv.index("--rows") + 1] if "--rows" in argv else None
        compare(argv[1], rows)
        return
    if len(argv) < 3 or argv[0] != "run":
        sys.exit(__doc__)
    pages, work = argv[1], argv[2]
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 19
    rows = argv[argv.index("--rows") + 1] if "--rows" in argv else None
    os.makedirs(work, exist_ok=True)
    docs = documents()
    # a first plain run on the original pages tells which actors amity itself took for persons
    orig_dir = os.path.join(work, "orig")
    shutil.rmtree(orig_dir, ignore_errors=True)
    os.makedirs(orig_dir)
    for f, d in docs.items():
        if d[2] == "tune":
            shutil.copy(os.path.join(pages, f), orig_dir)
    for name, folder in (("orig", "orig"),):
        st = os.path.join(work, "st-" + name)
        shutil.rmtree(st, ignore_errors=True)
        amity("ingest", "--store", st, os.path.join(work, folder), "--json")
        amity("events", "--store", st, "--json", out=os.path.join(work, "events-orig.jsonl"))
    swap_pages(pages, work, seed)
    st = os.path.join(work, "st-swap")
    shutil.rmtree(st, ignore_errors=True)
    amity("ingest", "--store", st, os.path.join(work, "swapped"), "--json")
    amity("events", "--store", st, "--json", out=os.path.join(work, "events-swap.jsonl"))
    compare(work, rows)


if __name__ == "__main__":
    main(sys.argv[1:])
