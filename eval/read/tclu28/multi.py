import json,sys,os,collections
sys.path.insert(0,'/work/shared/eval')
import importlib.util
spec=importlib.util.spec_from_loader('score',loader=None)
src=open('/work/shared/eval/score').read()
mod={} ; exec(compile(src.replace('if __name__ == "__main__":','if False:'),'score','exec'),mod)
for ref in sys.argv[1:]:
    name=os.path.basename(ref).replace('.gold.json','')
    g=json.load(open(ref))
    exp=sys.argv[0] # unused
    ex=mod['Export'](json.load(open(os.environ.get('EXP','/tmp/s28/start')+'/'+name+'.json')))
    keys=collections.defaultdict(list)
    for a in g['articles']:
        for t in a['targets']:
            keys[t['key']].append((a['file'],t))
    for k,l in keys.items():
        if len(set(f for f,_ in l))<2: continue
        print('==',name,k)
        for f,t in l:
            sys_t=ex.tgt_by_file.get(f,{})
            m=[sid for sid,s in sys_t.items() if mod['tgt_match'](t,s)]
            print('  %s | %s %s %s dl=%s h=%s | %s'%(f[:40],t['metric'][:50],t['value'],t['unit'],t.get('deadline'),t['holders'],m[:2]))
