#!/usr/bin/python3
"""Deterministic pair of accord-shaped N-Triples graphs for bench/diff_bench.sh.

Usage: gen_ntriples.py [--statements N] [--seed S] OLD.nt NEW.nt

Writes two graphs shaped like `accord build --format nt` output (entities with
labels, altLabels and Wikidata links; RoleAssignment, Meeting, Support and
Agreement fact nodes with evidence nodes: article, sentence, offsets, rule),
each of about N statements (default 1,000,000), and NEW differing from OLD by
about 1% of its statements:
  - 1 fact in 250 of OLD is gone from NEW (with its evidence),
  - as many new facts appear in NEW,
  - 1 fact in 250 gains a piece of evidence in NEW (evidenceCount changes),
  - 1 person in 200 is relabelled in NEW.
Fact i is drawn from its own random generator (seed, i), so the two files are
written in one streaming pass each and the output only depends on N and S.
Lines are in the order accord writes them (sorted), as a real build would be.
"""
import argparse
import random
import sys

ID = "https://w3id.org/accord/id/"
ACC = "https://w3id.org/accord/ns#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>"
SAME = "<http://www.w3.org/2002/07/owl#sameAs>"
XSD = "http://www.w3.org/2001/XMLSchema#"
DASH = "\u2013"  # accord's RoleAssignment labels: "Person \u2013 Role \u2013 Country"

SYLLABLES = ["ka", "zan", "mu", "ra", "tel", "bek", "an", "dor", "si", "vo", "lin", "ta", "nur", "es", "gul",
             "ham", "ri", "os", "pel", "qiu", "wen", "yar", "zho", "ben", "cas", "dmi", "fer", "hol"]
ROLES = ["President", "Prime Minister", "Foreign Minister", "Deputy Prime Minister", "State Councilor",
         "Ambassador", "Minister of Trade", "Spokesperson", "Vice President", "Secretary General",
         "Minister of Energy", "Deputy Foreign Minister"]
RULES = ["meet-held-talks", "role-title-before-name", "support-supports", "agreed-signed-list",
         "agree-agreed-to", "role-apposition", "call-phone-call"]
WORDS = ["the", "two", "sides", "agreed", "to", "strengthen", "cooperation", "in", "trade", "energy",
         "said", "minister", "held", "talks", "with", "on", "bilateral", "relations", "and", "regional",
         "issues", "during", "visit", "capital", "support", "initiative", "signed", "agreement"]


def iri(path):
    return f"<{ID}{path}>"


def acc(local):
    return f"<{ACC}{local}>"


def lit(s):
    """A string literal as Raptor writes it: non-ASCII as \\uXXXX."""
    s = s.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + "".join(c if ord(c) < 128 else f"\\u{ord(c):04X}" for c in s) + '"'


def typed(s, dt):
    return f'"{s}"^^<{XSD}{dt}>'


def name(rng, words=2):
    return " ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
                    for _ in range(words))


def slug(s):
    out, dash = [], False
    for c in s.lower():
        if c.isalnum():
            out.append(c)
            dash = False
        elif not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


class World:
    """Entities shared by both graphs (sizes scale with N)."""

    def __init__(self, seed, facts):
        rng = random.Random(seed)
        self.countries = [name(rng, 1) + "ia" for _ in range(200)]
        self.places = [name(rng, 1) for _ in range(2000)]
        self.persons = [name(rng) for _ in range(max(100, facts // 4))]
        self.initiatives = [name(rng, 2) + " Initiative" for _ in range(max(50, facts // 50))]
        self.articles = [f"a{i:07d}" for i in range(max(100, facts // 3))]

    def person(self, i, new):
        label = self.persons[i]
        if new and i % 200 == 3:
            label += " Jr"  # relabelled in NEW
        return label


def person_id(w, i):
    return f"person/{slug(w.persons[i])}-{i}"


def evidence(rng, w, fact, k, lines):
    for j in range(k):
        art = rng.choice(w.articles)
        begin = rng.randint(0, 5000)
        ev = f"evidence/{art}-{begin}-{begin + 120}-{RULES[j % len(RULES)]}"
        lines.append(f"{iri(fact)} {acc('evidence')} {iri(ev)} .")
        lines.append(f"{iri(ev)} {RDF_TYPE} {acc('Evidence')} .")
        lines.append(f"{iri(ev)} {acc('article')} {iri('article/' + art)} .")
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30))).capitalize() + "."
        lines.append(f"{iri(ev)} {acc('sentence')} {lit(sentence)} .")
        lines.append(f"{iri(ev)} {acc('startOffset')} {typed(begin, 'integer')} .")
        lines.append(f"{iri(ev)} {acc('endOffset')} {typed(begin + 120, 'integer')} .")
        lines.append(f"{iri(ev)} {acc('rule')} {lit(RULES[j % len(RULES)])} .")


def fact_lines(seed, w, i, new):
    """The statements of fact i (its own generator: the same in OLD and NEW)."""
    rng = random.Random(seed * 1_000_003 + i)
    k = rng.randint(1, 3) + (1 if new and i % 250 == 1 else 0)  # evidence grows in NEW
    kind = rng.random()
    lines = []
    if kind < 0.4:
        p = rng.randrange(len(w.persons))
        role = rng.choice(ROLES)
        c = rng.choice(w.countries)
        fact = f"role-assignment/{slug(w.persons[p])}-{p}--{slug(role)}--{slug(c)}"
        lines.append(f"{iri(fact)} {RDF_TYPE} {acc('RoleAssignment')} .")
        label = f" {DASH} ".join([w.person(p, new), role, c])
        lines.append(f"{iri(fact)} {LABEL} {lit(label)} .")
        lines.append(f"{iri(fact)} {acc('person')} {iri(person_id(w, p))} .")
        lines.append(f"{iri(fact)} {acc('role')} {iri('role/' + slug(role))} .")
        lines.append(f"{iri(fact)} {acc('country')} {iri('country/' + slug(c))} .")
        year = rng.randint(2015, 2024)
        lines.append(f"{iri(fact)} {acc('firstSeen')} {typed(f'{year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}', 'date')} .")
        lines.append(f"{iri(fact)} {acc('lastSeen')} {typed(f'{year + 1}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}', 'date')} .")
    elif kind < 0.7:
        ps = sorted(rng.sample(range(len(w.persons)), rng.randint(2, 3)))
        date = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        fact = f"meeting/{date}--" + "--".join(f"{slug(w.persons[p])}-{p}" for p in ps)
        place = rng.choice(w.places)
        lines.append(f"{iri(fact)} {RDF_TYPE} {acc('Meeting')} .")
        lines.append(f"{iri(fact)} {LABEL} {lit(date + ' ' + place + ': ' + '; '.join(w.person(p, new) for p in ps))} .")
        lines.append(f"{iri(fact)} {acc('date')} {typed(date, 'date')} .")
        lines.append(f"{iri(fact)} {acc('meetingType')} {lit(rng.choice(['talks', 'call', 'meeting']))} .")
        lines.append(f"{iri(fact)} {acc('location')} {iri('place/' + slug(place))} .")
        for p in ps:
            lines.append(f"{iri(fact)} {acc('participant')} {iri(person_id(w, p))} .")
        lines.append(f"{iri(fact)} {acc('reportedIn')} {iri('article/' + rng.choice(w.articles))} .")
    elif kind < 0.8:
        ini = rng.choice(w.initiatives)
        c = rng.choice(w.countries)
        fact = f"support/{slug(ini)}--{slug(c)}-{i}"
        lines.append(f"{iri('initiative/' + slug(ini))} {acc('supportedBy')} {iri('country/' + slug(c) + '-' + str(i))} .")
        lines.append(f"{iri('country/' + slug(c) + '-' + str(i))} {RDF_TYPE} {acc('Country')} .")
        lines.append(f"{iri('country/' + slug(c) + '-' + str(i))} {LABEL} {lit(c + ' ' + str(i))} .")
        lines.append(f"{iri(fact)} {RDF_TYPE} {acc('Support')} .")
        lines.append(f"{iri(fact)} {LABEL} {lit(c + ' supports ' + ini)} .")
        lines.append(f"{iri(fact)} {acc('initiative')} {iri('initiative/' + slug(ini))} .")
        lines.append(f"{iri(fact)} {acc('supporter')} {iri('country/' + slug(c) + '-' + str(i))} .")
    else:
        project = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 7))) + f" {i}"
        ps = sorted(rng.sample(range(len(w.persons)), 2))
        date = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        meeting = f"meeting/{date}--" + "--".join(f"{slug(w.persons[p])}-{p}" for p in ps)
        place = rng.choice(w.places)
        x = "project/" + slug(project)
        fact = f"agreement/{slug(project)}--{date}"
        lines.append(f"{iri(x)} {RDF_TYPE} {acc('Project')} .")
        lines.append(f"{iri(x)} {LABEL} {lit(project)} .")
        lines.append(f"{iri(x)} {acc('agreedAt')} {iri(meeting)} .")
        lines.append(f"{iri(meeting)} {RDF_TYPE} {acc('Meeting')} .")
        lines.append(f"{iri(meeting)} {acc('date')} {typed(date, 'date')} .")
        lines.append(f"{iri(meeting)} {acc('location')} {iri('place/' + slug(place))} .")
        for p in ps:
            lines.append(f"{iri(meeting)} {acc('participant')} {iri(person_id(w, p))} .")
        lines.append(f"{iri(fact)} {RDF_TYPE} {acc('Agreement')} .")
        lines.append(f"{iri(fact)} {LABEL} {lit(project + ' agreed at ' + date)} .")
        lines.append(f"{iri(fact)} {acc('project')} {iri(x)} .")
        lines.append(f"{iri(fact)} {acc('meeting')} {iri(meeting)} .")
    lines.append(f"{iri(fact)} {acc('evidenceCount')} {typed(k, 'integer')} .")
    evidence(rng, w, fact, k, lines)
    return lines


def entity_lines(w, new):
    for i, c in enumerate(w.countries):
        yield f"{iri('country/' + slug(c))} {RDF_TYPE} {acc('Country')} ."
        yield f"{iri('country/' + slug(c))} {LABEL} {lit(c)} ."
        yield f"{iri('country/' + slug(c))} {SAME} <http://www.wikidata.org/entity/Q{1000 + i}> ."
    for p in w.places:
        yield f"{iri('place/' + slug(p))} {RDF_TYPE} {acc('Place')} ."
        yield f"{iri('place/' + slug(p))} {LABEL} {lit(p)} ."
    for r in ROLES:
        yield f"{iri('role/' + slug(r))} {RDF_TYPE} {acc('Role')} ."
        yield f"{iri('role/' + slug(r))} {LABEL} {lit(r)} ."
    for i in range(len(w.persons)):
        yield f"{iri(person_id(w, i))} {RDF_TYPE} {acc('Person')} ."
        yield f"{iri(person_id(w, i))} {LABEL} {lit(w.person(i, new))} ."
        if i % 3 == 0:
            yield f"{iri(person_id(w, i))} {ALT} {lit(w.persons[i].split()[-1])} ."
    for n in w.initiatives:
        yield f"{iri('initiative/' + slug(n))} {RDF_TYPE} {acc('Initiative')} ."
        yield f"{iri('initiative/' + slug(n))} {LABEL} {lit(n)} ."
    for a in w.articles:
        yield f"{iri('article/' + a)} {RDF_TYPE} {acc('Article')} ."
        yield f"{iri('article/' + a)} {LABEL} {lit('Article ' + a)} ."
        yield f"{iri('article/' + a)} {acc('source')} {lit('corpus/' + a + '.txt')} ."


def write(path, seed, w, facts, new):
    lines = list(entity_lines(w, new))
    ids = [i for i in range(facts) if not (new and i % 250 == 0)]
    if new:
        ids += range(facts, facts + facts // 250)
    for i in ids:
        lines.extend(fact_lines(seed, w, i, new))
    lines = sorted(set(lines))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
        f.write("\n")
    return len(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--statements", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("old")
    ap.add_argument("new")
    a = ap.parse_args()
    facts = max(10, a.statements // 24)  # ~24 statements a fact with its evidence and entities
    w = World(a.seed, facts)
    n_old = write(a.old, a.seed, w, facts, False)
    n_new = write(a.new, a.seed, w, facts, True)
    print(f"gen_ntriples: {a.old}: {n_old} statements, {a.new}: {n_new} statements ({facts} facts, seed {a.seed})",
          file=sys.stderr)


if __name__ == "__main__":
    main()
