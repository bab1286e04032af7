#!/usr/bin/env python3
"""Writes consolidate/data/zones.txt: each country's standard UTC offset in
hours at its seat of government, from the system's tz database (zone.tab).

A country with one zone takes it; a country with several takes the zone of
its capital (CAPITAL below). The offset is the smaller of January's and
July's, so that summer time does not count.

usage: python3 scripts/zones.py > consolidate/data/zones.txt
"""
import datetime
import json
import os
import sys
import zoneinfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CAPITAL = {
    "AR": "America/Argentina/Buenos_Aires", "AU": "Australia/Sydney", "BR": "America/Sao_Paulo",
    "CA": "America/Toronto", "CD": "Africa/Kinshasa", "CL": "America/Santiago", "CN": "Asia/Shanghai",
    "CY": "Asia/Nicosia", "DE": "Europe/Berlin", "EC": "America/Guayaquil", "ES": "Europe/Madrid",
    "FM": "Pacific/Pohnpei", "ID": "Asia/Jakarta", "KI": "Pacific/Tarawa", "KZ": "Asia/Almaty",
    "MH": "Pacific/Majuro", "MN": "Asia/Ulaanbaatar", "MX": "America/Mexico_City", "MY": "Asia/Kuala_Lumpur",
    "NZ": "Pacific/Auckland", "PG": "Pacific/Port_Moresby", "PS": "Asia/Hebron", "PT": "Europe/Lisbon",
    "RU": "Europe/Moscow", "UA": "Europe/Kyiv", "US": "America/New_York", "UZ": "Asia/Tashkent",
    "XK": "Europe/Belgrade", "GE": "Asia/Tbilisi", "FR": "Europe/Paris", "GB": "Europe/London", "DK": "Europe/Copenhagen",
    "NL": "Europe/Amsterdam", "NO": "Europe/Oslo", "KG": "Asia/Bishkek", "TJ": "Asia/Dushanbe",
}
zones = {}
with open("/usr/share/zoneinfo/zone.tab") as f:
    for line in f:
        if line.startswith("#"):
            continue
        cc, _, tz = line.split("\t")[:3]
        zones.setdefault(cc, []).append(tz.strip())
countries = json.load(open(os.path.join(ROOT, "extract/knowledge/data/countries.json")))
print("# A country's standard UTC offset in hours at its seat of government (scripts/zones.py).")
for c in sorted(countries, key=lambda c: c["code"]):
    cc = c["code"]
    tz = CAPITAL.get(cc) or (zones.get(cc) or [None])[0]
    if tz is None:
        print(f"no zone for {cc}", file=sys.stderr)
        continue
    if cc not in CAPITAL and len(zones.get(cc, [])) > 1:
        print(f"{cc} has zones {zones[cc]}: took {tz}", file=sys.stderr)
    z = zoneinfo.ZoneInfo(tz)
    off = min(datetime.datetime(2024, m, 1, tzinfo=z).utcoffset() for m in (1, 7))
    h = off.total_seconds() / 3600
    print(f"{cc} {h:g}")
