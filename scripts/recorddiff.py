#!/usr/bin/env python3
"""scripts/recorddiff.py OLD.json NEW.json: the engagements (type, date, participants, reporting files) and targets (metric, value, unit, deadline, holders, files) that differ between two exports, as - and + lines with counts. Used to read what a rule changed in the whole White House corpus."""
import json, sys
def load(p):
    d = json.load(open(p))
    act = {a['id']: a for a in d.get('actors') or []}
    art = {a['id']: a.get('file') or a['id'] for a in d.get('articles') or []}
    eng, tgt = set(), set()
    for e in d.get('engagements') or []:
        names = tuple(sorted(act.get(p, {}).get('name', p) for p in e.get('participants') or []))
        files = tuple(sorted(art.get(r.get('article'), '?').split('/')[-1] for r in e.get('reports') or []))
        eng.add((e.get('type'), e.get('date'), names, files))
    for t in d.get('targets') or []:
        files = tuple(sorted({art.get(m.get('article'), '?').split('/')[-1] for m in t.get('mentions') or []}))
        tgt.add((t.get('metric'), t.get('value'), t.get('unit'), str(t.get('deadline')), tuple(sorted(t.get('holders') or [])), files))
    return eng, tgt
a, b = load(sys.argv[1]), load(sys.argv[2])
for name, i in (('engagement', 0), ('target', 1)):
    for x in sorted(a[i] - b[i], key=str): print('-', name, x)
    for x in sorted(b[i] - a[i], key=str): print('+', name, x)
    print('#', name, 'removed', len(a[i] - b[i]), 'added', len(b[i] - a[i]))
