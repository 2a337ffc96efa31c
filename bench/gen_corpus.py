#!/usr/bin/python3
"""Generate a deterministic synthetic corpus of diplomatic news for benchmarking accord.

Usage: gen_corpus.py [--mb MB] [--seed N] [--out DIR] [--sample N] [--ontology DIR]

Writes into DIR (default bench/out/<MB>mb):
    corpus/NNN/NNNNNN.txt   the articles, 1000 a folder, plain text as found on the web
    planted.tsv             every fact the text states, in the facts-table form of
                            SPEC.md section 3 (what a perfect extractor finds)
    sample/                 copies of the first N articles (default 250) ...
    sample-planted.tsv      ... and the facts they state, small enough for score.py
    manifest.json           articles, bytes, words, facts by kind, parameters

Articles are built from sentence templates of the genre: header lines
(" date YYYY-MM-DD Title"), headlines, time stamps, datelines in several outlet
styles ("CITY, Month D (Agency) --", "City:", "On Month D, YYYY local time,"),
"X held talks with Y on Tuesday", phone calls, "X said COUNTRY supports the ...
Initiative", "the two sides agreed to set up ...", lists of signed documents,
titles before names ("Uzbek Foreign Minister ..."), appositions ("..., the Uzbek
foreign minister,"), surname-only later mentions, filler sentences of realistic
length, proposals that are not agreements, and web boilerplate.

Entities come from the ontology's lexicons (countries, places, persons,
initiatives; read at generation time) and from invented people, cities,
initiatives and projects (names built from syllables), so that entity resolution,
date resolution and merging do real work: a fifth of the events are reported twice,
by two outlets in two styles, sometimes with a transliteration variant of a name.

Deterministic: the same --seed and the same lexicon files (their hash is in
manifest.json) give the same bytes, and a smaller corpus is a prefix (same cast,
same events) of a larger one. Python standard library only.
"""
import argparse
import datetime
import hashlib
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# The lexicon files read (ontology/lexicon/); their hash goes into manifest.json.
LEXICON_FILES = ["countries.tsv", "places.tsv", "persons.tsv", "initiatives.tsv", "organizations.tsv"]

# Offices every country's cast holds: (role label as facts.tsv writes it, lower-case
# surface form for appositions, how many holders a country has).
OFFICES = [
    ("President", "president", 1),
    ("Prime Minister", "prime minister", 1),
    ("Foreign Minister", "foreign minister", 1),
    ("Deputy Foreign Minister", "deputy foreign minister", 2),
    ("Economy Minister", "economy minister", 1),
    ("Energy Minister", "energy minister", 1),
    ("Trade Minister", "trade minister", 1),
    ("Ambassador", "ambassador", 1),
]
# Who meets whom: pairs of offices (host side, guest side) with weights.
ENCOUNTERS = [
    (("President", "President"), 4), (("President", "Prime Minister"), 2),
    (("President", "Foreign Minister"), 3), (("Prime Minister", "Prime Minister"), 2),
    (("Foreign Minister", "Foreign Minister"), 6), (("Prime Minister", "Foreign Minister"), 1),
    (("Deputy Foreign Minister", "Ambassador"), 2), (("Foreign Minister", "Ambassador"), 1),
    (("Deputy Foreign Minister", "Deputy Foreign Minister"), 2),
    (("Economy Minister", "Economy Minister"), 1), (("Energy Minister", "Energy Minister"), 1),
    (("Trade Minister", "Trade Minister"), 1), (("President", "Energy Minister"), 1),
]
# Countries whose names are written family name first (the short mention is the first token).
FAMILY_FIRST = {"China", "Taiwan", "Vietnam", "North Korea", "South Korea", "Cambodia"}

# Offices lexicon persons may be given (the lexicon records no offices).
KNOWN_OFFICES = {"President", "Prime Minister", "Foreign Minister", "Deputy Foreign Minister"}

AGENCIES = ["Xinhua", "Eurasia Wire", "Central Asia Bulletin", "Steppe Courier", "Caspian Monitor",
            "Silk Road Daily", "Meridian News", "Continental Press", "Orient Dispatch", "Capital Desk"]

TOPICS = ["renewable energy", "transport and logistics", "the digital economy", "water management",
          "agriculture", "healthcare", "education", "tourism", "culture", "customs administration",
          "mining", "civil aviation", "youth policy", "veterinary medicine", "critical minerals",
          "climate change", "space research", "information security", "railway transport",
          "food security", "standardization", "geological exploration", "pharmaceuticals",
          "textile manufacturing", "emergency response", "sports", "archival research",
          "vocational training", "peaceful uses of nuclear energy", "meteorology"]
SECTORS = ["energy", "agriculture", "transport", "logistics", "mechanical engineering", "chemicals",
           "textiles", "pharmaceuticals", "information technology", "tourism", "mining", "construction",
           "banking", "education", "healthcare", "food processing", "metallurgy", "e-commerce"]
REGIONS = ["Afghanistan", "the Middle East", "the Korean Peninsula", "the South Caucasus",
           "the Black Sea region", "Central Asia", "the Sahel", "the Horn of Africa",
           "the Persian Gulf", "Eastern Europe", "the Balkans", "South Asia"]
THEMES = ["Connectivity Initiative", "Green Development Initiative", "Digital Partnership Initiative",
          "Water Security Initiative", "Food Security Initiative", "Clean Energy Initiative",
          "Trade Facilitation Initiative", "Peace and Dialogue Initiative", "Transit Corridor Initiative",
          "Health Cooperation Initiative"]

# Syllables for invented names; suffixes give them a regional flavour.
ONSETS = ["b", "d", "g", "k", "l", "m", "n", "r", "s", "t", "v", "z", "sh", "kh", "j", "f", "h", "p",
          "y", "b", "d", "k", "m", "n", "r", "s", "t"]
VOWELS = ["a", "e", "i", "o", "u", "a", "e", "o", "a", "i"]
CODAS = ["", "", "", "", "", "n", "r", "l", "m", "s", "t"]
SURNAME_SUFFIXES = ["ov", "ev", "yev", "yov", "ova", "enko", "ski", "ian", "yan", "ani", "oglu", "berg",
                    "son", "ez", "escu", "idis", "ashvili", "uly", "ovich", "ak", "ema", "ura", "ito",
                    "ekov", "baev", "aliev", "ini", "ou"]
CITY_SUFFIXES = ["abad", "grad", "sk", "ovo", "pur", "kent", "burg", "ana", "ia", "stad", "polis",
                 "kala", "tepe", "shahr", "ville", "ora"]
WORD_SUFFIXES = ["a", "ia", "on", "ara", "ista", "an", "or", "ene", "ika", "ir"]


def read_tsv(path, ncols):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            cols += [""] * (ncols - len(cols))
            rows.append([c.strip() for c in cols[:ncols]])
    return rows


class Lexicon:
    """The parts of ontology/ the generator draws on."""

    def __init__(self, ontology):
        lex = os.path.join(ontology, "lexicon")
        self.taken = set()  # every lower-cased word of every label and alias: invented names avoid them
        countries = read_tsv(os.path.join(lex, "countries.tsv"), 5)
        adj_owner = {}
        for label, _wd, adjs, aliases, _cap in countries:
            for a in adjs.split("|"):
                if a:
                    adj_owner.setdefault(a, label)
        self.countries = []  # (label, adjective, capital) for countries with an adjective of their own
        for label, _wd, adjs, aliases, cap in countries:
            adj = adjs.split("|")[0] if adjs else ""
            if adj and adj_owner.get(adj) == label and " " not in adj:
                self.countries.append((label, adj, cap))
            self._take(label, adjs, aliases)
        places = read_tsv(os.path.join(lex, "places.tsv"), 4)
        self.places_by_country = {}
        for label, _wd, country, aliases in places:
            self._take(label, aliases)
            if label.replace("-", "").replace("'", "").replace(" ", "").isalpha() and len(label.split()) <= 2:
                self.places_by_country.setdefault(country, []).append(label)
        persons = read_tsv(os.path.join(lex, "persons.tsv"), 4)
        role_words = {"king", "queen", "emir", "sheikh", "sheikha", "sultan", "prince", "princess", "crown",
                      "pope", "al", "bin", "el", "mr", "mrs", "ms", "dr"}
        self.persons_by_country = {}
        for label, _wd, country, aliases in persons:
            self._take(label, aliases)
            toks = label.split()
            if not 2 <= len(toks) <= 3 or any(t.lower().strip(".") in role_words for t in toks):
                continue
            if not all(t.replace("-", "").replace("'", "").isalpha() for t in toks):
                continue
            self.persons_by_country.setdefault(country, []).append(label)
        initiatives = read_tsv(os.path.join(lex, "initiatives.tsv"), 4)
        self.initiatives = []  # (label, proposer)
        for label, _wd, aliases, proposer in initiatives:
            self._take(label, aliases)
            self.initiatives.append((label, proposer))
        for row in read_tsv(os.path.join(lex, "organizations.tsv"), 3):
            self._take(*row)
        # What the corpus depends on (besides the seed and this script): these files only.
        h = hashlib.sha1()
        for name in LEXICON_FILES:
            with open(os.path.join(lex, name), "rb") as fh:
                h.update(fh.read())
        self.fingerprint = h.hexdigest()[:12]

    def _take(self, *fields):
        for f in fields:
            for alt in f.split("|"):
                for w in alt.replace("-", " ").split():
                    self.taken.add(w.lower())


class Namer:
    """Invented words: unique, pronounceable, never a lexicon word."""

    def __init__(self, rng, taken):
        self.rng, self.used = rng, set(taken)

    def stem(self, syllables):
        out = ""
        for i in range(syllables):
            # a closed syllable only before another syllable's onset, never two in a row
            coda = self.rng.choice(CODAS) if i < syllables - 1 and not out.endswith(tuple("nrlmst")) else ""
            out += self.rng.choice(ONSETS) + self.rng.choice(VOWELS) + coda
        return out

    def fresh(self, make):
        while True:
            w = make()
            for v in "aeiou":  # "Baou" -> "Bou": no vowel pairs where stem and suffix meet
                for u in "aeiou":
                    w = w.replace(v + u, u if u != "i" else v + "y") if w.find(v + u) > 1 else w
            if 4 <= len(w) <= 14 and w.lower() not in self.used:
                self.used.add(w.lower())
                return w.capitalize()

    def given(self):
        # Given names may repeat (two people called "Rustam"); surnames never do.
        w = self.stem(self.rng.choice([2, 2, 3])) + self.rng.choice(["", "", "n", "r", "m", "t", "k", "d"])
        return w.capitalize() if 4 <= len(w) <= 11 and w not in self.used else self.given()

    def surname(self):
        return self.fresh(lambda: self.stem(self.rng.choice([1, 2, 2])) + self.rng.choice(SURNAME_SUFFIXES))

    def city(self):
        return self.fresh(lambda: self.stem(self.rng.choice([1, 2])) + self.rng.choice(CITY_SUFFIXES))

    def word(self):
        return self.fresh(lambda: self.stem(2) + self.rng.choice(WORD_SUFFIXES))


class Person:
    def __init__(self, label, country, roles, short, variant=None):
        self.label, self.country, self.roles, self.short = label, country, roles, short
        self.variant = variant  # a transliteration variant of the whole name, or None

    def name(self, use_variant):
        return self.variant if use_variant and self.variant else self.label

    def surname(self, use_variant):
        if use_variant and self.variant:
            return self.variant.split()[0 if self.short == self.label.split()[0] else -1]
        return self.short


def translit_variant(surname):
    for a, b in (("yev", "ev"), ("yov", "ov"), ("iyo", "io"), ("kh", "h"), ("ov", "ow"), ("ev", "ew")):
        if a in surname[1:]:
            return surname[0] + surname[1:].replace(a, b, 1)
    return None


class Cast:
    """Countries with their officials, cities and initiatives; fixed by the seed."""

    def __init__(self, lex, rng):
        namer = Namer(rng, lex.taken)
        self.countries = []
        self.adj, self.capital, self.cities, self.officials = {}, {}, {}, {}
        for label, adj, cap in lex.countries:
            self.countries.append(label)
            self.adj[label] = adj
            known = [p for p in lex.places_by_country.get(label, []) if p != cap]
            cities = ([cap] if cap else []) + rng.sample(known, min(3, len(known)))
            invented = [namer.city() for _ in range(2)]
            self.cities[label] = (cities, invented)
            known_people = sorted(lex.persons_by_country.get(label, []))
            rng.shuffle(known_people)
            known_people = known_people[:4]
            offices = {}
            for role, _low, n in OFFICES:
                holders = []
                for _ in range(n):
                    if known_people and role in KNOWN_OFFICES and rng.random() < 0.6:
                        name = known_people.pop()
                        toks = name.split()
                        short = toks[0] if label in FAMILY_FIRST else toks[-1]
                        holders.append(Person(name, label, [role], short))
                    else:
                        given, sur = namer.given(), namer.surname()
                        var = translit_variant(sur)
                        holders.append(Person(f"{given} {sur}", label, [role], sur,
                                              f"{given} {var}" if var and rng.random() < 0.5 else None))
                offices[role] = holders
            # Some foreign ministers are also deputy prime ministers.
            fm = offices["Foreign Minister"][0]
            if rng.random() < 0.25:
                fm.roles = ["Deputy Prime Minister", "Foreign Minister"]
            self.officials[label] = offices
        self.initiatives = [(l, p) for l, p in lex.initiatives]
        for _ in range(150):
            self.initiatives.append((f"{namer.word()} {rng.choice(THEMES)}", rng.choice(self.countries)))
        self.namer = namer


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def with_article(phrase):
    return ("an " if phrase[0] in "aeiouAEIOU" else "a ") + phrase


def fmt_date_md(d):
    return f"{MONTHS[d.month - 1]} {d.day}"


class Writer:
    """Builds one article's text and records the facts it states."""

    def __init__(self, rng, cast):
        self.rng, self.cast = rng, cast

    # --- mentions ---------------------------------------------------------------
    def titled(self, p, var, visiting=False):
        """First mention with the title before the name."""
        r = self.rng.random()
        roles = " and ".join(p.roles)
        pre = "visiting " if visiting else ""
        name = p.name(var)
        if p.roles == ["Ambassador"]:
            return f"{pre}{self.cast.adj[p.country]} Ambassador {name}"
        if r < 0.75:
            return f"{pre}{self.cast.adj[p.country]} {roles} {name}"
        return f"{pre}{roles} of {p.country} {name}"

    def apposed(self, p, var):
        roles = " and ".join(r.lower() for r in p.roles)
        if self.rng.random() < 0.6:
            return f"{p.name(var)}, the {self.cast.adj[p.country]} {roles},"
        return f"{p.name(var)}, {p.country}'s {roles},"

    # --- filler -----------------------------------------------------------------
    def fillers(self, a, b, va, vb, k):
        """k different filler sentences: the prose around the facts, stating none."""
        rng = self.rng
        R = rng.randint
        ca, cb = a.country, b.country
        sa, sb = a.surname(va), b.surname(vb)

        def who():
            return (sa, ca, cb) if rng.random() < 0.5 else (sb, cb, ca)

        def secs(n):
            return rng.sample(SECTORS, n)

        def bn():
            return round(rng.uniform(0.2, 40), 1)

        (s1, c1, o1), (s2, c2, o2), (s3, c3, o3), (s4, c4, o4) = who(), who(), who(), who()
        x1, x2, x3 = secs(3), secs(2), secs(2)
        t = [
            f"{s1} noted that bilateral trade had grown by {R(3, 60)} percent over the past year, reaching {bn()} billion dollars, and stressed the importance of diversifying its structure through {x1[0]}, {x1[1]} and {x1[2]}.",
            f"Both sides exchanged views on regional and international issues of common concern, including the situation in {rng.choice(REGIONS)}, and called for the settlement of disputes by peaceful means.",
            f"{c2} regards {o2} as a reliable partner and a good neighbour, {s2} said, adding that relations between the two countries had reached an unprecedented level of mutual trust.",
            f"{s3} expressed gratitude for the warm hospitality extended to the delegation and conveyed greetings from the leadership of {c3}.",
            f"The sides paid special attention to cooperation in {x2[0]}, where joint projects worth about {bn()} billion dollars are already under way, according to the press service.",
            f"This year marks the {ordinal(R(5, 60))} anniversary of the establishment of diplomatic relations between the two countries, which have built a solid foundation of friendship over the decades.",
            f"Around {R(3, 60) * 37} companies with {self.cast.adj[o4]} capital operate in {c4}, and accumulated investment exceeds {bn()} billion dollars, {s4} said.",
            f"{s1} pointed out that the two economies complement each other and that there is considerable untapped potential in {x3[0]} and {x3[1]}.",
            "The two countries share similar positions on most items of the international agenda and coordinate closely within the United Nations and other multilateral organizations.",
            f"{s2} said the parliaments of the two countries should intensify contacts and that inter-regional cooperation deserved particular attention in the coming years.",
            f"It was noted that the number of direct flights between the two capitals had risen to {R(3, 40)} a week and that tourist flows continue to grow steadily.",
            f"Cultural and humanitarian exchanges, including student exchanges, academic mobility and joint research in {rng.choice(TOPICS)}, were also on the agenda.",
            f"{s3} called for a more balanced trade structure and for the removal of remaining barriers to the export of {x2[1]} products.",
            f"The {self.cast.adj[c4]} side is interested in attracting investment and modern technologies in {x1[0]} and {x3[1]}, {s4} said.",
            f"According to official statistics, freight traffic between the two countries increased by {R(3, 60)} percent in the first {R(2, 11)} months of the year.",
            f"{s1} stressed that {c1} pursues an open, pragmatic and balanced foreign policy aimed at strengthening peace and stability in the region.",
            "The sides discussed the schedule of upcoming contacts at the highest and high levels, as well as preparations for events planned for next year.",
            f"During the talks, the sides reviewed the state of bilateral relations and the implementation of earlier understandings in {x3[0]} and {x2[0]}.",
            f"{s2} noted with satisfaction that the intergovernmental commission on economic cooperation had become an effective instrument for practical results.",
            f"Experts estimate that the volume of mutual trade could double within {R(3, 7)} years if logistics bottlenecks are resolved.",
            f"{s3} recalled that the previous round of consultations had been held in {o3} {R(2, 5)} years ago and said much had been achieved since then.",
            f"The two sides emphasized the importance of ensuring the uninterrupted operation of supply chains and of developing multimodal transport routes through {rng.choice(REGIONS)}.",
            f"{c4} attaches great importance to water and energy security in the region, {s4} said, calling for the rational and fair use of transboundary water resources.",
            f"Special emphasis was placed on the digitalization of customs procedures, the mutual recognition of certificates and the simplification of visa formalities for business people.",
            f"{s1} praised the contribution of the diaspora communities to the friendship between the two peoples and thanked the {self.cast.adj[o1]} authorities for their care.",
            f"According to the {self.cast.adj[c2]} side, more than {R(2, 90) * 100} students from {o2} are currently studying at universities of {c2}, and the number keeps growing.",
            f"The regional situation, the fight against terrorism, extremism and drug trafficking, and cooperation on cybersecurity were also discussed in detail.",
            f"{s3} briefed the guest on the large-scale reforms under way in {c3}, including measures to improve the business climate and protect the rights of investors.",
            f"In the energy sector, the sides noted the potential of hydropower, solar and wind generation and the modernization of existing power grids.",
            f"{s4} said that food security had become one of the most pressing challenges of our time and that the two countries could do more together in {rng.choice(['agriculture', 'irrigation', 'seed production', 'food processing'])}.",
            f"Officials said the delegation included heads of ministries and agencies, regional governors and representatives of about {R(10, 80)} companies.",
            f"The conversation took place in a warm and constructive atmosphere traditional for relations between the two countries, the press service said.",
            f"Late in the day, the delegation visited a technology park and a vocational college, where students demonstrated projects in {x1[1]} and {x1[2]}.",
            f"{s2} also spoke about the preparations for the international forum on {rng.choice(TOPICS)} that {c2} will host later this year.",
        ]
        return rng.sample(t, k)

    def proposal(self, a, b, va, vb, places):
        rng = self.rng
        p = rng.choice([a, b])
        s = p.surname(va if p is a else vb)
        c = p.country
        return rng.choice([
            f"{s} proposed resuming direct flights between {places[0]} and {places[1]} and expanding the network of air routes.",
            f"{c} is ready to consider opening a trading house in {places[1]}, {s} said.",
            f"{s} suggested that the two sides should explore a joint venture for the production of {rng.choice(SECTORS)} equipment.",
            f"{c} hopes the two sides can hold a business forum in {places[0]} next year, {s} said.",
        ])

    # --- projects and initiatives --------------------------------------------------
    def project(self, a, b, place_a, place_b, year):
        rng = self.rng
        topic = rng.choice(TOPICS)
        ad_a, ad_b = self.cast.adj[a.country], self.cast.adj[b.country]
        choices = [
            f"joint center for {topic} in {place_a}",
            f"{place_a}-{place_b} railway",
            f"intergovernmental commission on {topic}",
            f"joint investment fund worth {rng.randint(2, 90) * 10} million dollars",
            f"{ad_a}-{ad_b} business council",
            f"consulate general in {place_b}",
            f"roadmap for cooperation in {topic} for {year}-{year + 2}",
            f"new air route between {place_a} and {place_b}",
            f"programme of cooperation in {topic} for {year}-{year + 3}",
            f"joint university campus in {place_a}",
            f"{self.cast.namer.word()} logistics hub",
            f"{self.cast.namer.word()} free economic zone",
        ]
        return rng.choice(choices)

    def document(self, topic):
        return self.rng.choice([
            f"agreement on cooperation in the field of {topic}",
            f"memorandum of understanding on {topic}",
            f"intergovernmental agreement on {topic}",
            f"programme of cooperation in {topic}",
            f"joint declaration on {topic}",
        ])

    # --- one article ----------------------------------------------------------------
    def article(self, ev, style, agency, var, facts):
        """Text of one report of event `ev`; adds the facts it states to `facts`."""
        rng = self.rng
        a, b = ev["host"], ev["guest"]
        d = ev["date"]
        call = ev["call"]
        place = ev["place"]
        va, vb = var and a.variant is not None, var and b.variant is not None
        sa, sb = a.surname(va), b.surname(vb)
        wd = WEEKDAYS[d.weekday()]
        lines = []
        head_title = rng.choice([
            f"{self.cast.adj[a.country]} {a.roles[-1].lower()} holds talks with {self.cast.adj[b.country]} counterpart",
            f"{a.country}, {b.country} vow to deepen cooperation",
            f"{sa} and {sb} discuss bilateral ties",
            f"{a.country} and {b.country} look to expand trade and investment",
        ]) if not call else f"{sa}, {sb} hold phone conversation"
        # Header, headline, time stamp, dateline: four outlet styles.
        pub = d + datetime.timedelta(days=ev["lag"])
        dateline_city = ev["dateline"]
        if style == 0:  # Xinhua-like: header date, time stamp, "CITY, Month D (Agency) --", "on Weekday"
            lines.append(f" date {pub.isoformat()} {head_title}")
            lines.append("")
            if rng.random() < 0.5:
                lines.append(f"{agency}) {rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}, {fmt_date_md(pub)}, {pub.year}")
                lines.append("")
            open_ = f"{dateline_city.upper()}, {fmt_date_md(d)} ({agency}) -- "
            when = f"on {wd}"
        elif style == 1:  # "City: ... on Weekday", header date a day or two later
            lines.append(f" date {pub.isoformat()} {head_title}")
            lines.append("")
            open_ = f"{dateline_city}: "
            when = f"on {wd}"
        elif style == 2:  # headline only; "On Month D, YYYY local time," in the lead
            lines.append(head_title)
            lines.append("")
            lines.append("")
            open_ = f"On {fmt_date_md(d)}, {d.year} local time, "
            when = ""
        else:  # European dateline with the full date
            lines.append(f" date {pub.isoformat()} {head_title}")
            lines.append("")
            open_ = f"{dateline_city.upper()}, {d.day} {MONTHS[d.month - 1]} {d.year} ({agency}) – "
            when = f"on {wd}" if rng.random() < 0.5 else f"on {d.day} {MONTHS[d.month - 1]}"
        here = ""
        if not call:
            here = f" in {place}" if (style == 2 or place != dateline_city or rng.random() < 0.4) else ""
        # The lead sentence.
        A = self.titled(a, va)
        B = self.titled(b, vb, visiting=not call and rng.random() < 0.5)
        if call:
            lead = rng.choice([
                f"{A} {when} held a telephone conversation with {B}, discussing the development of bilateral relations.",
                f"{A} had a phone call with {B} {when}, with both sides reaffirming their commitment to closer cooperation.",
                f"In a video call {when}, {A} and {B} discussed trade, investment and regional security.".replace("call ,", "call,"),
            ])
        else:
            appo = rng.random() < 0.25
            Bx = self.apposed(b, vb) if appo else B
            lead = rng.choice([
                f"{A} {when} held talks with {B}{here}, with both sides pledging to raise cooperation to a new level.",
                f"{A} met with {Bx} {when}{here} and discussed ways to deepen the partnership between the two countries.",
                f"{A} {when} received {B}{here}, and the two sides reviewed the full range of bilateral relations.",
                f"{a.country} and {b.country} will further expand practical cooperation, {A} said {when} while holding talks with {B}{here}.",
            ])
        lead = " ".join(lead.split()).replace(" ,", ",")
        lines.append(open_ + lead[0].upper() + lead[1:])
        facts.update(("role", a.label, r, a.country) for r in a.roles)
        facts.update(("role", b.label, r, b.country) for r in b.roles)
        facts.add(("meeting", d.isoformat(), "" if call else place, "; ".join(sorted([a.label, b.label]))))
        lines.append("")

        body = []
        # A third official present: an apposition, then a surname-only mention.
        if not call and rng.random() < 0.3:
            third = ev["third"]
            vt = var and third.variant is not None
            body.append(f"{self.apposed(third, vt)} who accompanied the delegation, said the visit would give fresh impetus to cooperation in {rng.choice(SECTORS)}.")
            body.append(f"{third.surname(vt)} added that working groups would follow up on the results in the coming weeks.")
            facts.update(("role", third.label, r, third.country) for r in third.roles)
        fills = self.fillers(a, b, va, vb, rng.randint(7, 20))
        # Support statements.
        supports = []
        for _ in range(ev["n_support"]):
            s = rng.choice([a, b])
            sv = va if s is a else vb
            cands = [i for i in ev["initiatives"] if i[1] != s.country]
            if not cands:
                continue
            init, prop = rng.choice(cands)
            sur = s.surname(sv)
            prop_txt = f" proposed by {prop}" if prop and prop in self.cast.adj and rng.random() < 0.3 else ""
            supports.append(rng.choice([
                f"{sur} said {s.country} supports the {init}{prop_txt}.",
                f"{s.country} fully agrees and supports the {init}{prop_txt}, {sur} said.",
                f"{sur} said that {s.country} is willing to take an active part in the {init}.",
                f"{s.country} backs the {init}, {sur} noted, adding that it opens new opportunities for the region.",
            ]))
            facts.add(("supports", s.country, init))
        # Agreements (in-person meetings only).
        agreed = []
        if not call:
            pa, pb = ev["places"]
            for proj in ev["projects"]:
                agreed.append(rng.choice([
                    "The two sides agreed to set up {}.",
                    "The two sides agreed to establish {}.",
                    f"{sa} and {sb} decided to launch {{}}.",
                    "It was agreed to create {}.",
                    "The sides also reached an agreement on {}.",
                ]).replace(" a {", " {").format(with_article(proj)))
                facts.add(("agreed", proj, d.isoformat(), place))
        sentences = supports + agreed + [self.proposal(a, b, va, vb, ev["places"])] * ev["proposal"]
        pool = fills + sentences
        rng.shuffle(pool)
        # Paragraphs of one to three sentences.
        i = 0
        while i < len(pool):
            k = rng.choice([1, 2, 2, 3])
            body.append(" ".join(pool[i:i + k]))
            i += k
        for para in body:
            lines.append(para)
            lines.append("")
        # A list of signed documents.
        if ev["documents"]:
            lines.append(rng.choice(["The following documents were signed in the presence of the two leaders:",
                                     "Following the talks, the sides signed:",
                                     "The documents signed include:"]))
            items = ev["documents"]
            for j, doc in enumerate(items):
                lines.append(f"- {with_article(doc)}{'.' if j == len(items) - 1 else ';'}")
                facts.add(("agreed", doc, d.isoformat(), place))
            lines.append("")
        tail = rng.random()
        if tail < 0.2:
            lines += ["Leave A Reply", "", "Your email address will not be published."]
        elif tail < 0.35:
            lines += ["Share this article:", "Telegram | Facebook | X", "", "Related news"]
        return "\n".join(lines).rstrip() + "\n"


def make_event(rng, cast, start, span_days):
    ca, cb = rng.sample(cast.countries, 2)
    pair = rng.choices([p for p, _ in ENCOUNTERS], weights=[w for _, w in ENCOUNTERS])[0]
    host = rng.choice(cast.officials[ca][pair[0]])
    guest = rng.choice(cast.officials[cb][pair[1]])
    known_a, invented_a = cast.cities[ca]
    known_b, invented_b = cast.cities[cb]
    if known_a and rng.random() < 0.75:
        place = known_a[0] if rng.random() < 0.6 else rng.choice(known_a)
        invented = False
    else:
        place = rng.choice(invented_a)
        invented = True
    other = rng.choice(known_b + invented_b)
    call = rng.random() < 0.18
    d = start + datetime.timedelta(days=rng.randrange(span_days))
    third_country = rng.choice([ca, cb])
    third = rng.choice(cast.officials[third_country][rng.choice(["Deputy Foreign Minister", "Economy Minister", "Ambassador", "Trade Minister"])])
    if third is host or third is guest:
        third = cast.officials[third_country]["Energy Minister"][0]
    ev = {
        "host": host, "guest": guest, "date": d, "call": call, "place": place, "invented_place": invented,
        "places": (place, other), "third": third,
        "n_support": rng.choice([0, 0, 1, 1, 1, 2]),
        "initiatives": rng.sample(cast.initiatives, 3),
        "proposal": 1 if rng.random() < 0.5 else 0,
        "projects": [], "documents": [],
    }
    if not call:
        w = Writer(rng, cast)
        ev["projects"] = [w.project(host, guest, place, other, d.year) for _ in range(rng.choice([0, 1, 1, 2, 3]))]
        if rng.random() < 0.3:
            topics = rng.sample(TOPICS, rng.randint(2, 5))
            ev["documents"] = [w.document(t) for t in topics]
    return ev


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=200, help="corpus size in megabytes of text (default 200)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", help="output directory (default bench/out/<MB>mb)")
    ap.add_argument("--sample", type=int, default=250, help="articles copied to sample/ for scoring (default 250)")
    ap.add_argument("--ontology", default=os.path.join(ROOT, "ontology"))
    args = ap.parse_args(argv[1:])
    out = args.out or os.path.join(HERE, "out", f"{args.mb:g}mb")
    target = int(args.mb * 1_000_000)

    lex = Lexicon(args.ontology)
    cast_rng = random.Random(args.seed)
    cast = Cast(lex, cast_rng)
    rng = random.Random(args.seed * 1_000_003 + 1)
    writer = Writer(rng, cast)

    tmp = out + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(os.path.join(tmp, "corpus"))
    os.makedirs(os.path.join(tmp, "sample"))
    start, span = datetime.date(2016, 1, 1), 365 * 10
    all_facts, sample_facts = set(), set()
    n = total = words = 0
    pending = []  # second reports of earlier events, written a few articles later
    while total < target:
        if pending and pending[0][0] <= n:  # second reports, in the order their events came
            _, ev = pending.pop(0)
            style = (ev["style"] + rng.randint(1, 3)) % 4
            agency = rng.choice([x for x in AGENCIES if x != ev["agency"]])
            var = rng.random() < 0.5
        else:
            ev = make_event(rng, cast, start, span)
            style = rng.randrange(4)
            if style == 2 and ev["invented_place"]:
                style = 0
            agency = rng.choice(AGENCIES)
            var = False
            ev["style"], ev["agency"] = style, agency
            ev["dateline"] = ev["place"] if not ev["call"] else rng.choice(cast.cities[ev["host"].country][0] or cast.cities[ev["host"].country][1])
            # The publication date: the same day or the next (style 1: up to two days later,
            # so "on Tuesday" must be counted back from it).
            ev["lag"] = rng.choice([0, 1]) if style != 1 else rng.choice([0, 1, 2])
            if rng.random() < 0.2:
                pending.append((n + rng.randint(1, 6), ev))
        if style == 2 and ev["invented_place"]:
            style = 3
        facts = set()
        text = writer.article(ev, style, agency, var, facts)
        rel = os.path.join(f"{n // 1000:03d}", f"{n:06d}.txt")
        path = os.path.join(tmp, "corpus", rel)
        if n % 1000 == 0:
            os.makedirs(os.path.dirname(path), exist_ok=True)
        data = text.encode("utf-8")
        with open(path, "wb") as fh:
            fh.write(data)
        if n < args.sample:
            with open(os.path.join(tmp, "sample", f"{n:06d}.txt"), "wb") as fh:
                fh.write(data)
            sample_facts |= facts
        all_facts |= facts
        total += len(data)
        words += len(text.split())
        n += 1

    def write_facts(path, facts, what):
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(f"# Facts planted by bench/gen_corpus.py (seed {args.seed}, {args.mb:g} MB, "
                     f"lexicon {lex.fingerprint}) in {what}.\n")
            fh.write("# Facts-table form of SPEC.md section 3; score with ../shared/eval/score.py.\n")
            for f in sorted(facts):
                fh.write("\t".join(f) + "\n")

    write_facts(os.path.join(tmp, "planted.tsv"), all_facts, f"all {n} articles")
    write_facts(os.path.join(tmp, "sample-planted.tsv"), sample_facts, f"the first {min(n, args.sample)} articles (sample/)")
    kinds = {}
    for f in all_facts:
        kinds[f[0]] = kinds.get(f[0], 0) + 1
    manifest = {"seed": args.seed, "mb": args.mb, "lexicon_sha1": lex.fingerprint, "articles": n, "bytes": total, "words": words,
                "facts": kinds, "sample_articles": min(n, args.sample)}
    with open(os.path.join(tmp, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1, sort_keys=True)
        fh.write("\n")
    shutil.rmtree(out, ignore_errors=True)
    os.rename(tmp, out)
    print(f"gen_corpus: {n} articles, {total / 1e6:.1f} MB, {words} words, facts {kinds} -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
