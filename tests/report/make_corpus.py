#!/usr/bin/env python3
"""Writes a synthetic corpus of N meeting readouts (JSON Lines) for the report's
scale test: invented officials of real countries (the ontology's gazetteer)
meet in capitals on dates from 2015 to 2024, support initiatives and agree on
projects, in the wording of the sample articles. Deterministic for a seed.

    make_corpus.py N OUT.jsonl [--seed S] [--ontology DIR]
"""
import argparse
import datetime
import json
import pathlib
import random

ROLES = ["President", "Prime Minister", "Foreign Minister", "Deputy Prime Minister", "Minister of Economy"]
SYLLABLES = ["ka", "ran", "vel", "so", "mir", "ta", "lo", "dan", "ser", "ik", "ba", "yev", "no", "ra", "tu",
             "mel", "an", "dor", "is", "ga", "bek", "li", "os", "per", "zan", "ul", "ko", "min", "har", "et"]
FIELDS = ["energy", "agriculture", "logistics", "digital economy", "health", "education", "tourism", "mining",
          "water management", "railway", "aviation", "finance", "culture", "science", "space", "textiles"]
THINGS = ["joint laboratory", "industrial park", "training center", "logistics hub", "research center",
          "trade office", "joint venture", "cooperation council", "investment fund", "exchange program"]


def name(rng):
    def word(k):
        return "".join(rng.choice(SYLLABLES) for _ in range(k)).capitalize()
    return word(rng.choice([2, 2, 3])) + " " + word(rng.choice([2, 3, 3]))


def countries(ontology):
    out = []
    places = set()
    for line in (ontology / "lexicon" / "places.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            places.add(line.split("\t")[0])
    for line in (ontology / "lexicon" / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        f = line.split("\t")
        if len(f) < 5 or not f[2] or f[4] not in places:
            continue
        out.append({"label": f[0], "adj": f[2].split("|")[0], "capital": f[4]})
    return out


def initiatives(ontology):
    out = []
    for line in (ontology / "lexicon" / "initiatives.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            out.append(line.split("\t")[0])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--ontology", default=str(pathlib.Path(__file__).resolve().parents[2] / "ontology"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    onto = pathlib.Path(a.ontology)
    cs = rng.sample(countries(onto), 60)
    inits = initiatives(onto)
    # A few officials per country and office, so that people meet again.
    people = {}
    for c in cs:
        for role in ROLES:
            people[(c["label"], role)] = [name(rng) for _ in range(rng.choice([2, 3, 4]))]
    start = datetime.date(2015, 1, 1)
    with open(a.out, "w", encoding="utf-8") as f:
        for i in range(a.n):
            host, guest = rng.sample(cs, 2)
            hr, gr = rng.choice(ROLES), rng.choice(ROLES)
            hn, gn = rng.choice(people[(host["label"], hr)]), rng.choice(people[(guest["label"], gr)])
            day = start + datetime.timedelta(days=rng.randrange(3650))
            weekday = day.strftime("%A")
            month = day.strftime("%B")
            field = rng.choice(FIELDS)
            thing = rng.choice(THINGS)
            project = f"{thing} for {field} in {host['capital']}"
            second = f"{rng.choice(THINGS)} for {rng.choice(FIELDS)}"
            init = rng.choice(inits)
            paras = [
                f"{host['capital'].upper()}, {month} {day.day} (Xinhua) -- {host['adj']} {hr} {hn} on {weekday} "
                f"met with visiting {guest['adj']} {gr} {gn}, with both sides pledging to deepen cooperation in {field}.",
                f"{hn.split()[-1]} said {host['label']} values its relations with {guest['label']} and is ready to "
                f"expand trade, investment and people-to-people exchanges.",
                f"{gn.split()[-1]} said {guest['label']} fully supports the {init}.",
                f"The two sides agreed to set up a {project}.",
                f"The two sides also signed an agreement on a {second}.",
            ]
            article = {
                "id": f"synthetic-{i:05d}",
                "title": f"{host['adj']} {hr.lower()} meets {guest['adj']} {gr.lower()} on {field}",
                "date": day.isoformat(),
                "url": "",
                "text": "\n\n".join(paras) + "\n",
            }
            f.write(json.dumps(article, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
