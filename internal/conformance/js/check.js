// Looks up, in the real Streams library loaded under jsdom, everything a
// manifest asks about, and lists the library's public members.
//
// Usage: node check.js NODE_MODULES < manifest.json > observation.json
// (or node -e "$(cat check.js)" -- NODE_MODULES, as the Go side runs it)
//
// The manifest (built by the Go package conformance) holds:
//   paths:   JS paths whose kind is reported (absent, null, function, ...)
//   chains:  [sub, base] constructor pairs; reports whether base.prototype is
//            on the prototype chain of sub.prototype
//   enums:   paths of enum objects; reports their own enumerable entries
//   roots:   objects ("connect" and namespaces) whose own enumerable members
//            that are functions or objects are listed as public
//   classes: constructors whose prototype methods and static members are
//            listed as public
//   instances: [constructor, [attribute...]] pairs; the constructor is called
//            with one placeholder string per declared parameter and the
//            script reports which attributes the instance has ("in"), or
//            the error when it cannot be constructed outside a live CCP
//   dts:     generated .d.ts text; its enum declarations are reported
// Names starting with "_" are private by convention and never listed.
'use strict';

const fs = require('fs');
const path = require('path');

// Under node -e there is no script path in argv.
const nodeModules = process.argv[require.main ? 2 : 1];
const manifest = JSON.parse(fs.readFileSync(0, 'utf8'));

const { JSDOM } = require(path.join(nodeModules, 'jsdom'));
const streams = fs.readFileSync(
  path.join(nodeModules, 'amazon-connect-streams', 'release', 'connect-streams.js'), 'utf8');
const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
  runScripts: 'outside-only',
  url: 'https://localhost/',
});
const win = dom.window;
win.eval(streams);

const notFound = {};

// lookup walks a dotted path from the window; notFound when a step is missing.
function lookup(p) {
  let v = win;
  for (const seg of p.split('.')) {
    if (v === null || v === undefined || !(seg in Object(v))) return notFound;
    v = v[seg];
  }
  return v;
}

function kindOf(v) {
  if (v === notFound || v === undefined) return 'absent';
  if (v === null) return 'null';
  return typeof v;
}

const isObject = (v) => v !== null && (typeof v === 'object' || typeof v === 'function');
const isPublicName = (n) => !n.startsWith('_');

const out = { kinds: {}, chains: {}, enums: {}, dtsEnums: {}, public: [], eventNames: [], instances: {} };

for (const p of manifest.paths || []) out.kinds[p] = kindOf(lookup(p));

for (const [sub, base] of manifest.chains || []) {
  const s = lookup(sub);
  const b = lookup(base);
  out.chains[sub + ' < ' + base] =
    typeof s === 'function' && typeof b === 'function' && isObject(s.prototype) &&
    isObject(b.prototype) && b.prototype.isPrototypeOf(s.prototype);
}

function entries(o) {
  const m = {};
  for (const k of Object.keys(o)) {
    const v = o[k];
    m[k] = typeof v === 'string' ? v : '<' + kindOf(v) + ' ' + String(v) + '>';
  }
  return m;
}

for (const p of manifest.enums || []) {
  const v = lookup(p);
  if (isObject(v)) out.enums[p] = entries(v);
}

const pub = new Set();
for (const r of manifest.roots || []) {
  const o = lookup(r);
  if (!isObject(o)) continue;
  for (const k of Object.keys(o)) {
    if (isPublicName(k) && isObject(o[k])) pub.add(r + '.' + k);
  }
}
const functionOwn = new Set(['length', 'name', 'prototype', 'arguments', 'caller']);
for (const c of manifest.classes || []) {
  const f = lookup(c);
  if (typeof f !== 'function') continue;
  // Methods of class syntax are not enumerable, so list every own name.
  if (isObject(f.prototype)) {
    for (const k of Object.getOwnPropertyNames(f.prototype)) {
      if (k !== 'constructor' && isPublicName(k)) pub.add(c + '.prototype.' + k);
    }
  }
  for (const k of Object.getOwnPropertyNames(f)) {
    if (!functionOwn.has(k) && isPublicName(k)) pub.add(c + '.' + k);
  }
}
out.public = [...pub].sort();

// Event-bus names: string values of the plain objects on connect and one
// level below (connect.AgentEvents, connect.storageAccess.storageAccessEvents).
const names = new Set();
function collect(o, depth) {
  for (const k of Object.keys(o)) {
    let v;
    try { v = o[k]; } catch (e) { continue; }
    if (typeof v === 'string') names.add(v);
    else if (depth > 0 && v !== null && typeof v === 'object' && !Array.isArray(v)) collect(v, depth - 1);
  }
}
if (isObject(win.connect)) {
  for (const k of Object.keys(win.connect)) {
    const v = win.connect[k];
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) collect(v, 1);
  }
}
out.eventNames = [...names].sort();

// Last: constructing instances may change library state.
for (const [c, attrs] of manifest.instances || []) {
  const f = lookup(c);
  const r = { attrs: {} };
  try {
    if (typeof f !== 'function') throw new Error(c + ' is not a constructor');
    const o = new f(...Array.from({ length: f.length }, () => 'x'));
    for (const a of attrs) r.attrs[a] = a in o ? 'present' : 'absent';
  } catch (e) {
    r.error = String(e && e.message || e);
  }
  out.instances[c] = r;
}

if (manifest.dts) {
  const ts = require(path.join(nodeModules, 'typescript'));
  const sf = ts.createSourceFile('connect.d.ts', manifest.dts, ts.ScriptTarget.ES2020, false);
  const visit = (node, scope) => {
    if (ts.isModuleDeclaration(node)) {
      const inner = scope.concat(node.name.text);
      if (node.body) visit(node.body, inner);
      return;
    }
    if (ts.isModuleBlock(node) || ts.isSourceFile(node)) {
      node.statements.forEach((s) => visit(s, scope));
      return;
    }
    if (ts.isEnumDeclaration(node)) {
      const m = {};
      for (const mem of node.members) {
        const init = mem.initializer;
        m[mem.name.text !== undefined ? mem.name.text : mem.name.getText(sf)] =
          init && ts.isStringLiteral(init) ? init.text : '<' + (init ? init.getText(sf) : 'none') + '>';
      }
      out.dtsEnums[scope.concat(node.name.text).join('.')] = m;
    }
  };
  visit(sf, []);
}

// The library starts timers; end the process once the output is flushed.
process.stdout.write(JSON.stringify(out), () => process.exit(0));
