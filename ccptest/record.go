package ccptest

import (
	"encoding/json"
	"strconv"
	"time"
)

// Message is one message the CCP page received from the Streams page
// (its parent), in the form {event, data}. Keepalives (synchronize) are
// answered but not recorded.
type Message struct {
	// Page is the load of the CCP page that received the message: 1 for
	// the first, higher after Streams reloaded the iframe.
	Page  int
	Event string
	// Data is the message's data as JSON. Dates appear as ISO strings;
	// values JSON cannot represent are replaced by {"unserializable": why}.
	Data json.RawMessage
}

// Request is one API request (api_request) Streams sent to the CCP, such
// as putAgentState for agent.setState.
type Request struct {
	Page      int
	RequestID string
	Method    string
	// Params are the request's parameters decoded from JSON (numbers are
	// float64).
	Params map[string]any
}

// Broadcast is one broadcast Streams sent to the CCP, such as
// contact::accepted after contact.accept. The page echoes every broadcast
// back to Streams, as the real CCP does.
type Broadcast struct {
	Page  int
	Event string
	Data  any // decoded from JSON
}

// Reply is how the server answers an API request instead of its default
// behaviour; see [Server.ReplyNext]. The request then has no other effect.
type Reply struct {
	// Err, when not empty, makes the request fail: Streams calls the
	// failure callback with Err (by convention JSON text; see [APIError])
	// and Data.
	Err string
	// Data is the success data, or the failure data with Err.
	Data any
	// Never leaves the request unanswered, so its callbacks never run.
	Never bool
	// Delay postpones the answer.
	Delay time.Duration
}

// APIError returns the err text of a failed API request as the real CCP
// sends it: the JSON of {type, message, stack, retryStatus, statusCode}.
func APIError(typ, message string, statusCode int) string {
	b, err := json.Marshal(struct {
		Type        string   `json:"type"`
		Message     string   `json:"message"`
		Stack       []string `json:"stack"`
		RetryStatus string   `json:"retryStatus"`
		StatusCode  int      `json:"statusCode,omitempty"`
	}{typ, message, []string{typ + ": " + message}, "none", statusCode})
	if err != nil {
		panic(err) // cannot happen: strings and an int
	}
	return string(b)
}

// jsDate is a time sent to the page as {"$date": milliseconds}, which the
// page turns into a JS Date before posting the message to Streams.
type jsDate time.Time

func (d jsDate) MarshalJSON() ([]byte, error) {
	return []byte(`{"$date":` + strconv.FormatInt(time.Time(d).UnixMilli(), 10) + `}`), nil
}
