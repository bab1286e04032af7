package read

import "testing"

func TestZZTry(t *testing.T) {
	for _, in := range []string{
		"see [the report](https://x.org/a \"Title\") now",
		"see [the report](<https://x.org/a b>) now",
		"see [a [nested] link](https://x.org) now",
		"see [text][1] and [other][] and [Ref] now\n\n[1]: https://x.org\n[other]: <https://y.org> \"T\"\n[ref]: https://z.org",
		"a footnote[^1] here.\n\n[^1]: The note text.",
		"Hurricane<s> </s>Season",
		"a<br>b<br/>c <span class=\"x\">d</span> e<sup>th</sup>",
		"x <!-- a --> y <!-- b\nc --> z",
		"x <!-- a --> y <!-- b\n\nc --> z",
		"| Country | Amount |\n|---|---:|\n| Chile | $5 million |\n| Peru | 7 |",
		"Country   Amount\n-------   ------\nChile     5\n",
		"+-----+-----+\n| a   | b   |\n+=====+=====+\n| c   | d   |\n+-----+-----+",
		"> quoted line\n> more\n>\n> next para",
		"> > nested quote",
		"text ending with end mark.\n\n\\#\\#\\#",
		"- ***Establishing a Net-**Zero*** ***Producers Forum***. In",
		"a\\\nb",
		"trailing  \nline",
		"5 \\* 3 and 2\\_1 and \\<tag\\>",
		"word&nbsp;word and&#160;x and &mdash; y",
		"[![img](a.png)](https://x.org) caption",
		"<div align=\"center\">\ncentered text\n</div>",
		"line one<br>\nline two",
		"```\ncode here\n```",
		"~~~\ncode\n~~~",
		"Term\n: definition",
		"Setext heading\n==============\nbody",
		"Setext two\n----------\nbody",
		"a `code span` b",
		"word*emph*word and snake_case_var and _a_b_",
		"12:30 p.m. *   * *",
		"[link](https://x.org)text and [link](https://x.org)s",
		"- [ ] task\n- [x] done",
		"    indented code-like continuation",
		"<https://x.org/a_b> and <user@x.org> and <b>bold</b>",
		"He said \"a < b\" and 3 <5 and x<y>z",
	} {
		t.Logf("%q\n   => %q", in, markdownText(in))
	}
}
