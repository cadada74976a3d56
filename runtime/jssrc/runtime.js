// The JS side of the streamsgen runtime. It installs globalThis.__streamsgen_rt,
// which the Go side (package runtime) finds at init, checks the version of and
// attaches its single dispatcher to. The protocol is described in
// docs/architecture.md ("Runtime protocol").
//
// Generated packages register their shapes once (setup): a JSON table of
// record layouts and operations, compiled here into functions that copy a JS
// value into bytes (pk) or build one from bytes (up). A call then costs one
// crossing: Go passes numbers and the few JS objects it holds, the arguments
// are read from Go's memory and the result is written back into it. Events
// are written into a queue; Go is woken through the exported function
// streamsgen_notify and run at once with go._resume(), the way a js.Func
// call runs it, but without creating any js.Value.
//
// Without bind(go) (a host other than the streamsgen loader), bytes go through
// this side's buffers and Go copies them, and events reach Go through the
// dispatcher as dispatch(0).
//
// Plain ES2020, no eval, no dependencies: it runs in browsers, in Node and as a
// module in the loader bundle. One Go program per JS realm.
(() => {
  "use strict";

  // VERSION must equal runtime.Version on the Go side.
  const VERSION = "2";
  const OK = 0;
  const FAIL = 1;
  // STAGE is the size of the fixed buffers Go copies replies and events from,
  // and of the buffers Go has them written into (runtime.stageSize).
  const STAGE = 4096;

  const existing = globalThis.__streamsgen_rt;
  if (existing != null && existing.version === VERSION) {
    // Loaded twice (for example a bundle plus a test harness): keep the first
    // copy, which may already have a dispatcher attached.
    return;
  }

  let dispatch = null;
  let go = null; // the wasm_exec.js Go instance, once bound
  let heap = null; // a view of Go's memory
  // id -> record of live subscriptions and pending calls; a record is dead
  // (live === false) once it completed, was unsubscribed or was cancelled.
  const subs = new Map();
  const pending = new Map();
  // token -> {r: JS values, k: how many Go took, b: bytes too big to stage}
  const held = new Map();
  const ops = [];
  const te = new TextEncoder();
  const td = new TextDecoder();

  // Out is a growable byte writer; values Go must receive as js.Value go to r.
  class Out {
    constructor() {
      this.base = new Uint8Array(STAGE);
      this.use(this.base);
      this.bd = this.d;
      this.clear();
    }
    clear() {
      if (this.u !== this.base) {
        this.u = this.base;
        this.d = this.bd;
      }
      this.p = 0;
      this.r = [];
    }
    use(u) {
      this.u = u;
      this.d = new DataView(u.buffer);
    }
    need(n) {
      if (this.p + n > this.u.length) {
        const u = new Uint8Array(2 * (this.p + n));
        u.set(this.u.subarray(0, this.p));
        this.use(u);
      }
    }
    b(x) {
      this.need(1);
      this.u[this.p++] = x;
    }
    i(x) {
      this.need(4);
      this.d.setInt32(this.p, x, true);
      this.p += 4;
    }
    n(x) {
      this.need(8);
      this.d.setFloat64(this.p, x, true);
      this.p += 8;
    }
    // s writes a length and UTF-8; ASCII is copied by hand, which is faster
    // than TextEncoder for the short strings Streams has.
    s(x) {
      const l = x.length;
      this.need(4 + 3 * l);
      const u = this.u;
      const s = this.p + 4;
      let p = s;
      let k = 0;
      let c;
      while (k < l && (c = x.charCodeAt(k)) < 128) {
        u[p++] = c;
        k++;
      }
      if (k < l) {
        p += te.encodeInto(x.slice(k), u.subarray(p)).written;
      }
      this.d.setInt32(s - 4, p - s, true);
      this.p = p;
    }
  }

  class In {
    constructor(u, r) {
      this.u = u;
      this.d = new DataView(u.buffer, u.byteOffset, u.byteLength);
      this.p = 0;
      this.r = r;
    }
    b() {
      return this.u[this.p++];
    }
    i() {
      this.p += 4;
      return this.d.getInt32(this.p - 4, true);
    }
    n() {
      this.p += 8;
      return this.d.getFloat64(this.p - 8, true);
    }
    s() {
      const e = this.i() + this.p;
      const u = this.u;
      let p = this.p;
      let x = "";
      while (p < e && u[p] < 128) {
        x += String.fromCharCode(u[p++]);
      }
      if (p < e) {
        x += td.decode(u.subarray(p, e));
      }
      this.p = e;
      return x;
    }
  }

  const S = new Out(); // replies of calls
  const Q = new Out(); // events and completions waiting for Go
  const A = new Uint8Array(STAGE); // arguments, when not bound

  const isObj = (v) => typeof v === "object" && v !== null;
  // The JS values val writes as tags 0 to 3.
  const CONST = [undefined, null, false, true];

  // val writes any JS value: the constants and numbers inline, anything else
  // as an index into r.
  function val(w, v) {
    if (typeof v === "number") {
      w.b(4);
      w.n(v);
    } else {
      const k = CONST.indexOf(v);
      w.b(k < 0 ? 5 : k);
      if (k < 0) {
        w.i(w.r.push(v) - 1);
      }
    }
  }

  // date writes a Date (from any realm, through getTime), a number of
  // milliseconds or a string for Go to parse; anything else is absent.
  function date(w, v) {
    let ms = v;
    if (isObj(v) && typeof v.getTime === "function") {
      try {
        ms = v.getTime();
      } catch (e) {
        return w.b(0);
      }
      ms = typeof ms === "number" ? ms : 0;
    }
    if (typeof ms === "number") {
      w.b(1);
      w.n(ms);
    } else if (typeof ms === "string") {
      w.b(2);
      w.s(ms);
    } else {
      w.b(0);
    }
  }

  // pk compiles a wire type into a writer of JS values, mirroring what the
  // Go runtime's String, Bool, Float64, Time, Slice, Record and Ptr accept:
  // values of the wrong type become zero values. P is the package, for
  // records ("#n").
  function pk(t, P) {
    const f = "?[{".includes(t[0]) && pk(t.slice(1), P);
    switch (t[0]) {
      case "s":
        return (w, v) => w.s(typeof v === "string" ? v : "");
      case "n":
        return (w, v) => w.n(typeof v === "number" ? v : 0);
      case "b":
        return (w, v) => w.b(v === true ? 1 : 0);
      case "d":
        return date;
      case "v":
        return val;
      case "?":
        return (w, v) => {
          w.b(v == null ? 0 : 1);
          if (v != null) f(w, v);
        };
      case "[":
        return (w, v) => {
          const n = isObj(v) ? v.length : undefined;
          const l = typeof n !== "number" ? -1 : n < 0 ? -1 : n < 2 ** 31 ? Math.trunc(n) : 0;
          w.i(l);
          for (let i = 0; i < l; i++) f(w, v[i]);
        };
      case "{":
        return (w, v) => {
          const k = isObj(v) ? Object.keys(v) : null;
          w.i(k ? k.length : -1);
          for (const x of k || []) {
            w.s(x);
            f(w, v[x]);
          }
        };
      case "#":
        return (w, v) => P.rec(0, +t.slice(1))(w, v);
      case "|":
        return (w, v) => P.rec(2, +t.slice(1))(w, v);
    }
    throw new TypeError(`streamsgen: bad wire type ${t}`);
  }

  // cls is the class of v that picks a union alternative (see the Go
  // generator's unionSpec): Arrays and Dates before other objects.
  function pick(alts, v) {
    const t = typeof v;
    const c = t === "function" ? "f" : isObj(v) ? "o" : t[0];
    let i = -1;
    if (c === "o") {
      i = alts.findIndex(([k]) => (k === "a" && Array.isArray(v)) || (k === "d" && typeof v.getTime === "function"));
    }
    return i >= 0 ? i : alts.findIndex(([k]) => k === c);
  }

  // up compiles a wire type into a reader of JS values. "*" is a variadic
  // tail, spread into the arguments.
  function up(t, P) {
    const f = "?[{*".includes(t[0]) && up(t.slice(1), P);
    switch (t[0]) {
      case "s":
        return (r) => r.s();
      case "n":
        return (r) => r.n();
      case "b":
        return (r) => r.b() === 1;
      case "d":
        return (r) => new Date(r.n());
      case "v":
        return (r) => {
          const k = r.b();
          return k === 4 ? r.n() : k === 5 ? r.r[r.i()] : CONST[k];
        };
      case "?":
        return (r) => (r.b() ? f(r) : undefined);
      case "[":
      case "*":
        return (r) => {
          const l = r.i();
          return l < 0 ? undefined : Array.from({ length: l }, () => f(r));
        };
      case "{":
        return (r) => {
          const l = r.i();
          if (l < 0) return undefined;
          const o = {};
          for (let i = 0; i < l; i++) {
            const k = r.s();
            o[k] = f(r);
          }
          return o;
        };
      case "#":
        return (r) => P.rec(1, +t.slice(1))(r);
      case "|":
        return (r) => P.rec(3, +t.slice(1))(r);
    }
    throw new TypeError(`streamsgen: bad wire type ${t}`);
  }

  // record compiles record n of a package, for output (dir 0: fields [name,
  // type, ...] read from an object) or input (dir 1: an object built from
  // bytes, absent members left out), or union n (dir 2: [class, type, ...]
  // from which the value's class picks; dir 3: the alternatives' types).
  function record(P, dir, n) {
    const d = P.spec[["o", "i", "uo", "ui"][dir]][n];
    if (dir === 2) {
      const alts = [];
      for (let i = 0; i < d.length; i += 2) alts.push([d[i], pk(d[i + 1], P)]);
      return (w, v) => {
        const i = v == null ? -1 : pick(alts, v);
        w.b(i + 1);
        if (i >= 0) alts[i][1](w, v);
      };
    }
    if (dir === 3) {
      const alts = d.map((t) => up(t, P));
      return (r) => {
        const i = r.b();
        return i ? alts[i - 1](r) : undefined;
      };
    }
    const f = [];
    for (let i = 0; i < d.length; i += 2) {
      f.push([d[i], (dir ? up : pk)(d[i + 1], P)]);
    }
    return dir
      ? (r) => {
          if (!r.b()) return undefined;
          const o = {};
          for (const [k, u] of f) {
            const x = u(r);
            if (x !== undefined) o[k] = x;
          }
          return o;
        }
      : (w, v) => {
          const ok = v != null && (isObj(v) || typeof v === "function");
          w.b(ok ? 1 : 0);
          if (ok) for (const [k, p] of f) p(w, v[k]);
        };
  }

  // op returns operation n, compiled on first use: [name, kind, result type,
  // argument types, callbacks index]; kind 0 call, 1 property read, 2
  // {success, failure} call, 3 promise, 4 subscription (the argument types are
  // then the handler's).
  function op(n) {
    const o = ops[n];
    if (!o.c) {
      const [name, kind, res, args, cb] = o.s;
      const f = args.map((t) => (kind === 4 ? pk : up)(t, o.P));
      o.c = {
        name,
        kind,
        cb,
        res: res ? pk(res, o.P) : null,
        args: f,
        star: args.length > 0 && args[args.length - 1][0] === "*",
        // put writes a handler's arguments a.
        put: (w, a) => {
          for (let i = 0; i < f.length; i++) f[i](w, a[i]);
        },
      };
    }
    return o.c;
  }

  // args reads the arguments of o from Go's memory at src (bound) or from the
  // Uint8Array src.
  function args(o, src, len, refs) {
    if (!len) return [];
    const r = new In(typeof src === "number" ? mem().subarray(src, src + len) : src, refs);
    const a = o.args.map((f) => f(r));
    if (o.star) a.push(...a.pop());
    return a;
  }

  function mem() {
    const b = go._inst.exports.mem.buffer;
    if (heap === null || heap.buffer !== b) heap = new Uint8Array(b);
    return heap;
  }

  // flush hands the bytes of w to Go: into Go's memory at dst (a buffer of
  // STAGE bytes) when bound, else left in w.base for Go to copy. What does
  // not fit, and the JS values, are held under tok. The result is refs *
  // 2^32 + length, or -1 - refs when the bytes are held too.
  function flush(w, tok, dst) {
    const n = w.p;
    const r = w.r.length;
    if (n > STAGE || r) {
      held.set(tok, { r: w.r, k: 0, b: n > STAGE ? w.u.slice(0, n) : null });
      w.r = [];
    }
    if (n > STAGE) {
      w.clear();
      return -1 - r;
    }
    if (dst && n) {
      mem().set(w.u.subarray(0, n), dst);
    }
    w.p = 0;
    return r * 2 ** 32 + n;
  }

  // put queues an entry for Go: id, length, then what f writes for a.
  function put(id, f, a) {
    Q.n(id);
    const s = Q.p;
    Q.i(0);
    f(Q, a);
    Q.d.setInt32(s, Q.p - s - 4, true);
  }

  // kick makes Go handle the queue now.
  function kick() {
    if (go !== null) {
      if (!go.exited) {
        go._inst.exports.streamsgen_notify();
        go._resume();
      }
    } else if (dispatch !== null) {
      dispatch(0);
    }
  }

  // outcome writes how a call ended: OK and the result, or FAIL and, for
  // callbacks, err as text, data as JSON and both values; for promises the
  // reason's errorInfo and the reason.
  const outcome = (o) => (w, x) => {
    w.b(x[0]);
    if (x[0] === OK) {
      if (o.res) o.res(w, x[1]);
    } else if (o.kind === 2) {
      w.s(errText(x[1]));
      w.s(jsonText(x[2]));
      val(w, x[1]);
      val(w, x[2]);
    } else {
      w.s(errorInfo(x[1]));
      val(w, x[1]);
    }
  };

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
    if (err == null) {
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

  // track registers a pending call and returns the function that ends it:
  // synchronously (the result is returned to the caller through done) or
  // later through the queue.
  function track(id, o) {
    const rec = { live: true, sync: true, done: null };
    pending.set(id, rec);
    rec.end = (x) => {
      if (settle(id, rec)) {
        if (rec.sync) {
          rec.done = x;
        } else {
          put(id, outcome(o), x);
          kick();
        }
      }
    };
    return rec;
  }

  // subscribe calls fn.call(target, h) with a handler h that forwards its
  // calls through f while the subscription id is live, and keeps the result
  // (normally {unsubscribe()}) for unsubscribe.
  function subscribe(target, fn, id, f) {
    const rec = { live: true, sub: null };
    // Registered before the call: connect.agent(f) calls f synchronously.
    subs.set(id, rec);
    const h = function (...a) {
      if (rec.live) f(a);
    };
    try {
      rec.sub = fn.call(target, h);
    } catch (e) {
      rec.live = false;
      subs.delete(id);
      throw e;
    }
  }

  globalThis.__streamsgen_rt = {
    version: VERSION,

    // attach installs the Go dispatcher. Called once by the Go runtime's init;
    // returns whether bind was called, so Go knows to pass memory addresses.
    attach(fn) {
      if (typeof fn !== "function") {
        throw new TypeError("streamsgen: attach needs a function");
      }
      dispatch = fn;
      return go !== null;
    },

    // bind gives the runtime the wasm_exec.js Go instance that will run the
    // program, before go.run: calls then pass bytes through Go's memory and
    // events wake Go without a js.Func call. The loader does this.
    bind(g) {
      if (g === null || typeof g !== "object" || typeof g._resume !== "function") {
        throw new TypeError("streamsgen: bind needs a wasm_exec.js Go instance");
      }
      go = g;
    },

    // stage returns the buffers Go copies replies and events from, and
    // arguments into, when not bound.
    stage() {
      return [S.base, Q.base, A];
    },

    // setup registers a generated package: JSON of {o: output records, i:
    // input records, m: operations}. Returns the number of its first
    // operation.
    setup(json) {
      const P = { spec: JSON.parse(json), recs: [new Map(), new Map(), new Map(), new Map()] };
      P.rec = (dir, n) => {
        const m = P.recs[dir];
        if (!m.has(n)) m.set(n, record(P, dir, n));
        return m.get(n);
      };
      const base = ops.length;
      for (const s of P.spec.m) ops.push({ P, s, c: null });
      return base;
    },

    // call calls or reads operation n on target with the arguments Go wrote
    // at src (len bytes, JS values in refs) and writes the result for Go
    // (see flush). Exceptions propagate to Go. id is unused (cbs has the
    // same signature).
    call(n, target, tok, dst, src, len, id, ...refs) {
      const o = op(n);
      let v;
      if (o.kind === 1) {
        if (target == null) method(target, o.name);
        v = target[o.name];
      } else {
        v = method(target, o.name).apply(target, args(o, src, len, refs));
      }
      if (!o.res) return 0;
      o.res(S, v);
      return flush(S, tok, dst);
    },

    // cbs calls operation n with a {success, failure} object inserted at its
    // callbacks index. If one of them is called before the method returns,
    // the outcome is returned as a reply (see flush); otherwise -2, and the
    // outcome reaches Go later as queue entry id. Only the first callback
    // counts.
    cbs(n, target, tok, dst, src, len, id, ...refs) {
      const o = op(n);
      const fn = method(target, o.name);
      const a = args(o, src, len, refs);
      const rec = track(id, o);
      while (a.length < o.cb) a.push(undefined);
      a.splice(o.cb, 0, {
        success: (d) => rec.end([OK, d]),
        failure: (e, d) => rec.end([FAIL, e, d]),
      });
      try {
        fn.apply(target, a);
      } catch (e) {
        settle(id, rec);
        throw e;
      } finally {
        rec.sync = false;
      }
      if (!rec.done) return -2;
      outcome(o)(S, rec.done);
      return flush(S, tok, dst);
    },

    // prom calls operation n, which returns a promise (or any value), and
    // sends its outcome to Go as queue entry id; returns -2 (pending). The
    // arguments are those of call.
    prom(n, target, tok, dst, src, len, id, ...refs) {
      const o = op(n);
      const p = method(target, o.name).apply(target, args(o, src, len, refs));
      const rec = track(id, o);
      rec.sync = false;
      Promise.resolve(p).then(
        (v) => rec.end([OK, v]),
        (e) => rec.end([FAIL, e]),
      );
      return -2;
    },

    // listen subscribes to operation n: every call of the handler is queued
    // as entry id with the handler's arguments, and Go runs at once.
    listen(n, target, id) {
      const o = op(n);
      subscribe(target, method(target, o.name), id, (a) => {
        put(id, o.put, a);
        kick();
      });
    },

    // drain hands the queue to Go (see flush).
    drain(tok, dst) {
      return flush(Q, tok, dst);
    },

    // take returns the held bytes of tok.
    take(tok) {
      const h = held.get(tok);
      const b = h.b;
      h.b = null;
      if (!h.r.length) held.delete(tok);
      return b;
    },

    // ref returns JS value i of tok; the entry goes once Go took them all.
    ref(tok, i) {
      const h = held.get(tok);
      if (++h.k === h.r.length && !h.b) held.delete(tok);
      return h.r[i];
    },

    // drop forgets tok, whose values Go did not all take.
    drop(tok) {
      held.delete(tok);
    },

    // subscribe calls target[name](handler) with a handler that forwards its
    // arguments to Go as dispatch(id, ...arguments). For runtime.Subscribe.
    subscribe(target, name, id) {
      subscribe(target, method(target, name), id, (a) => send(id, a));
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
      if (sub != null && typeof sub.unsubscribe === "function") {
        try {
          sub.unsubscribe();
        } catch (e) {
          console.error("streamsgen: unsubscribe failed:", e);
        }
      }
    },

    // callbacks calls target[name](...args) with a {success, failure} object
    // inserted at index (padding with undefined), and sends the first of them
    // called to Go as dispatch(id, OK, data) or dispatch(id, FAIL, err, data,
    // errText, dataJSON). For runtime.CallCallbacks.
    callbacks(target, name, index, id, ...args) {
      const fn = method(target, name);
      const rec = { live: true };
      pending.set(id, rec);
      const end = (x) => settle(id, rec) && send(id, x);
      while (args.length < index) {
        args.push(undefined);
      }
      args.splice(index, 0, {
        success: (data) => end([OK, data]),
        failure: (err, data) => end([FAIL, err, data, errText(err), jsonText(data)]),
      });
      try {
        return fn.apply(target, args);
      } catch (e) {
        settle(id, rec);
        throw e;
      }
    },

    // await sends the outcome of a promise (or any value: non-thenables
    // resolve to themselves) to Go. For runtime.Await.
    await(promise, id) {
      const rec = { live: true };
      pending.set(id, rec);
      Promise.resolve(promise).then(
        (value) => settle(id, rec) && send(id, [OK, value]),
        (err) => settle(id, rec) && send(id, [FAIL, err, errorInfo(err)]),
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
      return subs.size + pending.size + held.size;
    },
  };
})();
