// Package ccptest runs a stand-in Amazon Connect Contact Control Panel
// (CCP) on a local port, in the spirit of net/http/httptest, so that the
// real, unmodified Amazon Connect Streams library (connect-streams.js) can
// be driven without an Amazon Connect instance: in tests, and while
// developing an agent desktop.
//
// A page calls connect.core.initCCP(container, {ccpUrl}) with the server's
// [Server.CCPURL]. Streams loads that URL in an iframe and talks to it with
// window.postMessage; the page ccptest serves there (embedded in this
// package) speaks the CCP side of that protocol, and the Go server decides
// every answer:
//
//   - it acknowledges the page's load (unless told to hold the acknowledge
//     back), and answers each keepalive (synchronize) with acknowledge;
//   - it pushes the agent as agent::update {snapshot, configuration}, with
//     JS Dates for timestamps, after the acknowledge and after every change;
//   - it answers each api_request with an api_response, by default doing
//     what Amazon Connect does (putAgentState changes the state or enqueues
//     a next state, acceptContact connects the contact, clearContact removes
//     it, ...), or as told with [Server.ReplyNext] and [Server.FailNext];
//   - it echoes each broadcast back, and answers master_request.
//
// The test controls the agent (configuration, state, next state) and its
// contacts (voice, chat, task, monitoring; contact and connection states,
// monitor status), and reads back, in order, every API request and
// broadcast Streams sent ([Server.Requests], [Server.Broadcasts]).
// [Server.Wait] waits for any condition on them.
//
//	srv := ccptest.NewServer()
//	defer srv.Close()
//	// ... a page runs connect.core.initCCP(div, {ccpUrl: srv.CCPURL()}) ...
//	srv.WaitReady(ctx)
//	srv.AddContact(ccptest.Voice("call-1", "+15555550100"))
//	req, _ := srv.WaitRequest(ctx, "acceptContact") // the app accepted
//	srv.EndContact("call-1")                        // the customer hangs up
//
// Sessions can also be written as data, as a [Scenario] in JSON, which
// the command `streamsgen ccp -scenario file.json` serves for development.
//
// # Protocol between the page and the server
//
// The page holds no state. It relays every message from Streams to the
// server, in order and in batches (POST /ccp/up?page=N, a JSON array of
// {event, data}), and posts to Streams every message of a server-sent event
// stream (GET /ccp/down), turning {"$date": milliseconds} into Dates. Each
// connection of that stream without a Last-Event-ID is a new load of the
// page (Streams reloads the iframe when it is not acknowledged in time) and
// supersedes the previous one. Broadcasts are echoed by the page itself.
//
// # Behaviour
//
// The agent's state in the snapshot follows its voice contacts as in Amazon
// Connect: PendingBusy while a call rings, Busy while one is connected,
// AfterCallWork after one ended, MissedCallAgent after a missed or rejected
// one, and otherwise the state the agent chose. putAgentState without
// enqueueNextState fails (InvalidStateException) while a contact is active;
// with it, the state becomes the next state when the agent has any contact
// and is applied when the last contact is cleared. API requests ccptest
// has no model for (sendDigits, transferContact, ...) succeed without
// effect. Requests using the newer MessagePort channel of Streams are not
// covered.
//
// Streams wants helper libraries for some channels: a task connection's
// media controller needs connect.TaskSession (amazon-connect-taskjs), so
// without it getting a task contact's connections throws in the page; chat
// connections are sent without chatMediaInfo so that no chat session is
// attempted.
package ccptest
