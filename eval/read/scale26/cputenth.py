import re,sys
# cputenth.py LOG CPU: CPU ms an article by tenth (the times the progress lines put each tenth; the last to the end of the process)
log=[l.rstrip('\n').split(' ',1) for l in open(sys.argv[1])]
pts=[]
for t,rest in log:
    m=re.search(r'(\d+) stored',rest)
    if m: pts.append((float(t),int(m.group(1))))
cpu=[tuple(map(float,l.split())) for l in open(sys.argv[2])]
def at(x):
    for i in range(1,len(pts)):
        if pts[i][1]>=x:
            (t0,s0),(t1,s1)=pts[i-1],pts[i]
            return t0+(t1-t0)*(x-s0)/max(1,s1-s0)
def cpuat(t):
    best=cpu[0][1]
    for tt,c in cpu:
        if tt<=t: best=c
    return best
marks=[at(k*100000) for k in range(1,10)]+[cpu[-1][0]]
out=[];prev=0.0
for m in marks:
    c=cpuat(m); out.append((c-prev)/100); prev=c
print("  "+' '.join(f"{x:.3f}" for x in out)+f" ms   (last / first: {out[0]/out[-1]*100:.0f} %)")
