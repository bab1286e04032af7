#!/usr/bin/env python3
"""List missed gold visits and extra system visits per reference, with the sentences they come from.
usage: visits.py EXPORTDIR [names...]  (EXPORTDIR holds NAME.json and NAME.verbose from all.sh)"""
import json, os, re, sys
S = '/work/shared'
D, names = sys.argv[1], sys.argv[2:]
refs = {'outlets': (S + '/eval/outlets.gold.json', S + '/eval/outlets/docs'),
        'whdev': (S + '/eval/whitehouse-dev.gold.json', S + '/corpus/whitehouse')}
for n in ['dev%d' % i for i in range(43, 62) if i not in (44, 45)]:
    refs[n] = ('/work/refs/%s.gold.json' % n, '/work/refs/%s/docs' % n)
if not names:
    names = list(refs)
KW = re.compile(r"visit|trip|tour\b|arriv|travel|depart|left for|welcom|stay|in town|came to|come to|hosted|host|landed|sidelines", re.I)
def docpath(root, f):
    p = os.path.join(root, f)
    if os.path.exists(p):
        return p
    for r, _, fs in os.walk(root):
        if f in fs:
            return os.path.join(r, f)
def sents(text):
    text = re.sub(r'\s+', ' ', text)
    return re.split(r'(?<=[.!?])\s+(?=[A-Z"“])', text)
for n in names:
    g, docs = refs[n]
    if not os.path.exists(os.path.join(D, n + '.verbose')):
        continue
    gold = {a['file']: a for a in json.load(open(g))['articles']}
    ex = json.load(open(os.path.join(D, n + '.json')))
    A = {a['id']: a for a in ex['actors']}
    byfile = {a['id']: a['file'] for a in ex['articles']}
    for line in open(os.path.join(D, n + '.verbose')):
        m = re.match(r"\s*missed engagement (\S+) in (\S+)", line)
        x = re.match(r"\s*extra engagement visit (\S+) (\[.*\]) in (\S+)", line)
        if m:
            key, f = m.groups()
            ge = [e for e in gold[f]['engagements'] if e['key'] == key]
            if not ge or ge[0]['type'] != 'visit':
                continue
            ge = ge[0]
            print('MISS %s %s | %s %s %s place=%s' % (n, f, key, ge['date'], ge['participants'], ge.get('place_country')))
            # system visits in the same file
            for e in ex['engagements']:
                if e['type'] == 'visit' and any(byfile.get(r['article'], '').endswith(f) for r in e['reports']):
                    print('   sys visit %s %s place=%s %s' % (e.get('date'), [A[p]['name'] for p in e['participants']], (e.get('place') or {}).get('country'), e.get('status')))
            p = docpath(docs, f)
            txt = open(p).read() if p else ''
            words = set()
            for q in ge['participants']:
                words.add(q.split()[-1])
            shown = 0
            for s in sents(txt):
                if KW.search(s) and shown < 5:
                    print('   > ' + s[:300])
                    shown += 1
        elif x:
            date, parts, f = x.groups()
            print('EXTRA %s %s | %s %s' % (n, f, date, parts))
            for e in ex['engagements']:
                if e['type'] == 'visit' and e.get('date') == (None if date == 'None' else date) and str([A[p]['name'] for p in e['participants']]) == parts:
                    for r in e['reports']:
                        if byfile.get(r['article'], '').endswith(f):
                            print('   place=%s status=%s > %s' % ((e.get('place') or {}).get('country'), e.get('status'), r['quote'][:300]))
            for ge in gold.get(f, {}).get('engagements', []):
                print('   gold %s %s %s place=%s' % (ge['type'], ge['date'], ge['participants'], ge.get('place_country')))
        print() if (m or x) and False else None
