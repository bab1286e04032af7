#!/usr/bin/env python3
"""usage: extras.py GOLD EXPORT -- prints every extra engagement with its quotes and the file's gold engagements."""
import json, sys, importlib.util, io, contextlib
spec = importlib.util.spec_from_loader("score", loader=None)
src = open('/work/shared/eval/score').read()
score = {}
exec(compile(src.replace('if __name__ == "__main__":', 'if False:'), 'score', 'exec'), score)
gold = json.load(open(sys.argv[1])); ex = score['Export'](json.load(open(sys.argv[2])))
only = sys.argv[3] if len(sys.argv) > 3 else None
for g in gold['articles']:
    if only and only not in g['file']: continue
    sys_e = ex.eng_by_file.get(g['file'], {})
    countries = {p['name']: p.get('country') for p in g['persons']}
    m = score['greedy'](g['engagements'], sys_e, lambda ge, se: score['eng_match'](ge, se, ex, countries))
    extra = set(sys_e) - set(m.values())
    if not extra: continue
    print('##', g['file'])
    for ge in g['engagements']:
        print('   gold', ge['type'], ge['date'], ge['participants'], '' if g['engagements'].index(ge) in m else 'MISSED')
    aid = [k for k, v in ex.article_ids.items() if v == g['file']]
    for sid in extra:
        se = sys_e[sid]
        print('  EXTRA', se.get('type'), se.get('date'), se.get('status'), [ex.actors.get(p, {}).get('name') for p in se.get('participants') or []])
        for r in se.get('reports') or []:
            if r.get('article') in aid:
                print('     >', r.get('quote')[:400])
