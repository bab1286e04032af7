import sys,subprocess,re
# cmpprof.py BIN1 PROF1 BIN2 PROF2 [focus] : cumulative seconds by function, two profiles side by side
def load(b,p,focus):
    args=['go','tool','pprof','-top','-cum','-nodecount=400']
    if focus: args.append('-focus='+focus)
    out=subprocess.run(args+[b,p],capture_output=True,text=True).stdout
    d={}
    for l in out.split('\n'):
        a=l.split()
        if len(a)>=6 and a[5].startswith(('github.com','runtime','syscall','modernc','database')) or (len(a)>=6 and '%' in a[1]):
            v=a[3]
            try: s=float(v[:-2])/1000 if v.endswith('ms') else float(v.rstrip('s'))
            except: continue
            d[' '.join(a[5:])]=s
    return d
focus=sys.argv[5] if len(sys.argv)>5 else ''
f=load(sys.argv[1],sys.argv[2],focus); n=load(sys.argv[3],sys.argv[4],focus)
rows=[(k,f.get(k,0),n.get(k,0)) for k in set(f)|set(n)]
rows.sort(key=lambda r:-max(r[1],r[2]))
lim=int(sys.argv[6]) if len(sys.argv)>6 else 70
for k,a,b in rows[:lim]: print(f"{a:7.2f} {b:7.2f} {b-a:+6.2f} {k.replace('github.com/accordhq/accord/','')[:110]}")
