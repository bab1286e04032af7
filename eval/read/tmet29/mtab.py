import json,sys,os,re
sys.path.insert(0,'/work/shared/eval')
import importlib.util, importlib.machinery
loader=importlib.machinery.SourceFileLoader('score','/work/shared/eval/score')
spec=importlib.util.spec_from_loader('score',loader); sc=importlib.util.module_from_spec(spec); loader.exec_module(sc)
pairs=[(n, g) for n,g in [(n,'/work/refs/%s.gold.json'%n) for n in ['dev43','dev46','dev47','dev48','dev49','dev50','dev51','dev52','dev53','dev54','dev55','dev56','dev57','dev58','dev59','dev60','dev61']]]
pairs+=[('outlets','/work/shared/eval/outlets.gold.json'),('whdev','/work/shared/eval/whitehouse-dev.gold.json'),('seeds','/work/shared/eval/seeds.gold.json')]
expdir=sys.argv[1]
def nm(m): return {w for w in sc.norm(m).split() if len(w)>2}
for n,gp in pairs:
    G=json.load(open(gp)); E=sc.Export(json.load(open(os.path.join(expdir,n+'.json'))))
    for a in G['articles']:
        ts=E.tgt_by_file.get(a['file'],{})
        for g in a.get('targets') or []:
            full=[t for t in ts.values() if sc.tgt_match(g,t)]
            near=[]
            for t in ts.values():
                gg=dict(g); gg['metric']=t.get('metric') or 'zzz'
                if sc.tgt_match(gg,t): near.append(t)
            st='MATCH' if full else ('METRIC' if near else 'MISS')
            sm=[t.get('metric') for t in (full or near)]
            q=''
            if near and not full:
                q=near[0]['mentions'][0]['quote'] if near[0].get('mentions') else ''
            print('%s\t%s\t%s\tgold=%r\tsys=%r\t%s'%(st,n,a['file'][:40],g['metric'],sm,q[:300]))
