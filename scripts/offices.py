#!/usr/bin/env python3
"""Rebuild extract/office/data/offices.tsv, the dated table of office holders.

The facts come from Wikidata (CC0 1.0) as published by the EveryPolitician
scrapers, whose git histories are daily snapshots of Wikidata queries:

  every-politician-scrapers/world-leaders-2021  data/wikidata.csv
      heads of state and of government of every state (P1906/P1313 office
      holders, start and end year), one version a day, 2021-08 .. 2022-10
  every-politician-scrapers/world  sources/foreign/wikidata.csv
      the current foreign minister of every state, with full start dates,
      2022-08 .. 2022-12
  every-politician-scrapers/world  wikidata/results/*-cabinets.csv
      the cabinets begun each year 2015-2022 with their start dates: they
      date the start of a leader's term to the day where the source gives
      only the year

Usage (the repositories as git directories, e.g. from the `fetch` tool):

  python3 scripts/offices.py \
      --leaders /work/.mirror/every-politician-scrapers+world-leaders-2021/repo \
      --world /work/.mirror/every-politician-scrapers+world/repo \
      [--extra SNAPSHOT.csv ...] > extract/office/data/offices.tsv

--extra adds a later version of world-leaders-2021's data/wikidata.csv
(saved as a file: the name may carry the commit, `...@<commit>.csv`); its
rows add the terms begun since the last version in the git history.

Every rule here is about the shape of the data, none about a person:
  * a term is (country, office, holder, start year); its start is the year
    unless a cabinet of that country begun that year names the holder, or the
    holder first appears in a daily snapshot of the start year after the
    first snapshot (then that day);
  * a term without an end ends when the next holder of the office starts,
    and a term that ends in a year ends on the day its successor starts when
    that day is known in that year;
  * an office held by two persons at once (co-princes, collective bodies) is
    left out: it names no single holder.
"""

import argparse
import csv
import io
import json
import os
import re
import subprocess
import sys
import unicodedata
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# Country QIDs whose English label is not a name countries.json knows.
QID_ISO = {
    "Q148": "CN", "Q865": "TW", "Q756617": "DK", "Q29999": "NL", "Q27": "IE",
    "Q1008": "CI", "Q1005": "GM", "Q219060": "PS", "Q574": "TL", "Q702": "FM",
    "Q884": "KR", "Q423": "KP", "Q30": "US", "Q145": "GB", "Q159": "RU",
    "Q1246": "XK", "Q237": "VA", "Q971": "CG", "Q974": "CD", "Q778": "BS",
    "Q1050": "SZ", "Q1011": "CV", "Q221": "MK", "Q213": "CZ", "Q881": "VN",
    "Q819": "LA", "Q1039": "ST", "Q763": "KN", "Q760": "LC", "Q757": "VC",
    "Q781": "AG", "Q225": "BA", "Q929": "CF", "Q983": "GQ", "Q1007": "GW",
    "Q686": "VU", "Q685": "SB", "Q691": "PG", "Q709": "MH", "Q697": "NR",
    "Q672": "TV", "Q678": "TO", "Q683": "WS", "Q710": "KI", "Q695": "PW",
}

MONARCH = re.compile(r"^(monarch|king|queen|emperor|emir|amir|sultan|prince|grand duke|yang di-pertuan agong)\b", re.I)


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True, capture_output=True, text=True).stdout


def versions(gitdir, path):
    """(commit, day, text) of every version of path, oldest first."""
    out = []
    for line in git(gitdir, "log", "--format=%H %cs", "--", path).splitlines()[::-1]:
        commit, day = line.split()
        try:
            text = git(gitdir, "show", f"{commit}:{path}")
        except subprocess.CalledProcessError:
            continue
        out.append((commit, date.fromisoformat(day), text))
    return out


def qid(s):
    s = s.strip()
    return s.rsplit("/", 1)[-1] if s.startswith("http") else s


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def countries():
    with open(os.path.join(ROOT, "extract/knowledge/data/countries.json")) as f:
        cs = json.load(f)
    names = {}
    for c in cs:
        for n in [c["name"], c.get("official", "")] + c.get("aliases", []):
            if n:
                names[fold(n)] = c["code"]
    return names


def office_of(label):
    """Our office name and class for a Wikidata head position label."""
    l = label.strip()
    f = l.lower()
    if re.search(r"prime minister|president of the council of ministers|president of the government", f):
        return "Prime Minister", "hog"
    if f.startswith("premier"):
        return "Premier", "hog"
    if "chancellor" in f:
        return "Chancellor", "hog"
    if f.startswith("taoiseach"):
        return "Taoiseach", "hog"
    if f.startswith("chairman of the council of ministers"):
        return "Chairman of the Council of Ministers", "hog"
    if f.startswith("president") or f.startswith("state president"):
        if "pontifical" in f:
            return None, None
        return "President", "hos"
    if f.startswith("chairman of the presidential council"):
        return "Chairman of the Presidential Council", "hos"
    if f.startswith("supreme leader"):
        return "Supreme Leader", "hos"
    if f.startswith("captain regent"):
        return "Captain Regent", "hos"
    if f.startswith("governor-general"):
        return "Governor-General", "hos"
    if f == "pope":
        return "Pope", "hos"
    m = MONARCH.match(l)
    if m:
        w = m.group(1).lower()
        if w == "yang di-pertuan agong":
            return "King", "hos"
        if w in ("monarch", "king", "queen"):
            return "Monarch", "hos"
        if w == "amir":
            w = "emir"
        if w == "prince" and "co-prince" in f:
            return None, None
        return w.title(), "hos"
    return None, None


def parse_partial(s, end=False):
    """(date, precision) of YYYY-MM-DD, YYYY-MM or YYYY; None if empty or bad."""
    s = (s or "").strip()[:10]
    try:
        if re.fullmatch(r"\d{4}-\d\d-\d\d", s):
            return date.fromisoformat(s), "d"
        if re.fullmatch(r"\d{4}-\d\d", s):
            y, m = int(s[:4]), int(s[5:7])
            if end:
                nxt = date(y + (m == 12), m % 12 + 1, 1)
                return nxt - timedelta(days=1), "y"
            return date(y, m, 1), "y"
        if re.fullmatch(r"\d{4}", s):
            return (date(int(s), 12, 31) if end else date(int(s), 1, 1)), "y"
    except ValueError:
        return None
    return None


FOREIGN = re.compile(r"foreign|external affairs|external relations|international relations|international affairs", re.I)
NOT_HEAD = re.compile(r"deputy|vice|first lady|spouse|senate|assembly|court|council of state|bank|commission|parliament|house|congress|chamber|party|private secretary|chief of staff|office|spokes|advis|press|secretary to", re.I)


def cabinet_office(label, iso, names):
    """Our office and class for a position of a cabinet repository."""
    l = label.strip()
    f = l.lower()

    def of_country(rest):
        # "Prime Minister of Japan" is the head; "Chancellor of the Exchequer" is not.
        if not rest:
            return True
        rest = re.sub(r"^the ", "", rest)
        return names.get(fold(rest)) == iso or rest in ("government", "council of ministers", "republic", "federal republic")
    if not NOT_HEAD.search(f):
        m = re.fullmatch(r"(prime minister|premier|chancellor|federal chancellor|taoiseach|president of the government|president of the council of ministers|chairman of the council of ministers)(?: of (.*))?", f)
        if m and of_country(m.group(2)):
            return office_of(l)
        m = re.fullmatch(r"(president|state president)(?: of (.*))?", f)
        if m and of_country(m.group(2)) or re.match(r"(monarch|king|queen|emperor|emir|amir|sultan|grand duke|supreme leader)\b", f):
            return office_of(l)
        if FOREIGN.search(f) and re.search(r"minister|secretary", f) and not re.search(r"state|junior|under|assistant|parliamentary", f):
            return fm_office(iso), "fm"
        if iso == "US" and f == "secretary of state":
            return "Secretary of State", "fm"
    return l[:1].upper() + l[1:], "min"


def fm_office(iso):
    return {"US": "Secretary of State", "GB": "Foreign Secretary"}.get(iso, "Minister of Foreign Affairs")


class Term:
    __slots__ = ("iso", "cls", "office", "qid", "name", "start", "end", "sprec", "eprec", "first", "last", "endseen")

    def __init__(self, iso, cls, office, q, name):
        self.iso, self.cls, self.office, self.qid, self.name = iso, cls, office, q, name
        self.start = self.end = None
        self.sprec = self.eprec = "y"
        self.first = self.last = self.endseen = None


def looks_qid(s):
    return re.fullmatch(r"Q\d+", s or "") is not None


SUPPLEMENT = os.path.join(ROOT, "extract/office/data/supplement.tsv")
# The day supplement.tsv was checked to (its header): an open term there is
# in office to this day.
CURATED_TO = date(2026, 11, 26)


def _bounds(start, end):
    """First and last possible day of a term written as YYYY-MM-DD or YYYY."""
    lo = date.fromisoformat(start) if len(start) == 10 else date(int(start), 1, 1)
    if not end:
        hi = date.max
    else:
        hi = date.fromisoformat(end) if len(end) == 10 else date(int(end), 12, 31)
    return lo, hi


def merge_supplement(rows, path=SUPPLEMENT):
    """Merge the hand-curated supplement (same columns) into rows, lists of
    [country, class, office, qid, name, start, end].

    For an office and country the supplement dates, it is the record from its
    first term's start to its last term's start:
      * a table term of a person the supplement lists for that office, or one
        beginning within that span, is replaced (year-only or conflicting);
      * a table term begun before the span and running into it is cut to end
        in the year the supplement's first term begins (year precision: the
        exact day is not known, so the change stays doubtful that year);
      * a table term begun after the span (a change the supplement could not
        date) stays, and closes the supplement's open last term by its year;
        one dated to the day before CURATED_TO is contradicted by the
        supplement, which would list it, and is dropped.
    An empty qid is taken from the table's rows of the same country and name.
    """
    if not os.path.exists(path):
        return rows
    sup = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("country\t") or not line.strip():
                continue
            sup.append(line.rstrip("\n").split("\t"))
    qids = {}
    for r in rows:
        qids.setdefault((r[0], r[4]), r[3])
    for r in sup:
        if not r[3]:
            r[3] = qids.get((r[0], r[4]), "")
    span = {}
    for r in sup:
        lo, _ = _bounds(r[5], r[6])
        k = (r[0], r[2])
        a, b = span.get(k, (lo, lo))
        span[k] = (min(a, lo), max(b, lo))
    out = []
    later = {}
    for r in rows:
        k = (r[0], r[2])
        if k not in span:
            out.append(r)
            continue
        first, last = span[k]
        lo, hi = _bounds(r[5], r[6])
        if any((r[4] == u[4] or r[3] and r[3] == u[3]) and lo <= _bounds(u[5], u[6])[1] and hi >= _bounds(u[5], u[6])[0]
               for u in sup if (u[0], u[2]) == k):
            continue  # the supplement dates this person's term
        if lo >= first and (lo <= last if len(r[5]) == 10 else lo.year <= last.year):
            continue  # begins within the supplement's span
        if lo < first:
            if hi >= first:
                # A dated end: the successor's start dates it; else the
                # year, the day being unknown.
                r = r[:6] + [(first - timedelta(days=1)).isoformat() if len(r[6]) == 10 else str(first.year)]
            out.append(r)
            continue
        if len(r[5]) == 10 and lo <= CURATED_TO:
            # Dated to the day within the span the supplement was checked
            # to, yet not in it: the curated record contradicts the term (a
            # civil servant's post labelled as the minister's, say).
            continue
        out.append(r)  # begins after the span: a change the supplement does not date
        later[k] = min(later.get(k, r[5]), r[5])
    for r in sup:
        k = (r[0], r[2])
        if not r[6] and k in later and _bounds(r[5], "")[0] == span[k][1]:
            nxt = later[k]
            r = r[:6] + [nxt[:4] if len(nxt) != 10 else (date.fromisoformat(nxt) - timedelta(days=1)).isoformat()]
        out.append(r)
    return out


def merge_file(path):
    """Re-merge the supplement into an existing offices.tsv, keeping its header."""
    head, rows = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("country\t"):
                head.append(line)
            elif line.strip():
                rows.append(line.rstrip("\n").split("\t"))
    if not any("supplement.tsv" in h for h in head):
        head.insert(len(head) - 1, "# and extract/office/data/supplement.tsv (hand-curated exact terms 2022-2026), merged by merge_supplement\n")
    cls = {"hos": 0, "hog": 1, "fm": 2, "min": 3}
    rows = merge_supplement(rows)
    rows.sort(key=lambda r: (r[0], r[1], _bounds(r[5], r[6])[0], r[3]))
    sys.stdout.write("".join(head))
    for r in rows:
        sys.stdout.write("\t".join(r) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--merge-into", help="only re-merge supplement.tsv into this existing offices.tsv, to stdout")
    ap.add_argument("--leaders")
    ap.add_argument("--world")
    ap.add_argument("--extra", action="append", default=[])
    ap.add_argument("--cabinets", nargs="*", default=[], help="git directories of every-politician-scrapers country repositories (html/holders21.csv, meta.json)")
    args = ap.parse_args()
    if args.merge_into:
        merge_file(args.merge_into)
        return
    if not args.leaders or not args.world:
        ap.error("--leaders and --world are required (or --merge-into)")
    names = countries()
    labels = {}  # person qid -> English label
    unknown = set()

    def iso_of(cq, clabel):
        if cq in QID_ISO:
            return QID_ISO[cq]
        c = names.get(fold(clabel))
        if not c:
            unknown.add(f"{cq} {clabel}")
        return c

    # Heads: terms keyed by (iso, office, holder, start year).
    terms = {}
    snaps = versions(args.leaders, "data/wikidata.csv")
    first_day = snaps[0][1] if snaps else None
    prev_day = {}
    sources = [(c, d, t) for c, d, t in snaps] + [(os.path.basename(p), None, open(p, encoding="utf-8").read()) for p in args.extra]
    last_snap = None
    for commit, day, text in sources:
        rows = list(csv.reader(io.StringIO(text)))[1:]
        seen = {}  # key -> end year in this snapshot, None when a row is open
        for r in rows:
            if len(r) < 8:
                continue
            cq, clabel, pq, plabel, hq, hlabel, sy, ey = (x.strip() for x in r[:8])
            cq, pq, hq = qid(cq), qid(pq), qid(hq)
            # A start before 1900 is a mistake in the source (a medieval
            # king given as the current holder) or no concern of this table.
            if not sy.isdigit() or int(sy) < 1900:
                continue
            iso = iso_of(cq, clabel)
            office, cls = office_of(plabel)
            if not iso or not office:
                continue
            if hlabel and not looks_qid(hlabel):
                labels[hq] = hlabel
            # One holder's statements that start in one year are one term
            # (Wikidata splits a term at a reshuffle); it is open if any is.
            key = (iso, office, hq, int(sy))
            end = int(ey) if ey.isdigit() else None
            if key in seen:
                seen[key] = None if seen[key] is None or end is None else max(seen[key], end)
            else:
                seen[key] = end
            if key not in terms:
                t = terms[key] = Term(iso, cls, office, hq, hlabel)
                t.start = date(int(sy), 1, 1)
                # Seen first after the first snapshot, in its start year:
                # it began by the day it was seen.
                if day is not None and day != first_day and day.year == int(sy):
                    t.start, t.sprec, t.first = day, "d", day
        for key, end in seen.items():
            t = terms[key]
            if day is not None:
                t.last = day
            # The latest version that lists a term says whether it is open.
            t.end = date(end, 12, 31) if end is not None else None
            t.eprec = "y"
        if day is not None:
            last_snap = day

    # Cabinets date a term's start to the day.
    cabinets = []
    for path in sorted(set(git(args.world, "log", "--format=", "--name-only", "--", "wikidata/results/").split())):
        if not path.endswith("cabinets.csv") or "enwiki" in path:
            continue
        for _, _, text in versions(args.world, path):
            rd = csv.DictReader(io.StringIO(text))
            for r in rd:
                began = (r.get("began") or r.get("start") or r.get("inception") or "")[:10]
                if not re.fullmatch(r"\d{4}-\d\d-\d\d", began):
                    continue
                cabinets.append((qid(r.get("jurisdiction", "")), fold((r.get("itemLabel") or "") + " " + (r.get("itemDescription") or "")), date.fromisoformat(began)))
    iso_qid = {}
    for cq, iso in QID_ISO.items():
        iso_qid.setdefault(iso, cq)
    # Countries by QID as the leaders file names them.
    for commit, day, text in sources[-1:]:
        for r in list(csv.reader(io.StringIO(text)))[1:]:
            if len(r) >= 2:
                c = iso_of(qid(r[0]), r[1])
                if c:
                    iso_qid.setdefault(c, qid(r[0]))
    for t in terms.values():
        name = labels.get(t.qid, t.name)
        t.name = name
        if looks_qid(name) or t.cls != "hog" and t.office != "President":
            continue
        surname = fold(name.split(",")[0].split()[-1]) if name.split() else ""
        if len(surname) < 3:
            continue
        cq = iso_qid.get(t.iso)
        best = None
        for jq, text, began in cabinets:
            if jq == cq and began.year == t.start.year and re.search(r"\b" + re.escape(surname) + r"\b", text):
                if best is None or began < best:
                    best = began
        if best:
            t.start, t.sprec = best, "d"

    # Foreign ministers: full start dates; a term ends when the next starts.
    fms = {}
    fsnaps = versions(args.world, "sources/foreign/wikidata.csv")
    for commit, day, text in fsnaps:
        for r in csv.DictReader(io.StringIO(text)):
            hq, name, cq, clabel, start = qid(r.get("person", "")), r.get("name", ""), qid(r.get("country", "")), r.get("countryLabel", ""), (r.get("start") or "")[:10]
            if not hq or not re.fullmatch(r"\d{4}-\d\d-\d\d", start):
                continue
            iso = iso_of(cq, clabel)
            if not iso:
                continue
            if name and not looks_qid(name):
                labels[hq] = name
            # One current minister is one term; a later version may correct
            # its start.
            key = (iso, hq)
            t = fms.get(key)
            if t is None:
                t = fms[key] = Term(iso, "fm", fm_office(iso), hq, name)
                t.sprec, t.first = "d", day
            t.start = date.fromisoformat(start)
            t.last = day
    last_fm = fsnaps[-1][1] if fsnaps else None
    for t in fms.values():
        t.name = labels.get(t.qid, t.name)
        if t.last != last_fm:
            t.end, t.eprec = t.last, "d"  # gone from the list of current ministers

    # Country cabinets: every position's holders since the 1990s, dated.
    qid_iso = dict(QID_ISO)
    for commit, day, text in sources:
        for r in list(csv.reader(io.StringIO(text)))[1:]:
            if len(r) >= 2:
                c = iso_of(qid(r[0]), r[1])
                if c:
                    qid_iso.setdefault(qid(r[0]), c)
    cab_terms = []
    cab_heads = []
    for gitdir in args.cabinets:
        try:
            meta = json.loads(git(gitdir, "show", "HEAD:meta.json"))
            text = git(gitdir, "show", "HEAD:html/holders21.csv")
        except (subprocess.CalledProcessError, ValueError):
            print(f"offices.py: {gitdir}: no meta.json or html/holders21.csv", file=sys.stderr)
            continue
        jq = (meta.get("jurisdiction") or {}).get("id", "")
        jname = re.sub(r"^the ", "", (meta.get("jurisdiction") or {}).get("name", ""))
        iso = qid_iso.get(jq) or iso_of(jq, jname)
        if not iso:
            continue
        cab_heads.append((gitdir, git(gitdir, "rev-parse", "HEAD").strip()))
        for r in csv.DictReader(io.StringIO(text)):
            label, hq, name = (r.get("position") or "").strip(), qid(r.get("personID") or ""), (r.get("person") or "").strip()
            st, en = parse_partial(r.get("start")), parse_partial(r.get("end"), end=True)
            if not label or not looks_qid(hq) or not name or looks_qid(name) or st is None:
                continue
            office, cls = cabinet_office(label, iso, names)
            if not office:
                continue
            t = Term(iso, cls, office, hq, name)
            t.start, t.sprec = st
            if en is not None:
                t.end, t.eprec = en
            elif r.get("end"):
                continue
            # Ended before 1990: no concern of this table; ended before it
            # began: a mistake of the source.
            if t.end is not None and (t.end.year < 1990 or t.end < t.start):
                continue
            labels[hq] = labels.get(hq, name)
            cab_terms.append(t)
    # A dated cabinet term replaces the snapshots' term of the same holder
    # and office that it overlaps.
    dated = {}
    for t in cab_terms:
        dated.setdefault((t.iso, t.office, t.qid), []).append(t)

    def covered(t):
        for u in dated.get((t.iso, t.office, t.qid), []):
            if (u.end is None or u.end.year >= t.start.year) and (t.end is None or t.end.year >= u.start.year):
                return True
        return False
    for k in [k for k, t in terms.items() if covered(t)]:
        del terms[k]
    for k in [k for k, t in fms.items() if covered(t)]:
        del fms[k]
    for t in cab_terms:
        terms[("cab", t.iso, t.office, t.qid, t.start)] = t

    # Successors close open terms and date year-only ends.
    allt = list(terms.values()) + list(fms.values())
    by_office = {}
    for t in allt:
        by_office.setdefault((t.iso, t.office), []).append(t)
    out = []
    for (iso, office), ts in by_office.items():
        # A term known only by its year sorts after the dated ones of that
        # year: the dated ones are the changes the snapshots saw happen.
        ts.sort(key=lambda t: (t.start if t.sprec == "d" else date(t.start.year, 12, 31), t.qid))
        # Two holders starting the same day, or overlapping open terms of a
        # collective office: no single holder.
        if office in ("Captain Regent",):
            continue
        if ts[0].cls == "min":
            out.extend(ts)  # offices held by several at once: as the source dates them
            continue
        for k, t in enumerate(ts):
            nxt = next((u for u in ts[k + 1:] if u.qid != t.qid and u.start > t.start), None)
            if nxt is not None:
                if t.end is None or t.eprec == "y" and t.end.year == nxt.start.year and nxt.sprec == "d":
                    if nxt.sprec == "d":
                        t.end, t.eprec = nxt.start - timedelta(days=1), "d"
                    else:
                        t.end, t.eprec = date(nxt.start.year, 12, 31), "y"
            out.append(t)
    merged = out

    for u in sorted(unknown):
        print(f"offices.py: no ISO code for {u}", file=sys.stderr)
    leaders_head = git(args.leaders, "rev-parse", "HEAD").strip()
    world_head = git(args.world, "rev-parse", "HEAD").strip()
    w = sys.stdout
    w.write("# Office holders: heads of state (hos), heads of government (hog), foreign ministers (fm), other ministers and officials (min).\n")
    w.write("# Source: Wikidata (https://www.wikidata.org), licence CC0 1.0, via the EveryPolitician scrapers:\n")
    w.write(f"#   github.com/every-politician-scrapers/world-leaders-2021 data/wikidata.csv, {len(snaps)} versions to {leaders_head}\n")
    for p in args.extra:
        w.write(f"#   and the later version {os.path.basename(p)}\n")
    w.write(f"#   github.com/every-politician-scrapers/world sources/foreign/wikidata.csv and wikidata/results/*-cabinets.csv to {world_head}\n")
    for gitdir, head in cab_heads:
        w.write(f"#   github.com/every-politician-scrapers/{os.path.basename(os.path.dirname(gitdir)).split('+', 1)[-1]} html/holders21.csv at {head}\n")
    w.write("# and extract/office/data/supplement.tsv (hand-curated exact terms 2022-2026), merged by merge_supplement\n")
    w.write("# Rebuilt by scripts/offices.py. Dates: YYYY-MM-DD, or YYYY where the source gives only the year; no end: in office.\n")
    w.write("country\tclass\toffice\tqid\tname\tstart\tend\n")
    rows = []
    for t in merged:
        if looks_qid(t.name) or not t.name:
            continue
        start = t.start.isoformat() if t.sprec == "d" else str(t.start.year)
        end = "" if t.end is None else t.end.isoformat() if t.eprec == "d" else str(t.end.year)
        rows.append([t.iso, t.cls, t.office, t.qid, t.name.replace("\t", " "), start, end])
    rows = merge_supplement(rows)
    rows.sort(key=lambda r: (r[0], r[1], _bounds(r[5], r[6])[0], r[3]))
    for r in rows:
        w.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
