// ESLint rule `learning-loop/no-type-cycles`: an import cycle is an error even when some of its
// imports are `import type` (import-x/no-cycle skips those, so a cycle of types went unnoticed).
// A type cycle costs nothing at run time, but it ties two rooms' models into one knot: the
// house rule is no cycles at all.
//
// Every relative import counts: `import`, `import type`, `export … from`, `import x = require()`,
// `import('…')` and `typeof import('…')`. Packages are never part of a cycle. A cycle made of
// value imports only is left to import-x/no-cycle, so it is reported once.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Suffixes tried, in order, to resolve a relative specifier to a TypeScript file. */
const CANDIDATES = ['', '.ts', '.d.ts', '/index.ts'];

/** A file's imports: per resolved target, whether any of its imports there carries a value. */
const cache = new Map();

/** The file a relative specifier names, or undefined (a package, or nothing there). */
function resolve(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  for (const suffix of CANDIDATES) {
    const candidate = base + suffix;
    if (candidate.endsWith('.ts') && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** True when an import declaration brings in types only (`import type`, or every name `type`). */
function typeOnlyImport(node) {
  const clause = node.importClause;
  if (!clause) return false; // `import './x'` runs the module
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

/** Every relative import of `text` as `{ specifier, value, start }`, found anywhere in the file. */
function importsOf(fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const add = (literal, value) => {
    if (literal && ts.isStringLiteralLike(literal)) found.push({ specifier: literal.text, value, start: literal.getStart(source) });
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, !typeOnlyImport(node));
    else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, !node.isTypeOnly);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node.moduleReference.expression, !node.isTypeOnly);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal, false);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0], true);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The resolved imports of a file on disk, re-read only when it changed (editors lint for long). */
function edgesOf(file) {
  let mtime;
  try {
    mtime = fs.statSync(file).mtimeMs;
  } catch {
    return new Map(); // deleted meanwhile: no edges
  }
  const hit = cache.get(file);
  if (hit && hit.mtime === mtime) return hit.edges;
  const edges = toEdges(file, importsOf(file, fs.readFileSync(file, 'utf8')));
  cache.set(file, { mtime, edges });
  return edges;
}

function toEdges(file, imports) {
  const edges = new Map();
  for (const { specifier, value } of imports) {
    const target = resolve(file, specifier);
    if (target) edges.set(target, (edges.get(target) ?? false) || value);
  }
  return edges;
}

/** A path of files from `start` to `goal` (both included), or undefined; `valueOnly` follows value imports only. */
function pathTo(start, goal, valueOnly) {
  const previous = new Map([[start, undefined]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i];
    if (file === goal) {
      const chain = [];
      for (let at = goal; at !== undefined; at = previous.get(at)) chain.unshift(at);
      return chain;
    }
    for (const [next, value] of edgesOf(file)) {
      if (valueOnly && !value) continue;
      if (!previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
    }
  }
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
const noTypeCycles = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles, counting type-only imports too' },
    schema: [],
    messages: { cycle: 'Import cycle (type imports count too): {{chain}}' },
  },
  create(context) {
    const file = path.resolve(context.filename);
    const root = context.cwd;
    return {
      'Program:exit'() {
        // The file as the editor has it, its neighbours as they are on disk.
        const imports = importsOf(file, context.sourceCode.text);
        const reported = new Set();
        for (const { specifier, value, start } of imports) {
          const target = resolve(file, specifier);
          if (!target || reported.has(target)) continue;
          const back = target === file ? [file] : pathTo(target, file, false);
          if (!back) continue;
          // Value imports all the way round: import-x/no-cycle says so already.
          if (value && target !== file && pathTo(target, file, true)) continue;
          reported.add(target);
          const chain = [file, ...back].map((f) => path.relative(root, f)).join(' → ');
          const at = context.sourceCode.getLocFromIndex(start);
          context.report({ loc: { start: at, end: at }, messageId: 'cycle', data: { chain } });
        }
      },
    };
  },
};

/** The house's own lint rules, as an ESLint plugin. */
export default { rules: { 'no-type-cycles': noTypeCycles } };
