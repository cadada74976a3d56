// The JS side of the streamsgen runtime. It installs globalThis.__streamsgen_rt,
// which the Go side (package runtime) finds at init, checks the version of and
// attaches its single dispatcher to. The protocol is described in
// docs/architecture.md ("Runtime protocol").
//
// Every event and every call completion reaches Go as dispatch(id, ...): id is
// a number naming a Go-side entry (a subscription or a pending call). For
// pending calls the second argument is the outcome: 0 for success, 1 for
// failure. Closures made here hold only the id, so releasing an entry needs no
// js.Func.Release on the Go side.
//
// Plain ES2020, no eval, no dependencies: it runs in browsers, in Node and as a
// module in the loader bundle. One Go program per JS realm.
(() => {
  "use strict";

  // VERSION must equal runtime.Version on the Go side.
  const VERSION = "1";
  const OK = 0;
  const FAIL = 1;

  const existing = globalThis.__streamsgen_rt;
  if (existing !== undefined && existing !== null && existing.version === VERSION) {
    // Loaded twice (for example a bundle plus a test harness): keep the first
    // copy, which may already have a dispatcher attached.
    return;
  }

  let dispatch = null;
  // id -> record of live subscriptions and pending calls; a record is dead
  // (live === false) once it completed, was unsubscribed or was cancelled.
  const subs = new Map();
  const pending = new Map();

  function send(id, args) {
    if (dispatch === null) {
      throw new Error("streamsgen: the Go runtime is not attached");
    }
    return dispatch(id, ...args);
  }

  function method(target, name) {
    if (target === undefined || target === null) {
      throw new TypeError(`streamsgen: cannot call ${name} on ${target}`);
    }
    const fn = target[name];
    if (typeof fn !== "function") {
      throw new TypeError(`streamsgen: ${name} is not a function (it is ${typeof fn})`);
    }
    return fn;
  }

  // errText is the failure callback's err as Go's CallError.Err: strings
  // verbatim (Streams usually passes JSON text), "" for undefined and null,
  // JSON for other values, "Name: message" for Error objects JSON cannot show.
  function errText(err) {
    if (err === undefined || err === null) {
      return "";
    }
    if (typeof err === "string") {
      return err;
    }
    const json = jsonText(err);
    if ((json === "" || json === "{}") && typeof err === "object" && typeof err.message === "string") {
      return err.name ? `${err.name}: ${err.message}` : err.message;
    }
    return json === "" ? String(err) : json;
  }

  // jsonText is JSON.stringify(v), or "" when that is undefined or throws
  // (cycles, BigInt).
  function jsonText(v) {
    try {
      const s = JSON.stringify(v);
      return s === undefined ? "" : s;
    } catch (e) {
      return "";
    }
  }

  // errorInfo describes a thrown or rejected value as "name\0message\0stack",
  // one string so that Go reads it in one crossing.
  function errorInfo(e) {
    let name = "";
    let message = "";
    let stack = "";
    if (e !== null && (typeof e === "object" || typeof e === "function")) {
      try {
        name = typeof e.name === "string" ? e.name : "";
        message = typeof e.message === "string" ? e.message : errText(e);
        stack = typeof e.stack === "string" ? e.stack : "";
      } catch (x) {
        message = "(unreadable error)";
      }
    } else {
      message = e === undefined ? "undefined" : String(e);
    }
    return `${name}\0${message}\0${stack}`;
  }

  function settle(id, rec) {
    if (!rec.live) {
      return false;
    }
    rec.live = false;
    pending.delete(id);
    return true;
  }

  globalThis.__streamsgen_rt = {
    version: VERSION,

    // attach installs the Go dispatcher. Called once by the Go runtime's init.
    attach(fn) {
      if (typeof fn !== "function") {
        throw new TypeError("streamsgen: attach needs a function");
      }
      dispatch = fn;
    },

    // subscribe calls target[name](handler) with a handler that forwards its
    // arguments to Go as dispatch(id, ...arguments). The method's result
    // (normally {unsubscribe()}) is kept for unsubscribe.
    subscribe(target, name, id) {
      const fn = method(target, name);
      const rec = { live: true, sub: null };
      // Registered before the call: connect.agent(f) calls f synchronously.
      subs.set(id, rec);
      const handler = function (...args) {
        if (rec.live) {
          send(id, args);
        }
      };
      try {
        rec.sub = fn.call(target, handler);
      } catch (e) {
        rec.live = false;
        subs.delete(id);
        throw e;
      }
    },

    // unsubscribe stops forwarding for id and unsubscribes from the library.
    // Idempotent. Errors from the library are logged, not thrown: forwarding
    // has stopped either way.
    unsubscribe(id) {
      const rec = subs.get(id);
      if (rec === undefined) {
        return;
      }
      subs.delete(id);
      rec.live = false;
      const sub = rec.sub;
      rec.sub = null;
      if (sub !== null && sub !== undefined && typeof sub.unsubscribe === "function") {
        try {
          sub.unsubscribe();
        } catch (e) {
          console.error("streamsgen: unsubscribe failed:", e);
        }
      }
    },

    // callbacks calls target[name](...args) with a {success, failure} object
    // inserted at index (padding with undefined). The first of success or
    // failure to be called is sent to Go; later calls are ignored.
    callbacks(target, name, index, id, ...args) {
      const fn = method(target, name);
      const rec = { live: true };
      pending.set(id, rec);
      const cbs = {
        success(data) {
          if (settle(id, rec)) {
            send(id, [OK, data]);
          }
        },
        failure(err, data) {
          if (settle(id, rec)) {
            send(id, [FAIL, err, data, errText(err), jsonText(data)]);
          }
        },
      };
      while (args.length < index) {
        args.push(undefined);
      }
      args.splice(index, 0, cbs);
      try {
        return fn.apply(target, args);
      } catch (e) {
        settle(id, rec);
        throw e;
      }
    },

    // await sends the outcome of a promise (or any value: non-thenables
    // resolve to themselves) to Go.
    await(promise, id) {
      const rec = { live: true };
      pending.set(id, rec);
      Promise.resolve(promise).then(
        (value) => {
          if (settle(id, rec)) {
            send(id, [OK, value]);
          }
        },
        (err) => {
          if (settle(id, rec)) {
            send(id, [FAIL, err, errorInfo(err)]);
          }
        },
      );
    },

    // cancel forgets a pending call whose Go caller gave up (context done);
    // a late completion then never reaches Go.
    cancel(id) {
      const rec = pending.get(id);
      if (rec !== undefined) {
        settle(id, rec);
      }
    },

    errorInfo,

    // live reports the JS-side records still registered, for leak tests.
    live() {
      return subs.size + pending.size;
    },
  };
})();
