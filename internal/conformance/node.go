package conformance

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
)

//go:embed js/*.js
var scripts embed.FS

// Manifest is what the Node script check.js is asked to look up in the
// loaded library. See js/check.js for the meaning of each field.
type Manifest struct {
	Paths   []string    `json:"paths"`
	Chains  [][2]string `json:"chains"`
	Enums   []string    `json:"enums"`
	Roots   []string    `json:"roots"`
	Classes []string    `json:"classes"`
	// Instances pairs a constructor path with the attributes to look for
	// on an instance.
	Instances []InstanceProbe `json:"instances"`
	DTS       string          `json:"dts,omitempty"`
}

// InstanceProbe asks check.js to construct Class and report Attrs. It is
// encoded as a [class, attrs] pair.
type InstanceProbe struct {
	Class string
	Attrs []string
}

// MarshalJSON encodes the probe as a [class, attrs] pair.
func (p InstanceProbe) MarshalJSON() ([]byte, error) {
	return json.Marshal([]any{p.Class, p.Attrs})
}

// Observation is what check.js found.
type Observation struct {
	// Kinds maps each manifest path to "absent", "null" or its typeof.
	Kinds map[string]string `json:"kinds"`
	// Chains maps "sub < base" to whether base.prototype is on the
	// prototype chain of sub.prototype.
	Chains map[string]bool `json:"chains"`
	// Enums maps each enum path that holds an object to its own enumerable
	// entries; values that are not strings are shown as "<kind text>".
	Enums map[string]map[string]string `json:"enums"`
	// DTSEnums maps the qualified name of each enum declared in the
	// manifest's .d.ts to its members and their string values.
	DTSEnums map[string]map[string]string `json:"dtsEnums"`
	// Public lists the runtime's public members, sorted: own enumerable
	// functions and objects of the roots, and own prototype and static
	// members of the classes, except names starting with "_".
	Public []string `json:"public"`
	// EventNames lists the string values of the plain objects on connect
	// and one level below, which include every event-bus name.
	EventNames []string `json:"eventNames"`
	// Instances maps each probed constructor to what an instance showed.
	Instances map[string]Instance `json:"instances"`
}

// Instance is what check.js saw on an instance: each attribute "present"
// or "absent", or the error that prevented construction (most handles
// need a live CCP).
type Instance struct {
	Attrs map[string]string `json:"attrs"`
	Error string            `json:"error,omitempty"`
}

// Probe runs js/check.js with node, the library and jsdom coming from
// nodeModules, and returns what it observed.
func Probe(node, nodeModules string, m *Manifest) (*Observation, error) {
	in, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	out, err := runScript(node, "check.js", in, nodeModules)
	if err != nil {
		return nil, err
	}
	var o Observation
	if err := json.Unmarshal(out, &o); err != nil {
		return nil, fmt.Errorf("check.js: decoding its output: %v", err)
	}
	return &o, nil
}

// runScript runs an embedded script with node, feeding stdin, and returns
// its standard output. The script's one argument is the node_modules
// directory, made absolute because require treats a relative name as a
// package.
func runScript(node, name string, stdin []byte, nodeModules string) ([]byte, error) {
	src, err := scripts.ReadFile("js/" + name)
	if err != nil {
		return nil, err
	}
	nodeModules, err = filepath.Abs(nodeModules)
	if err != nil {
		return nil, err
	}
	// "-" makes node read the program from stdin, which is taken by the
	// input, so the script is passed with -e; argv[1] is then the first
	// argument.
	cmd := exec.Command(node, "-e", string(src), "--", nodeModules)
	cmd.Stdin = bytes.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("node %s: %v\n%s", name, err, stderr.Bytes())
	}
	return stdout.Bytes(), nil
}
