// The ccptest CCP page: the CCP side of Amazon Connect Streams' postMessage
// protocol, run by a Go server (package ccptest).
//
// This page holds no state of its own. It relays:
//   up:   every message the Streams page (our parent) posts to us is sent,
//         in order and in batches, to POST /ccp/up?page=N;
//   down: every message of the server-sent event stream /ccp/down is posted
//         to the parent, after turning {"$date": ms} objects into Dates.
// The one thing it does itself is echo broadcasts back to the parent, as the
// real CCP re-emits them to every tab.
"use strict";

(() => {
  const parent = window.parent;
  const agentEl = document.getElementById("agent");
  const contactsEl = document.getElementById("contacts");

  if (parent === window) {
    agentEl.textContent = "This page is a CCP for connect.core.initCCP; open the page that embeds it instead.";
    return;
  }

  let page = ""; // this load's number, from the server's hello
  let sending = false;
  let closed = false;
  const pending = []; // JSON texts of messages not yet sent up

  function json(value) {
    try {
      const s = JSON.stringify(value);
      return s === undefined ? "null" : s;
    } catch (e) {
      return JSON.stringify({ unserializable: String(e) });
    }
  }

  function revive(key, value) {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      const keys = Object.keys(value);
      if (keys.length === 1 && keys[0] === "$date" && typeof value.$date === "number") {
        return new Date(value.$date);
      }
    }
    return value;
  }

  async function flush() {
    if (sending || closed || page === "" || pending.length === 0) {
      return;
    }
    sending = true;
    const body = "[" + pending.splice(0).join(",") + "]";
    try {
      const r = await fetch("/ccp/up?page=" + encodeURIComponent(page), {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body,
      });
      if (!r.ok) {
        agentEl.textContent = "server refused messages: HTTP " + r.status;
      }
    } catch (e) {
      agentEl.textContent = "server unreachable: " + e;
    }
    sending = false;
    flush();
  }

  window.addEventListener("message", (ev) => {
    if (ev.source !== parent) {
      return;
    }
    const msg = ev.data;
    if (msg === null || typeof msg !== "object" || typeof msg.event !== "string") {
      return;
    }
    if (msg.event === "broadcast" && msg.data && typeof msg.data.event === "string") {
      parent.postMessage({ event: msg.data.event, data: msg.data.data }, "*");
    }
    pending.push('{"event":' + JSON.stringify(msg.event) + ',"data":' + json(msg.data) + "}");
    flush();
  });

  function show(update) {
    const snap = update.snapshot;
    const cfg = update.configuration;
    let text = cfg.name + ": " + snap.state.name;
    if (snap.nextState) {
      text += " (next: " + snap.nextState.name + ")";
    }
    agentEl.textContent = text;
    contactsEl.replaceChildren(...snap.contacts.map((c) => {
      const li = document.createElement("li");
      li.textContent = c.type + " " + c.contactId + ": " + c.state.type;
      return li;
    }));
  }

  const down = new EventSource("/ccp/down");
  down.addEventListener("hello", (ev) => {
    page = ev.data;
    agentEl.textContent = "connected; waiting for the acknowledge…";
    flush();
  });
  down.addEventListener("close", () => {
    // A newer load of this page took over, or the server closed.
    closed = true;
    down.close();
    agentEl.textContent = "closed by the server";
  });
  down.onmessage = (ev) => {
    const msg = JSON.parse(ev.data, revive);
    parent.postMessage(msg, "*");
    if (msg.event === "agent::update") {
      show(msg.data);
    }
  };
})();
