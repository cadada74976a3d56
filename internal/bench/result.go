package bench

// Result is one RESULT line of the report.
type Result struct {
	Case  string  `json:"case"`
	N     int     `json:"n"`
	Gen   float64 `json:"gen_ns"`
	Hand  float64 `json:"hand_ns"`
	Ratio float64 `json:"ratio"`
	// Rounds are the ns/op of every round, generated then hand-written.
	GenRounds  []float64 `json:"gen_rounds"`
	HandRounds []float64 `json:"hand_rounds"`
	// For subscribe/unsubscribe cycles.
	GenCycle  *Cycle `json:"gen_cycle,omitempty"`
	HandCycle *Cycle `json:"hand_cycle,omitempty"`
}

// Cycle is the outcome of subscribe/unsubscribe cycles.
type Cycle struct {
	// LiveCallbacks counts the Go callbacks still registered afterwards
	// (streams.LiveCallbacks; for the hand-written baseline the js.Funcs
	// not released, which is zero by construction).
	LiveCallbacks int
	// BusSubscribers is the change in the event bus's subscriptions.
	BusSubscribers int
	// HeapGrowth is the change in Go's live heap after garbage collection.
	HeapGrowth int64
	// Delivered reports whether a subscription made afterwards still
	// receives an event.
	Delivered bool
}
