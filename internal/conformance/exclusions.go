package conformance

import (
	_ "embed"
	"fmt"
	"strings"
)

// ExclusionsFile is the repository path of the reviewed exclusions list.
const ExclusionsFile = "internal/conformance/exclusions.txt"

//go:embed exclusions.txt
var exclusionsText []byte

// TODOSchema starts the reason of an excluded member that users need and
// that the schema is still to describe.
const TODOSchema = "TODO(schema):"

// Exclusion is a runtime public member the schema leaves out on purpose.
type Exclusion struct {
	Line   int    // line in exclusions.txt
	Member string // runtime path, e.g. connect.core.getEventBus
	Reason string
}

// IsTODO reports whether the member is to be added to the schema.
func (e Exclusion) IsTODO() bool { return strings.HasPrefix(e.Reason, TODOSchema) }

// Exclusions returns the embedded exclusions list.
func Exclusions() ([]Exclusion, error) { return ParseExclusions(exclusionsText) }

// ParseExclusions reads an exclusions list: one "member: reason" per line;
// blank lines and lines starting with # are ignored. Every member needs a
// reason and may appear only once.
func ParseExclusions(data []byte) ([]Exclusion, error) {
	var out []Exclusion
	var errs []string
	seen := map[string]int{}
	for i, line := range strings.Split(string(data), "\n") {
		n := i + 1
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		member, reason, ok := strings.Cut(line, ": ")
		member, reason = strings.TrimSpace(member), strings.TrimSpace(reason)
		switch {
		case !ok || reason == "":
			errs = append(errs, fmt.Sprintf("%s:%d: %q has no reason (want \"member: reason\")", ExclusionsFile, n, line))
			continue
		case strings.ContainsAny(member, " \t:"):
			errs = append(errs, fmt.Sprintf("%s:%d: %q is not a member path", ExclusionsFile, n, member))
			continue
		case isNonReason(reason):
			errs = append(errs, fmt.Sprintf("%s:%d: %s: %q is not a reason; say why it is left out, or %s user-facing, to add", ExclusionsFile, n, member, reason, TODOSchema))
		}
		if prev, dup := seen[member]; dup {
			errs = append(errs, fmt.Sprintf("%s:%d: %s is listed twice (also line %d)", ExclusionsFile, n, member, prev))
			continue
		}
		seen[member] = n
		out = append(out, Exclusion{Line: n, Member: member, Reason: reason})
	}
	if len(errs) > 0 {
		return out, fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return out, nil
}

// isNonReason catches placeholder reasons that say nothing about the member.
func isNonReason(r string) bool {
	l := strings.ToLower(r)
	switch {
	case len(r) < 8, strings.Contains(l, "not yet in the schema"):
		return true
	case strings.HasPrefix(l, "todo"):
		return !strings.HasPrefix(r, TODOSchema)
	}
	return false
}
