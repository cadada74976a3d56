// Lists the declarations of the official Streams typings (src/index.d.ts of
// amazon-connect-streams) inside `declare namespace connect`, parsed with the
// TypeScript compiler API.
//
// Usage: node typings.js NODE_MODULES > declarations.json
// (or node -e "$(cat typings.js)" -- NODE_MODULES, as the Go side runs it)
//
// Output: a JSON array of {kind, name}, name qualified from connect
// ("connect.core", "connect.Agent.getName"). Overloads and repeated
// declarations of one name in one scope are listed once. Kinds:
// namespaces, functions, variables, classes, class members, interfaces,
// interface members, enums, enum members, type aliases.
'use strict';

const path = require('path');
const fs = require('fs');

// Under node -e there is no script path in argv.
const nodeModules = process.argv[require.main ? 2 : 1];
const ts = require(path.join(nodeModules, 'typescript'));
const file = path.join(nodeModules, 'amazon-connect-streams', 'src', 'index.d.ts');
const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2020, true);

const seen = new Set();
const out = [];
function add(kind, name) {
  const key = kind + ' ' + name;
  if (seen.has(key)) return;
  seen.add(key);
  out.push({ kind, name });
}

function memberName(m) {
  if (!m.name) return null; // call and index signatures, constructors
  const isStatic = ts.canHaveModifiers(m) &&
    (ts.getModifiers(m) || []).some((x) => x.kind === ts.SyntaxKind.StaticKeyword);
  return (isStatic ? 'static ' : '') + m.name.getText(sf);
}

function visit(node, scope) {
  const q = (n) => scope.concat(n).join('.');
  if (ts.isModuleDeclaration(node)) {
    const inner = scope.concat(node.name.text);
    if (scope.length > 0) add('namespaces', inner.join('.'));
    if (node.body) visit(node.body, inner);
  } else if (ts.isModuleBlock(node)) {
    node.statements.forEach((s) => visit(s, scope));
  } else if (scope.length === 0) {
    // Outside namespace connect: not part of the API.
  } else if (ts.isFunctionDeclaration(node) && node.name) {
    add('functions', q(node.name.text));
  } else if (ts.isVariableStatement(node)) {
    for (const d of node.declarationList.declarations) add('variables', q(d.name.getText(sf)));
  } else if (ts.isClassDeclaration(node) && node.name) {
    add('classes', q(node.name.text));
    for (const m of node.members) {
      const n = memberName(m);
      if (n !== null) add('class members', q(node.name.text) + '.' + n);
    }
  } else if (ts.isInterfaceDeclaration(node)) {
    add('interfaces', q(node.name.text));
    for (const m of node.members) {
      const n = memberName(m);
      if (n !== null) add('interface members', q(node.name.text) + '.' + n);
    }
  } else if (ts.isEnumDeclaration(node)) {
    add('enums', q(node.name.text));
    for (const m of node.members) add('enum members', q(node.name.text) + '.' + m.name.getText(sf));
  } else if (ts.isTypeAliasDeclaration(node)) {
    add('type aliases', q(node.name.text));
  }
}

for (const s of sf.statements) {
  if (ts.isModuleDeclaration(s) && s.name.text === 'connect') visit(s, []);
}
process.stdout.write(JSON.stringify(out), () => process.exit(0));
