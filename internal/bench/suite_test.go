//go:build js && wasm

package bench

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strings"
	"syscall/js"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var (
	report = flag.Bool("report", false, "run every case at its full size and print RESULT lines (cmd/bench reads them)")
	only   = flag.String("only", "", "with -report, run only the cases whose name contains this")
	scale  = flag.Float64("scale", 1, "with -report, multiply every case's iterations by this")
	impl   = flag.String("impl", "", `with -report, run only the "gen" or the "hand" implementation (for profiles)`)
	timer  = flag.Bool("timer", false, "with -report, keep a Go timer pending, as an app with timeouts has")
)

// TestSameResults runs both implementations of every case on a few
// iterations and checks they compute the same thing.
func TestSameResults(t *testing.T) {
	for _, c := range Cases() {
		t.Run(c.Name, func(t *testing.T) {
			e := NewEnv(t)
			n := 5
			_, gen, err := c.Gen(e, n)
			if err != nil {
				t.Fatalf("generated: %v", err)
			}
			_, hand, err := c.Hand(e, n)
			if err != nil {
				t.Fatalf("hand-written: %v", err)
			}
			if cy, ok := gen.(Cycle); ok {
				// Heap figures differ by nature; the rest must hold.
				hc := hand.(Cycle)
				cy.HeapGrowth, hc.HeapGrowth = 0, 0
				gen, hand = cy, hc
				if !cy.Delivered || cy.LiveCallbacks != 0 || cy.BusSubscribers != 0 {
					t.Errorf("generated cycles left %+v", cy)
				}
			}
			if diff := cmp.Diff(hand, gen); diff != "" {
				t.Errorf("results differ (-hand-written +generated):\n%s", diff)
			}
			if gen == nil && c.Name != "trivial agent.mute()" {
				t.Errorf("no result to compare")
			}
		})
	}
}

// rounds is how many times each case is measured; the median is reported.
const rounds = 5

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// TestReport runs the suite at full size and prints one RESULT line of
// JSON per case. Each case is warmed up with a tenth of its iterations,
// then measured in alternating rounds, generated then hand-written.
func TestReport(t *testing.T) {
	if !*report {
		t.Skip("run with -report (cmd/bench does)")
	}
	// wasm_exec.js defines a stand-in process in browsers, without version.
	var host string
	if v := js.Global().Get("process").Get("version"); v.Type() == js.TypeString {
		host = "Node " + v.String()
	} else {
		host = js.Global().Get("navigator").Get("userAgent").String()
	}
	fmt.Printf("HOST %s, %s %s/%s, GOMAXPROCS %d\n", host, runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.GOMAXPROCS(0))
	if *timer {
		// While a Go timer is pending, every resumption of Go from an event
		// clears and sets the JS timeout that wakes Go for it (see
		// BENCHMARKS.md).
		defer time.AfterFunc(time.Hour, func() {}).Stop()
	}
	for _, c := range Cases() {
		if !strings.Contains(c.Name, *only) {
			continue
		}
		e := NewEnv(t)
		c.N = max(1, int(float64(c.N)**scale))
		switch *impl {
		case "gen":
			c.Hand = c.Gen
		case "hand":
			c.Gen = c.Hand
		}
		r := Result{Case: c.Name, N: c.N}
		cycles := c.N >= 100000
		if !cycles {
			for _, impl := range []Impl{c.Gen, c.Hand} {
				if _, _, err := impl(e, c.N/10); err != nil {
					t.Fatalf("%s: warm-up: %v", c.Name, err)
				}
			}
		}
		n := rounds
		if cycles {
			n = 1 // the cycles measure what is left afterwards
		}
		for range n {
			ns, g, err := c.Gen(e, c.N)
			if err != nil {
				t.Fatalf("%s: generated: %v", c.Name, err)
			}
			r.GenRounds = append(r.GenRounds, ns)
			if cy, ok := g.(Cycle); ok {
				r.GenCycle = &cy
			}
			ns, h, err := c.Hand(e, c.N)
			if err != nil {
				t.Fatalf("%s: hand-written: %v", c.Name, err)
			}
			r.HandRounds = append(r.HandRounds, ns)
			if cy, ok := h.(Cycle); ok {
				r.HandCycle = &cy
			}
		}
		r.Gen, r.Hand = median(r.GenRounds), median(r.HandRounds)
		r.Ratio = r.Gen / r.Hand
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(os.Stdout, "RESULT %s\n", b)
	}
}
