#!/usr/bin/env python3
"""Derive event trigger nouns from WordNet 3.0 (Debian's wordnet-base,
/usr/share/wordnet) into extract/data/event_triggers.tsv.

For each root synset below (an event class with our Event kind and frame),
every single-word noun in it and in its hyponyms (up to MAX_DEPTH levels)
becomes a trigger: a root's own words when the root is among their first
MAX_SENSE senses in WordNet's frequency order, a hyponym's words only when
it is their first sense ("coronation" in, "council" or "opening", whose
first readings are no events, out). A more
specific root overrides a more general one (conference is a meeting in
WordNet, but our kind Conference). Words in the hand-written part of the
file are left alone; the generated part (after MARKER) is rewritten.

Usage: scripts/derive_event_triggers.py [--wordnet DIR] [--tsv FILE]
The product never reads WordNet: the derived file is committed and
compiled in (extract/CMakeLists.txt).
"""
import argparse, os, sys

# (synset offset, gloss head for the reader, kind, frame), general first.
ROOTS = [
    ("08307589", "meeting: a formally arranged gathering", "Meeting", "meet"),
    ("07148192", "negotiation, talks", "Meeting", "meet"),
    ("08312359", "summit: a meeting of heads of governments", "Summit", "meet"),
    ("08308497", "conference: a prearranged meeting for consultation", "Conference", "event"),
    ("08309086", "convention: a large formal assembly", "Conference", "event"),
    ("08309754", "forum: a public meeting for open discussion", "Conference", "event"),
    ("08252211", "social gathering", "Ceremony", "event"),
    ("07450842", "ceremony: a formal event performed on a special occasion", "Ceremony", "event"),
    ("08428485", "parade: a ceremonial procession", "Ceremony", "event"),
    ("01233156", "visit: going to see some person or place for a short time", "Visit", "visit"),
    ("00308370", "trip: a journey for some purpose", "Visit", "visit"),
    ("07238694", "address, speech: a formal spoken communication to an audience", "Speech", "event"),
    ("07140978", "debate: a discussion of reasons for and against", "Event", "event"),
    ("08358332", "rally: a large gathering to arouse enthusiasm", "Event", "event"),
    ("00181781", "election: a vote to select the winner of an office", "Election", "event"),
]
# Words whose WordNet event sense is not what news text means by them, or
# that name an activity rather than an occasion one attends.
EXCLUDE = {
    "argument", "argumentation", "bargaining", "cohort", "diplomacy", "errand", "evangelism", "feast",
    "formalities", "formality", "haggle", "haggling", "impromptu", "induction", "initiation", "litany",
    "mixer", "nonstop", "observance", "oratory", "preaching", "primary", "rant", "ranting", "raving",
    "redeye", "social", "speechmaking", "televangelism", "visiting", "wrangling",
}
MAX_DEPTH = 3
MAX_SENSE = 3
MARKER = "# --- nouns derived from WordNet 3.0 by scripts/derive_event_triggers.py (do not edit below) ---"


def read_synsets(path):
    """offset -> (words, hyponym offsets)"""
    out = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split("|")[0].split()
            off, n_words = fields[0], int(fields[3], 16)
            words = [fields[4 + 2 * i] for i in range(n_words)]
            k = 4 + 2 * n_words
            n_ptr = int(fields[k])
            hypo = []
            for i in range(n_ptr):
                sym, target = fields[k + 1 + 4 * i], fields[k + 2 + 4 * i]
                if sym in ("~", "~i"):
                    hypo.append(target)
            out[off] = (words, hypo)
    return out


def read_sense_ranks(path):
    """word -> {offset: rank (1 = most frequent)}"""
    out = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            word, p_cnt = fields[0], int(fields[3])
            offsets = fields[4 + p_cnt + 2:]
            out[word] = {o: i + 1 for i, o in enumerate(offsets)}
    return out


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--tsv", default=os.path.join(here, "..", "extract", "data", "event_triggers.tsv"))
    args = ap.parse_args()
    try:
        synsets = read_synsets(os.path.join(args.wordnet, "data.noun"))
        ranks = read_sense_ranks(os.path.join(args.wordnet, "index.noun"))
    except OSError as e:
        print(f"error: cannot read WordNet: {e}", file=sys.stderr)
        return 1
    derived = {}  # word -> (kind, frame)
    for off, _, kind, frame in ROOTS:
        if off not in synsets:
            print(f"error: root synset {off} not in this WordNet", file=sys.stderr)
            return 1
        level = [off]
        for depth in range(MAX_DEPTH + 1):
            nxt = []
            for s in level:
                words, hypo = synsets[s]
                for w in words:
                    if "_" in w or "-" in w or not w.isalpha() or w != w.lower() or w in EXCLUDE:
                        continue
                    w = w.split("(")[0]
                    # Root words in any of their first senses; hyponyms only
                    # when the event is the word's most frequent sense.
                    if ranks.get(w, {}).get(s, 99) <= (MAX_SENSE if depth == 0 else 1):
                        derived[w] = (kind, frame)
                nxt.extend(hypo)
            level = nxt
    with open(args.tsv, encoding="utf-8") as f:
        text = f.read()
    hand = text.split(MARKER)[0].rstrip("\n") + "\n"
    hand_nouns = set()
    for line in hand.splitlines():
        parts = line.split("\t")
        if len(parts) == 4 and parts[1] == "NOUN":
            hand_nouns.add(parts[0])
    lines = [f"{w}\tNOUN\t{k}\t{fr}" for w, (k, fr) in sorted(derived.items()) if w not in hand_nouns]
    with open(args.tsv, "w", encoding="utf-8") as f:
        f.write(hand + "\n" + MARKER + "\n" + "\n".join(lines) + "\n")
    print(f"{len(lines)} derived nouns written to {args.tsv}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
