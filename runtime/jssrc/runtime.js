// The JS side of the streamsgen runtime. It installs globalThis.__streamsgen_rt,
// which the Go side (package runtime) finds at init, checks the version of and
// attaches to. The protocol is described in docs/architecture.md ("Runtime
// protocol") and in the Go runtime's wire.go and invoke.go.
//
// The host binds the wasm_exec.js Go instance before running the program (the
// streamsgen loader and the Node test harness do), so that bytes pass through
// Go's memory. Generated packages register their shapes once (setup): JSON of
// record and union layouts and of operations. A call is one crossing: Go
// passes numbers and the JS objects it holds, and the arguments as JSON text
// in its memory; the result is written into Go's memory as bytes, by writers
// compiled from the layouts (pk). An event, or a late completion, is written
// into the ring, a buffer in Go's memory, and Go is run at once: the exported
// streamsgen_notify makes a goroutine runnable and go._resume() runs Go, as a
// js.Func call does, but without creating any js.Value.
//
// Plain ES2020, no eval, no dependencies: it runs in browsers, in Node and as a
// module in the loader bundle. One Go program per JS realm. Written as plain
// functions over module variables, which minify to less than classes do.
(() => {
  "use strict";

  // VERSION must equal runtime.Version on the Go side.
  const VERSION = "2";

  if (globalThis.__streamsgen_rt?.version === VERSION) {
    // Loaded twice (for example a bundle plus a test harness): keep the first
    // copy, which may already be bound and attached.
    return;
  }

  let go = null; // the wasm_exec.js Go instance
  let heap = null; // Go's memory
  let ex = null; // the instance's exports
  let dv = null; // a DataView of heap
  let ring = null; // [address, size, address of Go's count of bytes read]
  let end = 0; // bytes written into the ring
  let ringRefs = []; // the JS values of the ring's entries
  // id -> {live, sub} of subscriptions and pending calls; live is false once
  // unsubscribed, completed or cancelled.
  const recs = new Map();
  // token -> {b: bytes Go must take, r: JS values Go takes by index}
  const hold = new Map();
  const ops = [];
  const te = new TextEncoder();
  const td = new TextDecoder();
  const CONST = [undefined, null, false, true];
  const F = new Float64Array(1); // a float64 and its bytes
  const FB = new Uint8Array(F.buffer);

  // The writer (booleans it is given are stored as 0 and 1): bytes
  // u[base:p] for Go, room up to lim, written straight
  // into Go's memory until they outgrow the room given; and the JS values r
  // Go receives as js.Value. Writes never interleave: one is handed to Go
  // before the next starts.
  let u;
  let p;
  let base;
  let lim;
  let r = [];

  // start starts writing at address at of Go's memory, with room bytes.
  const start = (at, room) => {
    u = mem();
    base = p = at;
    lim = at + room;
  };
  const need = (n) => {
    if (p + n > lim) {
      // Out of room: go on in a buffer of this side's own.
      const v = new Uint8Array(2 * (p - base + n));
      v.set(u.subarray(base, p));
      u = v;
      p -= base;
      base = 0;
      lim = v.length;
    }
  };
  const byte = (x) => {
    need(1);
    u[p++] = x;
  };
  const int = (x) => {
    need(4);
    for (let k = 0; k < 32; k += 8) u[p++] = x >> k;
  };
  const num = (x) => {
    F[0] = x;
    need(8);
    u.set(FB, p);
    p += 8;
  };
  // str writes a length and UTF-8; ASCII is copied by hand, which is faster
  // than TextEncoder for short strings.
  const str = (x) => {
    need(4 + 3 * x.length);
    let k = 0;
    let c;
    const s = (p += 4);
    while ((c = x.charCodeAt(k)) < 128) (u[p++] = c), k++;
    if (k < x.length) p += te.encodeInto(x.slice(k), u.subarray(p)).written;
    const n = p - s;
    p = s - 4;
    int(n);
    p += n;
  };
  const isObj = (v) => typeof v === "object" && v !== null;

  // val writes any JS value: the constants and numbers inline, anything else
  // as an index into r.
  const val = (v) => {
    const k = typeof v === "number" ? 4 : CONST.indexOf(v);
    byte(k < 0 ? 5 : k);
    if (k === 4) num(v);
    if (k < 0) int(r.push(v) - 1);
  };

  // pk compiles a wire type (see the Go runtime's wire.go) into a writer of
  // JS values. Values of the wrong type become zero values, as Go's String,
  // Bool, Float64, Time, Slice, Record and Ptr make them. P is the package,
  // for records (#n).
  function pk(t, P) {
    const f = "?[{".includes(t[0]) && pk(t.slice(1), P);
    const n = +t.slice(1);
    return {
      s: (v) => str(typeof v === "string" ? v : ""),
      n: (v) => num(typeof v === "number" ? v : 0),
      b: (v) => byte(v === true),
      // A Date of any realm (through getTime) or milliseconds.
      d: (v) => {
        if (isObj(v) && v.getTime) v = +v.getTime();
        const k = typeof v === "number";
        byte(k);
        if (k) num(v);
      },
      v: val,
      "?": (v) => {
        byte(v != null);
        if (v != null) f(v);
      },
      "[": (v) => {
        const l = isObj(v) && typeof v.length === "number" ? v.length | 0 : -1;
        int(l);
        for (let i = 0; i < l; i++) f(v[i]);
      },
      "{": (v) => {
        const k = isObj(v) ? Object.keys(v) : [];
        int(isObj(v) ? k.length : -1);
        for (const x of k) {
          str(x);
          f(v[x]);
        }
      },
      // Record n: presence, then the members [name, type, ...] in order.
      "#": (v, m = P.c("o", n)) => {
        byte(isObj(v));
        for (let i = 0; isObj(v) && i < m.length; i += 2) m[i + 1](v[m[i]]);
      },
    }[t[0]];
  }

  // op returns operation n, compiled on first use from its spec entry [name,
  // kind, result type, handler argument types, callbacks index]; kind 0
  // call, 1 property read, 2 {success, failure} call, 3 promise, 4
  // subscription.
  function op(n) {
    const o = ops[n];
    if (!o.c) {
      const [name, kind, res, args, cb] = o.s;
      const f = args.map((t) => pk(t, o.P));
      const w = res && pk(res, o.P);
      o.c = {
        name,
        kind,
        cb,
        res: w,
        // put writes the arguments a of a handler call.
        put: (a) => f.forEach((g, i) => g(a[i])),
        // end writes how a call ended: 0 and the result, or 1 and the
        // failure callback's err and data or the promise's reason.
        end: (x) => {
          byte(x[0]);
          if (x[0]) x.slice(1).forEach(val);
          else if (w) w(x[1]);
        },
      };
    }
    return o.c;
  }

  function mem() {
    // Growing the memory detaches the old buffer, whose length then reads 0.
    if (!heap || !heap.byteLength) {
      heap = new Uint8Array((ex = go._inst.exports).mem.buffer);
      dv = new DataView(heap.buffer);
    }
    return heap;
  }

  // out writes v with f for Go at dst, a buffer of 4096 bytes in Go's
  // memory (runtime.replySize); what does not fit, and the JS values, are
  // held under dst. The result is refs * 2^32 + length, or -1 - refs when
  // the bytes are held too.
  function out(f, v, dst) {
    start(dst, 4096);
    if (r.length) r = [];
    f(v);
    const k = r.length;
    const big = u !== heap;
    if (big || k) hold.set(dst, { b: big && u.slice(0, p), r });
    return big ? -1 - k : k * 2 ** 32 + p - base;
  }

  // put writes an entry for subscription or pending call id with f into
  // the ring and runs Go, which reads it before returning.
  function put(id, f, a) {
    if (go.exited) return;
    mem();
    if (dv.getUint32(ring[2], true) === end) {
      // Go has read everything: start over.
      end = 0;
      ringRefs = [];
      dv.setUint32(ring[2], 0, true);
    }
    start(ring[0] + end, ring[1] - end);
    r = ringRefs;
    f(a);
    if (u !== heap || !ex.streamsgen_notify(id, end, p - base)) {
      // Go is behind, which it never is by a ring's worth.
      throw new Error("streamsgen: ring full");
    }
    end += p - base;
    go._resume();
  }

  function settle(id, rec) {
    const live = rec.live;
    rec.live = false;
    recs.delete(id);
    return live;
  }

  globalThis.__streamsgen_rt = {
    version: VERSION,

    // bind gives the runtime the wasm_exec.js Go instance that will run the
    // program, before go.run. The loader does this.
    bind(g) {
      go = g;
    },

    // attach is called by the Go runtime's init with the ring's address and
    // size and the address of Go's count of the bytes it read from it.
    // Returns whether bind was called.
    attach(...a) {
      ring = a;
      return go !== null;
    },

    // setup registers a generated package: JSON of {o: records, m:
    // operations}. Returns the number of its first operation.
    setup(json) {
      const P = { spec: JSON.parse(json) };
      // c returns record n of table t, compiled on first use.
      P.c = (t, n) => {
        const d = P.spec[t][n];
        return d.c || (d.c = d.map((x, i) => (i % 2 ? pk(x, P) : x)));
      };
      const base = ops.length;
      for (const s of P.spec.m) ops.push({ P, s });
      return base;
    },

    // call runs operation n on target with the arguments Go wrote as JSON
    // at src (len bytes; JS values in refs) and writes the result for Go at
    // dst (see out). A {success, failure} call or a promise call returns -2:
    // its outcome reaches Go as entry id, as does every call of a
    // subscription's handler. Exceptions propagate to Go.
    call(n, target, dst, src, len, id, ...refs) {
      const o = op(n);
      // A property read, or with no name the value itself.
      if (o.kind === 1) return out(o.res, o.name ? target[o.name] : target, dst);
      const a = len
        ? JSON.parse(td.decode(mem().subarray(src, src + len)), (k, v) => {
            const x = isObj(v) && v["\0"];
            return x ? { u: undefined, d: new Date(x[1]), r: refs[x[1]], n: +x[1] }[x[0]] : v;
          })
        : [];
      if (!o.kind) {
        const v = len ? target[o.name](...a) : target[o.name]();
        return o.res ? out(o.res, v, dst) : 0;
      }
      // Registered before the call: connect.agent(f) calls f at once.
      const rec = { live: true };
      const end = (x) => settle(id, rec) && put(id, o.end, x);
      if (o.kind === 2) {
        a.length = Math.max(a.length, o.cb);
        a.splice(o.cb, 0, { success: (d) => end([0, d]), failure: (e, d) => end([1, e, d]) });
      }
      if (o.kind === 4) a[0] = (...a) => rec.live && put(id, o.put, a);
      recs.set(id, rec);
      try {
        const v = target[o.name](...a);
        if (o.kind === 3) Promise.resolve(v).then((v) => end([0, v]), (e) => end([1, e]));
        rec.sub = v;
      } catch (e) {
        settle(id, rec);
        throw e;
      }
      return -2;
    },

    // end stops subscription or pending call id: a subscription is
    // unsubscribed from the library (forwarding has stopped even if that
    // throws); a late completion of a call whose Go caller gave up never
    // reaches Go. Idempotent.
    end(id) {
      const rec = recs.get(id) || {};
      settle(id, rec);
      rec.sub?.unsubscribe?.();
    },

    // held returns JS value i held under tok (0: the ring's); i = -1: the
    // held bytes; i = -2: forget the entry.
    held(tok, i) {
      if (!tok) return ringRefs[i];
      const h = hold.get(tok);
      if (i < -1) hold.delete(tok);
      return i < 0 ? h?.b : h.r[i];
    },

    // live reports the records still registered, for leak tests.
    live() {
      return recs.size + hold.size;
    },
  };
})();
