#!/usr/bin/env python3
"""Turns Universal Dependencies treebanks into plain pages amity reads, as a precision guard.

    python3 tools/ud-pages.py ../shared/data/ud OUT [--per 50]

Every `*.conllu` file under the folder gives pages of PER sentences each (the `# text =` lines, in
order, one sentence a line, no title and no date), named `ud-<file stem>-NNN.txt`. The treebanks are
web text, blogs, reviews, Wikipedia and some news that no rule was fitted to: run

    ./amity ingest --store STORE OUT --json > /dev/null; ./amity events --store STORE --json

and judge every event reported by ../shared/EVENTS-GUIDE.md (most should not be there).
"""
import pathlib, sys


def sentences(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# text ="):
                yield line[len("# text ="):].strip()


def main(args):
    per = 50
    if "--per" in args:
        i = args.index("--per")
        per = int(args[i + 1])
        del args[i:i + 2]
    src, out = pathlib.Path(args[0]), pathlib.Path(args[1])
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for conllu in sorted(src.glob("*/*.conllu")):
        lines = list(sentences(conllu))
        for n, start in enumerate(range(0, len(lines), per), 1):
            page = out / f"ud-{conllu.stem}-{n:03d}.txt"
            page.write_text("\n".join(lines[start:start + per]) + "\n", encoding="utf-8")
            total += 1
    print(f"{total} pages in {out}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
