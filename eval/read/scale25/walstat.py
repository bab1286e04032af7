#!/usr/bin/env python3
# walstat.py WAL PAGEMAP N: frames of the WAL (valid, current salt) by B-tree.
# PAGEMAP: "pageno|name" lines (sqlite3 dbstat). N: articles ingested (per-article figures).
import struct, sys, collections
wal, pm, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
name = {}
for l in open(pm):
    p, nm = l.rstrip('\n').split('|', 1)
    name[int(p)] = nm
f = open(wal, 'rb')
h = f.read(32)
magic, ver, psz, seq, s1, s2, c1, c2 = struct.unpack('>8I', h)
frames = collections.Counter(); distinct = collections.defaultdict(set); commits = 0
while True:
    fh = f.read(24)
    if len(fh) < 24: break
    pg, csz, fs1, fs2, _, _ = struct.unpack('>6I', fh)
    f.seek(psz, 1)
    if (fs1, fs2) != (s1, s2): break
    nm = name.get(pg, '?')
    frames[nm] += 1; distinct[nm].add(pg)
    if csz: commits += 1
tot = sum(frames.values())
print(f"page size {psz}, frames {tot} ({tot/n:.2f} an article), commits {commits}, distinct pages {sum(len(v) for v in distinct.values())}")
print(f"{'btree':40s} {'frames':>9s} {'/article':>9s} {'distinct':>9s}")
for nm, c in frames.most_common(40):
    print(f"{nm:40s} {c:9d} {c/n:9.3f} {len(distinct[nm]):9d}")
