package parser

import "testing"

func TestHTMLToText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"paragraphs", "<p>Et</p><p>To</p>", "Et\n\nTo"},
		{"Outlook lines and empty paragraphs", `<p class=MsoNormal>Hej</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Linje 1</p><p class=MsoNormal>Linje 2</p>`, "Hej\n\nLinje 1\nLinje 2"},
		{"br and div", "Et<br>To<div>Tre</div><div><br></div><div>Fire</div>", "Et\nTo\nTre\n\nFire"},
		{"entities", "K&aelig;re &Oslash;ster&aring;&nbsp;&amp; co &euro;", "Kære Østerå & co €"},
		{"whitespace collapses", "  Hej\n   med\tdig  ", "Hej med dig"},
		{"head style script dropped", "<html><head><title>T</title><style>p{}</style></head><body><script>x()</script>Tekst</body></html>", "Tekst"},
		{"lists", "<ul><li>a</li><li>b</li></ul><ol><li>c</li><li>d</li></ol>", "- a\n- b\n1. c\n2. d"},
		{"table", "<table><tr><td>Navn</td><td>Bente</td></tr><tr><td>Workshop</td><td>2</td></tr></table>", "Navn\tBente\nWorkshop\t2"},
		{"blockquote becomes quoted lines", "Svar<blockquote><div>Et</div><div>To</div></blockquote>Efter", "Svar\n> Et\n> To\nEfter"},
		{"pre keeps spacing", "<pre>a  b\n c</pre>", "a  b\n c"},
		{"inline tags join", "<b>Work</b>shop <i>2</i>", "Workshop 2"},
		{"unclosed head", "<head><title>x", ""},
		{"broken markup", "<div><p>Hej <b>med</div> dig", "Hej med\ndig"},
	}
	for _, tt := range tests {
		if got := htmlToText(tt.in); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
