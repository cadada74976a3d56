package tsgen

import (
	"strings"

	"github.com/streamsgen/streamsgen/schema"
)

// doc writes a JSDoc comment for a declaration: its doc paragraphs, then
// the extra tags, @since and @deprecated. A doc, version or replacement
// containing "*/" would end the comment early and let schema text into the
// declarations; it is an error, whatever the validator upstream said.
func (g *gen) doc(pos schema.Pos, d schema.Doc, life schema.Lifecycle, extra ...string) {
	var lines []string
	text := strings.ReplaceAll(string(d), "\r\n", "\n")
	text = strings.Trim(text, "\n")
	if strings.TrimSpace(text) != "" {
		for l := range strings.SplitSeq(text, "\n") {
			lines = append(lines, strings.TrimRight(l, " \t\r"))
		}
	}
	tags := append([]string(nil), extra...)
	if life.Since != "" {
		tags = append(tags, "@since "+life.Since)
	}
	if life.IsDeprecated() {
		t := "@deprecated since " + life.Deprecated
		if life.Replacement != "" {
			t += ", use " + life.Replacement
		}
		tags = append(tags, t)
	}
	bad := false
	for _, l := range append(append([]string(nil), lines...), tags...) {
		if strings.Contains(l, "*/") {
			g.errorf(pos, "doc comment contains */: %q", l)
			bad = true
		}
	}
	switch {
	case bad || len(lines)+len(tags) == 0:
		return
	case len(lines) == 1 && len(tags) == 0:
		g.line("/** " + lines[0] + " */")
		return
	case len(lines) == 0 && len(tags) == 1:
		g.line("/** " + tags[0] + " */")
		return
	}
	g.line("/**")
	for _, l := range lines {
		g.line(strings.TrimRight(" * "+l, " "))
	}
	if len(lines) > 0 && len(tags) > 0 {
		g.line(" *")
	}
	for _, t := range tags {
		g.line(" * " + t)
	}
	g.line(" */")
}
