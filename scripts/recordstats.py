#!/usr/bin/env python3
"""Figures about a whole exported record (accord.export/v1) that tell whether it can be trusted.

usage: scripts/recordstats.py EXPORT.json [--list]

Prints: persons, persons sharing one family name most often, shorter-form duplicate persons
(a person whose name words are a strict subset of another person's of the same country), persons
without a country, targets whose history mixes holders or values more than 3x apart, person-level
contacts with more than four countries, and country pairs with a bilateral engagement.
"""
import json
import re
import sys
import unicodedata
from collections import Counter


def words(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return [w for w in re.split(r"[^\w]+", s) if len(w) > 1 and w not in ("jr", "sr", "ii", "iii")]


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 1:
        raise SystemExit(__doc__)
    show = "--list" in argv
    d = json.load(open(args[0], encoding="utf-8"))
    persons = [a for a in d["actors"] if a["type"] == "person"]
    last = Counter(words(p["name"])[-1] for p in persons if words(p["name"]))
    print("persons                                 %6d" % len(persons))
    common = last.most_common(1)
    if common:
        print("persons sharing the commonest last word %6d (%s)" % (common[0][1], common[0][0]))
    by_country = {}
    for p in persons:
        by_country.setdefault(p.get("country"), []).append((set(words(p["name"])), p))
    short = []
    for c, ps in by_country.items():
        index = {}
        for ws, p in ps:
            for w in ws:
                index.setdefault(w, []).append((ws, p))
        for ws, p in ps:
            if not ws:
                continue
            cands = index.get(next(iter(ws)), [])
            for ws2, p2 in cands:
                if p2 is not p and ws < ws2:
                    short.append((p["name"], p2["name"], c))
                    break
    print("shorter-form duplicate persons          %6d" % len(short))
    if show:
        for s in short[:80]:
            print("   ", s)
    nocountry = sum(1 for p in persons if not p.get("country"))
    print("persons without a country               %6d (%.0f %%)" % (nocountry, 100.0 * nocountry / max(1, len(persons))))
    bad = []
    for t in d["targets"]:
        hs = {tuple(sorted(h.get("holders") or [])) for h in t.get("history") or []}
        # Values compare within one unit: a doubling (2 times) restated as the
        # sum it comes to ($5.3 billion) is one target, not a mixed one.
        vs = [h["value"] for h in t.get("history") or [] if isinstance(h.get("value"), (int, float)) and h["value"] > 0]
        by_unit = {}
        for h in t.get("history") or []:
            if isinstance(h.get("value"), (int, float)) and h["value"] > 0:
                by_unit.setdefault(h.get("unit"), []).append(h["value"])
        if len(hs) > 1 or any(max(u) > 3 * min(u) for u in by_unit.values()):
            bad.append((t["metric"], t["value"], t["unit"], len(t.get("history") or []), sorted(hs), min(vs) if vs else None, max(vs) if vs else None))
    print("targets mixing holders or values > 3x   %6d" % len(bad))
    if show:
        for b in bad[:40]:
            print("   ", b)
    contact = {"phone_call", "video_call", "talks", "meeting", "reception", "visit", "press_conference"}
    wide = [e for e in d["engagements"] if e["type"] in contact and len(e.get("countries") or []) > 4]
    print("contacts with more than four countries  %6d" % len(wide))
    if show:
        for e in wide[:20]:
            print("   ", e["type"], e["date"], e["countries"])
    pairs = Counter()
    for e in d["engagements"]:
        cs = sorted(set(e.get("countries") or []))
        if len(cs) == 2:
            pairs[tuple(cs)] += 1
    print("country pairs with a bilateral contact  %6d" % len(pairs))
    print("engagements                             %6d" % len(d["engagements"]))
    print("targets                                 %6d" % len(d["targets"]))


if __name__ == "__main__":
    main(sys.argv[1:])
