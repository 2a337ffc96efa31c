#!/usr/bin/env python3
"""`accord eval GOLD BUILD_DIR` also lists the articles that gave no fact.

Usage: check_eval_articles.py ACCORD SAMPLE_ARTICLE GOLD.tsv

Builds a corpus of one real article and two that state no fact, then checks
that `accord eval GOLD DIR` prints exactly what `accord eval GOLD DIR/facts.tsv`
prints (the figures of score.py), followed by the article count and one
`NO FACT` line per silent article, and that the same holds when the build
directory holds only GraphML.
"""
import os
import shutil
import subprocess
import sys
import tempfile


def run(*args):
    return subprocess.run(list(args), check=True, capture_output=True, text=True).stdout


def main(argv):
    accord, sample, gold = argv[1:4]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus")
        os.makedirs(corpus)
        shutil.copy(sample, os.path.join(corpus, "a-real.txt"))
        with open(os.path.join(corpus, "b-weather.txt"), "w") as f:
            f.write(" date 2024-01-01 Weather report\n\nIt rained in the capital on Monday and the markets were calm.\n")
        with open(os.path.join(corpus, "c-sport.txt"), "w") as f:
            f.write(" date 2024-01-02 Cup final\n\nThe home side won the cup final on Tuesday after extra time.\n")
        out = os.path.join(tmp, "out")
        run(accord, "build", corpus, "-o", out)
        table = run(accord, "eval", gold, os.path.join(out, "facts.tsv"))
        failed = False
        for layout in ("rdf", "graphml"):
            if layout == "graphml":
                for name in os.listdir(out):
                    if name.startswith("graph.") and name != "graph.graphml":
                        os.remove(os.path.join(out, name))
            got = run(accord, "eval", gold, out)
            want = table + ("articles: 3, without any fact: 2\n"
                            "NO FACT  article/b-weather | Weather report\n"
                            "NO FACT  article/c-sport | Cup final\n")
            if got != want:
                print(f"{layout}: got\n{got}\nwant\n{want}")
                failed = True
            else:
                print(f"{layout}: ok")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
