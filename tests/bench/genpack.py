#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""genpack.py OUT_DIR LESSONS [--words N] [--source CONTENT_DIR] [--seed S]

Writes a content pack of LESSONS generated lessons for the benchmark: pack.json, a roadmap of
steps (100 lessons each, each step requiring the one before), a glossary, and
lessons/<step>/lessons.json with one Markdown file per lesson. Lesson text is cut from the
shipped lessons (so word frequencies and phrases are real Django/Flask prose), about N words per
lesson (default 150, ~1 KB) with two headings, a code block and glossary links, like the
shipped lessons in shape but shorter. Deterministic for a given seed. Standard library only.
"""
import argparse
import json
import os
import random
import re
import sys

LESSONS_PER_STEP = 100


def corpus(source):
    """Words of the shipped lessons, in order, without Markdown link targets or code fences."""
    text = []
    for root, _, files in os.walk(os.path.join(source, "lessons")):
        for name in sorted(files):
            if name.endswith(".md"):
                with open(os.path.join(root, name), encoding="utf-8") as f:
                    text.append(f.read())
    joined = "\n".join(text)
    joined = re.sub(r"\]\([^)]*\)", "]", joined)
    joined = re.sub(r"^```.*$", "", joined, flags=re.M)
    words = re.findall(r"[A-Za-z][A-Za-z0-9_'.-]*[A-Za-z0-9]|[A-Za-z]", joined)
    if len(words) < 1000:
        sys.exit(f"genpack: too little text under {source}/lessons to draw from")
    return words


def run(words, rng, n):
    start = rng.randrange(0, len(words) - n - 1)
    return words[start:start + n]


def sentence(words, rng, n):
    w = run(words, rng, n)
    return " ".join(w).capitalize() + "."


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("lessons", type=int)
    ap.add_argument("--words", type=int, default=150)
    ap.add_argument("--source", default=os.path.join(os.path.dirname(__file__), "..", "..", "content"))
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    words = corpus(args.source)
    os.makedirs(args.out, exist_ok=True)

    terms = []
    for i, name in enumerate(["view", "template", "model", "migration", "blueprint", "middleware", "queryset",
                              "serializer", "route", "session", "form", "decorator", "fixture", "endpoint",
                              "context processor", "signal", "cookie", "request", "response", "ORM"]):
        terms.append({"id": f"gen-term-{i}", "term": name,
                      "definition": sentence(words, rng, 18)})
    with open(os.path.join(args.out, "pack.json"), "w") as f:
        json.dump({"kind": "pack", "id": "bench", "title": f"Benchmark pack, {args.lessons} lessons",
                   "version": "1.0.0", "locale": "en"}, f)
    with open(os.path.join(args.out, "glossary.json"), "w") as f:
        json.dump({"kind": "glossary", "terms": terms}, f)

    steps = []
    made = 0
    s = 0
    while made < args.lessons:
        step = f"step-{s:05d}"
        steps.append({"id": step, "title": " ".join(run(words, rng, 3)).title(), "track": "main",
                      "summary": sentence(words, rng, 12), "hours": 2,
                      "requires": [steps[-1]["id"]] if steps else [],
                      "outcomes": [sentence(words, rng, 6)]})
        folder = os.path.join(args.out, "lessons", step)
        os.makedirs(folder, exist_ok=True)
        lessons = []
        for i in range(min(LESSONS_PER_STEP, args.lessons - made)):
            lid = f"{step}-l{i:03d}"
            title = " ".join(run(words, rng, rng.randint(2, 5))).title()
            per = max(10, args.words // 5)
            term = rng.choice(terms)
            body = [f"# {title}", "",
                    sentence(words, rng, per), "",
                    f"## {' '.join(run(words, rng, 3)).title()}", "",
                    sentence(words, rng, per) + f" See [{term['term']}](term:{term['id']}).", "",
                    "```python", "def " + re.sub(r"\W", "_", rng.choice(words).lower()) + "(request):",
                    "    return " + repr(" ".join(run(words, rng, 4))), "```", "",
                    f"## {' '.join(run(words, rng, 2)).title()}", "",
                    sentence(words, rng, per), "", sentence(words, rng, per), ""]
            with open(os.path.join(folder, f"l{i:03d}.md"), "w", encoding="utf-8") as f:
                f.write("\n".join(body))
            lessons.append({"id": lid, "title": title, "body": f"l{i:03d}.md", "minutes": 10})
            made += 1
        with open(os.path.join(folder, "lessons.json"), "w") as f:
            json.dump({"kind": "lessons", "step": step, "lessons": lessons}, f)
        s += 1
    with open(os.path.join(args.out, "roadmap.json"), "w") as f:
        json.dump({"kind": "roadmap", "tracks": [{"id": "main", "title": "Main"}], "steps": steps,
                   "default_path": [st["id"] for st in steps]}, f)
    print(f"genpack: {made} lessons in {len(steps)} steps under {args.out}")


if __name__ == "__main__":
    main()
