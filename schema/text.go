package schema

import (
	"regexp"
	"strings"
)

// unsafeText reports why s cannot be copied into generated Go, TypeScript or
// JavaScript (inside comments, string literals or template literals, or a
// page's <script>), or "" if it can.
func unsafeText(s string) string {
	switch {
	case strings.Contains(s, "*/"):
		return `"*/"`
	case strings.Contains(s, "`"):
		return "a backtick"
	case strings.Contains(s, "\x00"):
		return "a NUL byte"
	case strings.Contains(strings.ToLower(s), "</script"):
		return `"</script"`
	}
	return ""
}

// jsPathRE matches a dotted JS path such as connect.core.
var jsPathRE = regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*$`)

// versionRE matches a MAJOR.MINOR.PATCH version.
var versionRE = regexp.MustCompile(`^[0-9]+\.[0-9]+\.[0-9]+$`)

// compareVersions compares two versions matching versionRE numerically.
func compareVersions(a, b string) int {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := range as {
		x, y := strings.TrimLeft(as[i], "0"), strings.TrimLeft(bs[i], "0")
		if len(x) != len(y) {
			if len(x) < len(y) {
				return -1
			}
			return 1
		}
		if c := strings.Compare(x, y); c != 0 {
			return c
		}
	}
	return 0
}
