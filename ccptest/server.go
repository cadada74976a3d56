package ccptest

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

//go:embed page/ccp.html page/ccp.js
var pageFS embed.FS

// Server is a stand-in CCP listening on a local address. Its methods may
// be called from any goroutine.
type Server struct {
	// URL is the base URL of the server, http://ipaddr:port with no
	// trailing slash.
	URL string

	http     *http.Server
	listener net.Listener
	clock    func() time.Time
	logf     func(format string, args ...any)
	stop     context.CancelFunc // ends the scenario runner
	done     sync.WaitGroup     // the HTTP server and the scenario runner

	mu       sync.Mutex
	changed  chan struct{} // closed and replaced on every change
	closed   bool
	agent    Agent
	chosen   AgentState // the state the agent chose (agentAvailabilityState)
	chosenAt time.Time
	next     *AgentState // the enqueued next state
	nextAt   time.Time
	eff      AgentState // the state in the snapshot
	effAt    time.Time
	contacts []*contactEntry
	holdAck  bool
	replies  map[string][]Reply
	masters  map[string]int // topic -> page id
	pages    []*page
	messages []Message
	requests []Request
	bcasts   []Broadcast
	nextID   int // for contacts the server creates
}

// contactEntry is a contact with the times its states were entered.
type contactEntry struct {
	c      Contact
	at     time.Time            // contact state entered
	added  time.Time            // queueTimestamp
	connAt map[string]time.Time // by connection ID
	joinAt time.Time            // monitoringInfo.joinTimeStamp
}

// page is one load of the CCP page: its downlink queue.
type page struct {
	id    int
	acked bool
	out   [][]byte // every message sent to the page, in order
	wake  chan struct{}
	gone  bool // superseded by a newer load, or the server closed
}

func (p *page) poke() {
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

// Option configures a server.
type Option func(*config)

type config struct {
	agent    Agent
	contacts []Contact
	scenario *Scenario
	clock    func() time.Time
	holdAck  bool
	logf     func(format string, args ...any)
}

// WithAgent sets the agent's configuration (zero fields take the values of
// [DefaultAgent]).
func WithAgent(a Agent) Option { return func(c *config) { c.agent = a } }

// WithContacts makes the agent start with these contacts.
func WithContacts(contacts ...Contact) Option {
	return func(c *config) { c.contacts = append(c.contacts, contacts...) }
}

// WithScenario sets the agent and contacts from sc, and runs its steps.
func WithScenario(sc *Scenario) Option { return func(c *config) { c.scenario = sc } }

// WithClock sets the clock the server stamps states and snapshots with.
func WithClock(now func() time.Time) Option { return func(c *config) { c.clock = now } }

// HoldAcknowledge starts the server with the acknowledge held back; see
// [Server.HoldAcknowledge].
func HoldAcknowledge() Option { return func(c *config) { c.holdAck = true } }

// WithLog makes the server describe every message it receives and every
// change it pushes.
func WithLog(logf func(format string, args ...any)) Option { return func(c *config) { c.logf = logf } }

// NewServer starts a server on a free port of 127.0.0.1, like
// net/http/httptest.NewServer. It panics if it cannot listen. Close it
// when done.
func NewServer(opts ...Option) *Server {
	s, err := Listen("127.0.0.1:0", opts...)
	if err != nil {
		panic("ccptest: " + err.Error())
	}
	return s
}

// Listen starts a server on addr (host:port; port 0 picks a free one).
func Listen(addr string, opts ...Option) (*Server, error) {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	if sc := cfg.scenario; sc != nil {
		if err := sc.check(); err != nil {
			return nil, err
		}
		if sc.Agent != nil {
			cfg.agent = *sc.Agent
		}
		cfg.contacts = append(slices.Clone(sc.Contacts), cfg.contacts...)
		cfg.holdAck = cfg.holdAck || sc.HoldAcknowledge
	}
	if cfg.clock == nil {
		cfg.clock = time.Now
	}
	s := &Server{
		clock:   cfg.clock,
		logf:    cfg.logf,
		changed: make(chan struct{}),
		agent:   cfg.agent.withDefaults(),
		holdAck: cfg.holdAck,
		replies: map[string][]Reply{},
		masters: map[string]int{},
	}
	if s.logf == nil {
		s.logf = func(string, ...any) {}
	}
	now := s.clock()
	var ok bool
	if s.chosen, ok = s.agent.state(s.agent.InitialState); !ok {
		return nil, fmt.Errorf("ccptest: the agent's initial state %q is not one of its states", s.agent.InitialState)
	}
	s.chosenAt = now
	s.eff, s.effAt = s.chosen, now
	for _, c := range cfg.contacts {
		if err := s.addContactLocked(c); err != nil {
			return nil, err
		}
	}
	s.updateEffective()

	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	s.listener = ln
	s.URL = "http://" + ln.Addr().String()
	s.http = &http.Server{Handler: s.handler(), ReadHeaderTimeout: 10 * time.Second}
	ctx, cancel := context.WithCancel(context.Background())
	s.stop = cancel
	s.done.Add(1)
	go func() {
		defer s.done.Done()
		s.http.Serve(ln)
	}()
	if sc := cfg.scenario; sc != nil && len(sc.Steps) > 0 {
		s.done.Add(1)
		go func() {
			defer s.done.Done()
			s.run(ctx, sc)
		}()
	}
	return s, nil
}

// CCPURL returns the address to pass as ccpUrl to connect.core.initCCP.
func (s *Server) CCPURL() string { return s.URL + "/ccp/" }

// Close stops the scenario, ends the pages' connections and stops the
// server.
func (s *Server) Close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	for _, p := range s.pages {
		p.gone = true
		p.poke()
	}
	s.notify()
	s.mu.Unlock()
	s.stop()
	s.http.Close()
	s.done.Wait()
}

// notify wakes everyone waiting for a change. Called with s.mu held.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// Wait blocks until cond returns true or ctx is done. cond is called
// again after every change (a message received, a state changed), never
// with the server's lock held, so it may call the server's methods.
func (s *Server) Wait(ctx context.Context, cond func() bool) error {
	for {
		s.mu.Lock()
		ch := s.changed
		closed := s.closed
		s.mu.Unlock()
		if cond() {
			return nil
		}
		if closed {
			return errors.New("ccptest: server closed")
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// WaitReady waits until the current load of the CCP page has sent its
// acknowledge and the first agent snapshot.
func (s *Server) WaitReady(ctx context.Context) error {
	return s.Wait(ctx, s.Ready)
}

// Ready reports whether the current load of the CCP page has acknowledged
// Streams and sent it the agent.
func (s *Server) Ready() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.current()
	return p != nil && p.acked
}

// WaitRequest waits for the first API request of method and returns it.
func (s *Server) WaitRequest(ctx context.Context, method string) (Request, error) {
	var r Request
	err := s.Wait(ctx, func() bool {
		for _, q := range s.Requests() {
			if q.Method == method {
				r = q
				return true
			}
		}
		return false
	})
	return r, err
}

// Messages returns every message the CCP page received, in order, except
// keepalives.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.messages)
}

// Requests returns every API request received, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.requests)
}

// Broadcasts returns every broadcast received, in order.
func (s *Server) Broadcasts() []Broadcast {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.bcasts)
}

// PageLoads returns how many times the CCP page connected to the server:
// 1 after initCCP, more when Streams reloaded the iframe.
func (s *Server) PageLoads() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.pages)
}

// HoldAcknowledge holds back (true) or releases (false) the acknowledge
// messages: while held, the page answers neither its first load nor the
// keepalives, as a CCP that never loads, so Streams times out (ack_timeout,
// then iframe reloads and iframe_retries_exhausted). Releasing
// acknowledges the current page.
func (s *Server) HoldAcknowledge(hold bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.holdAck = hold
	if p := s.current(); !hold && p != nil && !p.acked {
		s.acknowledge(p)
	}
	s.notify()
}

// ReplyNext makes the server answer the next API request of method with r
// instead of its default behaviour. Replies queue up: each is used once,
// in order.
func (s *Server) ReplyNext(method string, r Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.replies[method] = append(s.replies[method], r)
}

// FailNext makes the next API request of method fail with err (see
// [APIError]) and data, leaving the agent and contacts unchanged.
func (s *Server) FailNext(method, err string, data any) {
	s.ReplyNext(method, Reply{Err: err, Data: data})
}

// current returns the newest page, or nil.
func (s *Server) current() *page {
	if len(s.pages) == 0 {
		return nil
	}
	return s.pages[len(s.pages)-1]
}

// send queues a message for page p.
func (s *Server) send(p *page, event string, data any) {
	if p == nil || p.gone {
		return
	}
	b, err := json.Marshal(struct {
		Event string `json:"event"`
		Data  any    `json:"data"`
	}{event, data})
	if err != nil {
		// Only user data can fail to encode; say so rather than drop it.
		s.logf("ccptest: cannot encode %s: %v", event, err)
		return
	}
	p.out = append(p.out, b)
	p.poke()
}

// acknowledge sends the acknowledge and the agent to page p.
func (s *Server) acknowledge(p *page) {
	s.send(p, "acknowledge", map[string]any{"id": "ccptest-" + strconv.Itoa(p.id)})
	p.acked = true
	s.send(p, "agent::update", s.update())
	s.logf("ccptest: page %d acknowledged", p.id)
}

// changedLocked recomputes the agent's state, pushes a snapshot to the
// current page and wakes the waiters.
func (s *Server) changedLocked() {
	s.updateEffective()
	if p := s.current(); p != nil && p.acked {
		s.send(p, "agent::update", s.update())
	}
	s.notify()
}

func (s *Server) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.serveIndex)
	mux.HandleFunc("GET /ccp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/ccp/", http.StatusMovedPermanently)
	})
	mux.HandleFunc("GET /ccp/{$}", s.serveFile("page/ccp.html", "text/html; charset=utf-8"))
	mux.HandleFunc("GET /ccp/ccp.js", s.serveFile("page/ccp.js", "text/javascript; charset=utf-8"))
	mux.HandleFunc("GET /ccp/down", s.serveDown)
	mux.HandleFunc("POST /ccp/up", s.serveUp)
	mux.HandleFunc("GET /state", s.serveState)
	return mux
}

func (s *Server) serveFile(name, contentType string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		b, err := pageFS.ReadFile(name)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", contentType)
		w.Header().Set("Cache-Control", "no-store")
		w.Write(b)
	}
}

func (s *Server) serveIndex(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintf(w, "ccptest: a stand-in Amazon Connect CCP\n\nccpUrl: %s\nstate:  %s/state\n", s.CCPURL(), s.URL)
}

func (s *Server) serveState(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(s.Snapshot())
}

// serveDown is the downlink: a server-sent event stream of the messages
// the page posts to Streams. A connection without Last-Event-ID is a new
// load of the page; EventSource's reconnections resume where they were.
func (s *Server) serveDown(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		http.Error(w, "closed", http.StatusServiceUnavailable)
		return
	}
	var p *page
	from := 0
	if id := r.Header.Get("Last-Event-ID"); id != "" {
		p, from = s.resume(id)
	}
	if p == nil {
		if cur := s.current(); cur != nil {
			cur.gone = true
			cur.poke()
		}
		p = &page{id: len(s.pages) + 1, wake: make(chan struct{}, 1)}
		s.pages = append(s.pages, p)
		s.logf("ccptest: page %d loaded", p.id)
		if !s.holdAck {
			s.acknowledge(p)
		}
		s.notify()
	}
	s.mu.Unlock()

	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	fmt.Fprintf(w, "event: hello\ndata: %d\n\n", p.id)
	flusher.Flush()
	for {
		s.mu.Lock()
		out := p.out[from:]
		gone := p.gone
		s.mu.Unlock()
		for i, m := range out {
			fmt.Fprintf(w, "id: %d-%d\ndata: %s\n\n", p.id, from+i, m)
		}
		from += len(out)
		if gone {
			fmt.Fprint(w, "event: close\ndata: \n\n")
			flusher.Flush()
			return
		}
		if len(out) > 0 {
			flusher.Flush()
		}
		select {
		case <-p.wake:
		case <-r.Context().Done():
			return
		}
	}
}

// resume finds the page and position named by a Last-Event-ID.
func (s *Server) resume(id string) (*page, int) {
	pid, seq, ok := strings.Cut(id, "-")
	n, err1 := strconv.Atoi(pid)
	k, err2 := strconv.Atoi(seq)
	if !ok || err1 != nil || err2 != nil || n < 1 || n > len(s.pages) {
		return nil, 0
	}
	p := s.pages[n-1]
	if p.gone || k+1 > len(p.out) {
		return nil, 0
	}
	return p, k + 1
}

// serveUp is the uplink: the page posts, in order, batches of the messages
// it received from Streams.
func (s *Server) serveUp(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.URL.Query().Get("page"))
	var batch []struct {
		Event string          `json:"event"`
		Data  json.RawMessage `json:"data"`
	}
	if err == nil {
		err = json.NewDecoder(http.MaxBytesReader(w, r.Body, 16<<20)).Decode(&batch)
	}
	if err != nil {
		http.Error(w, "bad message batch: "+err.Error(), http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	if n < 1 || n > len(s.pages) {
		s.mu.Unlock()
		http.Error(w, "unknown page", http.StatusBadRequest)
		return
	}
	p := s.pages[n-1]
	var later []func()
	for _, m := range batch {
		if f := s.receive(p, m.Event, m.Data); f != nil {
			later = append(later, f)
		}
	}
	s.notify()
	s.mu.Unlock()
	for _, f := range later {
		f()
	}
	w.WriteHeader(http.StatusNoContent)
}

// receive handles one message from Streams. It returns a function to run
// after the lock is released, for delayed replies.
func (s *Server) receive(p *page, event string, raw json.RawMessage) func() {
	if event != "synchronize" {
		s.messages = append(s.messages, Message{Page: p.id, Event: event, Data: raw})
	}
	switch event {
	case "synchronize":
		if !s.holdAck {
			s.send(p, "acknowledge", map[string]any{"id": "ccptest-" + strconv.Itoa(p.id)})
		}
	case "api_request":
		var req struct {
			RequestID string         `json:"requestId"`
			Method    string         `json:"method"`
			Params    map[string]any `json:"params"`
		}
		if err := json.Unmarshal(raw, &req); err != nil {
			s.logf("ccptest: bad api_request: %v", err)
			return nil
		}
		s.requests = append(s.requests, Request{Page: p.id, RequestID: req.RequestID, Method: req.Method, Params: req.Params})
		return s.apiRequest(p, req.RequestID, req.Method, req.Params)
	case "master_request":
		var req struct {
			RequestID string `json:"requestId"`
			Method    string `json:"method"`
			Params    struct {
				Topic                       string `json:"topic"`
				ShouldNotBecomeMasterIfNone bool   `json:"shouldNotBecomeMasterIfNone"`
			} `json:"params"`
		}
		if err := json.Unmarshal(raw, &req); err != nil {
			s.logf("ccptest: bad master_request: %v", err)
			return nil
		}
		s.masterRequest(p, req.RequestID, req.Method, req.Params.Topic, req.Params.ShouldNotBecomeMasterIfNone)
	case "broadcast":
		var b struct {
			Event string `json:"event"`
			Data  any    `json:"data"`
		}
		if err := json.Unmarshal(raw, &b); err == nil {
			s.bcasts = append(s.bcasts, Broadcast{Page: p.id, Event: b.Event, Data: b.Data})
			s.logf("ccptest: broadcast %s", b.Event)
		}
	default:
		s.logf("ccptest: received %s", event)
	}
	return nil
}

// masterRequest answers the master coordination of Streams tabs the way
// the CCP's shared worker does.
func (s *Server) masterRequest(p *page, requestID, method, topic string, noBecome bool) {
	var data map[string]any
	var errText any
	switch method {
	case "becomeMaster":
		prev, had := s.masters[topic]
		s.masters[topic] = p.id
		data = map[string]any{"masterId": p.id, "takeOver": had && prev != p.id, "topic": topic}
	case "checkMaster":
		m, had := s.masters[topic]
		if !had && !noBecome {
			s.masters[topic] = p.id
			m, had = p.id, true
		}
		var master any
		if had {
			master = m
		}
		data = map[string]any{"masterId": master, "isMaster": had && m == p.id, "topic": topic}
	default:
		errText = "unknown master method: " + method
	}
	s.send(p, "master_response", map[string]any{"event": "master_response", "requestId": requestID, "data": data, "err": errText})
}

// apiRequest answers an API request: with a queued Reply if there is one,
// else by the default behaviour. A delayed reply is returned as a function
// to run without the lock.
func (s *Server) apiRequest(p *page, requestID, method string, params map[string]any) func() {
	if q := s.replies[method]; len(q) > 0 {
		r := q[0]
		s.replies[method] = q[1:]
		s.logf("ccptest: api_request %s answered as told (err %q)", method, r.Err)
		if r.Never {
			return nil
		}
		respond := func() { s.respond(p, requestID, r.Data, r.Err) }
		if r.Delay <= 0 {
			respond()
			return nil
		}
		return func() {
			time.AfterFunc(r.Delay, func() {
				s.mu.Lock()
				defer s.mu.Unlock()
				respond()
				s.notify()
			})
		}
	}
	data, errText := s.behave(method, params)
	s.logf("ccptest: api_request %s %v -> err %q", method, params, errText)
	s.respond(p, requestID, data, errText)
	if errText == "" {
		s.changedLocked()
	}
	return nil
}

// respond sends an api_response.
func (s *Server) respond(p *page, requestID string, data any, errText string) {
	var e any
	if errText != "" {
		e = errText
	}
	s.send(p, "api_response", map[string]any{"event": "api_response", "requestId": requestID, "data": data, "err": e})
}
