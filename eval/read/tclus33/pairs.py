import json,sys
sys.argv=sys.argv
ex=json.load(open(sys.argv[1]))
ids=sys.argv[2:]
arts={a['id']:a for a in ex['articles']}
for t in ex['targets']:
    if t['id'] in ids:
        print(t['id'], repr(t['metric']), t['value'], t['unit'], t.get('deadline'), t['holders'])
        for h in t['history']:
            print('   ', h['published'], arts[h['article']]['file'][-60:], h['value'], h.get('deadline'), h.get('period'), h['holders'], h.get('comparator'))
            print('      Q:', h.get('quote','')[:300])
