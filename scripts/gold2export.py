#!/usr/bin/env python3
"""scripts/gold2export.py GOLD OUT: an accord.export/v1 document made from a gold reference, so that the
scorer can compare two annotations of the same texts (inter-annotator agreement)."""
import json, os, sys, hashlib
g = json.load(open(sys.argv[1]))
countries = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'extract', 'knowledge', 'data', 'countries.json')))
name2code = {}
def walk(x):
    if isinstance(x, dict):
        code = x.get('code') or x.get('iso2') or x.get('id')
        names = [x.get('name')] + (x.get('names') or []) + (x.get('aliases') or [])
        if isinstance(code, str) and len(code) == 2:
            for n in names:
                if isinstance(n, str): name2code[n.casefold()] = code.upper()
        for v in x.values(): walk(v)
    elif isinstance(x, list):
        for v in x: walk(v)
walk(countries)
def hid(*a): return hashlib.sha1('|'.join(map(str, a)).encode()).hexdigest()[:12]
import unicodedata
def norm(x):
    x = x.replace('Đ', 'D').replace('đ', 'd')
    x = unicodedata.normalize('NFKD', x)
    return ''.join(c for c in x if not unicodedata.combining(c)).casefold().replace('-', ' ')
def pkey(n, c):
    # one actor per person across name forms: the country and the last name word
    ws = norm(n).split()
    return 'p_' + hid(c, ws[-1] if ws else n)
actors, arts, engs, tgts = {}, [], {}, {}
for a in g['articles']:
    aid = hid('a', a['file'])
    persons = {p['name']: p.get('country') for p in a['persons']}
    ids = []
    for n, c in persons.items():
        pid = pkey(n, c)
        if pid not in actors:
            actors[pid] = {'id': pid, 'type': 'person', 'name': n, 'country': c, 'roles': [], 'aliases': []}
        elif n != actors[pid]['name'] and n not in actors[pid]['aliases']:
            actors[pid]['aliases'].append(n)
        ids.append(pid)
    arts.append({'id': aid, 'file': a['file'], 'published': a.get('published'), 'dateline': a.get('dateline'),
                 'source': a.get('source'), 'areas': a.get('areas') or [], 'actors': ids})
    for e in a['engagements']:
        parts = []
        for p in e['participants']:
            if p in persons:
                parts.append(pkey(p, persons[p]))
            else:
                code = p.upper() if len(p) == 2 and p.isalpha() else name2code.get(p.casefold())
                cid = code or ('o_' + hid(p))
                actors.setdefault(cid, {'id': cid, 'type': 'country' if code else 'organization', 'name': p, 'country': code, 'roles': [], 'aliases': []})
                if p not in (actors[cid]['name'],) and p not in actors[cid]['aliases']:
                    actors[cid]['aliases'].append(p)
                parts.append(cid)
        k = e.get('key') or hid(a['file'], e['type'], e['date'])
        if k not in engs:
            engs[k] = {'id': 'e_' + hid(k), 'type': e['type'], 'date': e['date'], 'participants': parts, 'reports': []}
        engs[k]['reports'].append({'article': aid})
    for t in a.get('targets') or []:
        k = t.get('key') or hid(a['file'], t['metric'], t['value'])
        if k not in tgts:
            tgts[k] = {'id': 't_' + hid(k), 'metric': t['metric'], 'value': t['value'], 'unit': t['unit'],
                       'comparator': t.get('comparator'), 'deadline': t.get('deadline'), 'period': t.get('period'),
                       'holders': t.get('holders') or [], 'mentions': [], 'history': []}
        tgts[k]['mentions'].append({'article': aid})
        h = {kk: t.get(kk) for kk in ('value', 'unit', 'comparator', 'deadline', 'period', 'holders')}
        h['article'] = aid
        tgts[k]['history'].append(h)
json.dump({'schema': 'accord.export/v1', 'actors': list(actors.values()), 'articles': arts,
           'engagements': list(engs.values()), 'targets': list(tgts.values())}, open(sys.argv[2], 'w'), ensure_ascii=False)
