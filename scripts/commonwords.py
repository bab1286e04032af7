#!/usr/bin/env python3
"""Rebuilds extract/knowledge/data/common_words.txt: the ordinary English words
that a person's name made only of them is not (a headline's "Sees Big
Opportunity", "Export License").

Source: SCOWL size 35 as Debian's wamerican-small ships it
(/usr/share/dict/american-english-small; `apt-get install wamerican-small`).
Kept: the words the list has in lower case only, without apostrophes. A word
it also lists capitalised (a name: Brown, Rice, Bush, Will, Grant) is left
out, so that a family name that is also a word stays a name.

usage: python3 scripts/commonwords.py [WORDLIST] > extract/knowledge/data/common_words.txt
"""
import sys

HEADER = """\
# Ordinary English words, lower case, one a line: a person candidate made only
# of these (and of no given name or office holder's name) is not a person.
# Built by scripts/commonwords.py from SCOWL size 35 (Debian wamerican-small,
# 2020.12.07): the words listed in lower case only; words also listed
# capitalised (names such as Brown, Rice, Bush, Grant) are left out.
#
# SCOWL is Copyright 2000-2011 by Kevin Atkinson.
# Permission to use, copy, modify, distribute and sell these word lists, the
# associated scripts, the output created from the scripts, and its
# documentation for any purpose is hereby granted without fee, provided that
# the above copyright notice appears in all copies and that both that
# copyright notice and this permission notice appear in supporting
# documentation. Kevin Atkinson makes no representations about the
# suitability of this array for any purpose. It is provided "as is" without
# express or implied warranty. (Its parts from Moby Words II are in the
# public domain; see /usr/share/doc/wamerican-small/copyright.)
"""


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/american-english-small"
    words = [w.strip() for w in open(path, encoding="utf-8")]
    lower = {w for w in words if w and w[0].islower() and "'" not in w}
    named = {w.lower() for w in words if w and w[0].isupper()}
    sys.stdout.write(HEADER)
    for w in sorted(lower - named):
        sys.stdout.write(w + "\n")


if __name__ == "__main__":
    main()
