"""Symbol table dump shared by the tests (see tools/astdump --symtable).

Format, one scope per block, children depth-first in source order:
    scope <type> <name> line <lineno>[ generator][ varargs][ varkw]
      <name> <SCOPE> [flags...]
where SCOPE is LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL and
flags are param, assigned, referenced, imported, annotated, nonlocal,
global (declared); symbols are sorted by name.
"""
import _symtable
import ast
import symtable

SCOPES = {
    _symtable.LOCAL: "LOCAL",
    _symtable.GLOBAL_EXPLICIT: "GLOBAL_EXPLICIT",
    _symtable.GLOBAL_IMPLICIT: "GLOBAL_IMPLICIT",
    _symtable.FREE: "FREE",
    _symtable.CELL: "CELL",
}


def _flags(sym):
    out = []
    if sym.is_parameter():
        out.append("param")
    if sym.is_assigned():
        out.append("assigned")
    if sym.is_referenced():
        out.append("referenced")
    if sym.is_imported():
        out.append("imported")
    if sym.is_annotated():
        out.append("annotated")
    if sym.is_nonlocal():
        out.append("nonlocal")
    if sym.is_declared_global():
        out.append("global")
    return out


def _scope(table, lines, depth):
    ind = "  " * depth
    head = "%sscope %s %s line %d" % (ind, table.get_type(), table.get_name(), table.get_lineno())
    if table.get_type() == "function":
        if table._table.type == _symtable.TYPE_FUNCTION and _is_generator(table):
            head += " generator"
    lines.append(head)
    for sym in sorted(table.get_symbols(), key=lambda s: s.get_name()):
        scope = SCOPES.get(sym._Symbol__scope, "?%d" % sym._Symbol__scope)
        lines.append("%s  %s %s%s" % (ind, sym.get_name(), scope,
                                      "".join(" " + f for f in _flags(sym))))
    for child in table.get_children():
        _scope(child, lines, depth + 1)


def _is_generator(table):
    # CPython exposes no generator flag on symbol tables; find it in the
    # AST: a def or lambda whose own body holds yield, or a genexpr.
    return (table.get_name(), table.get_lineno()) in _GENERATORS


_GENERATORS = set()


def _has_yield(node):
    todo = list(ast.iter_child_nodes(node))
    while todo:
        n = todo.pop()
        if isinstance(n, (ast.Yield, ast.YieldFrom)):
            return True
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        todo.extend(ast.iter_child_nodes(n))
    return False


def _collect_generators(tree):
    for n in ast.walk(tree):
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and _has_yield(n):
            _GENERATORS.add((n.name, n.lineno))
        elif isinstance(n, ast.Lambda) and _has_yield(n):
            _GENERATORS.add(("lambda", n.lineno))
        elif isinstance(n, ast.GeneratorExp):
            _GENERATORS.add(("genexpr", n.lineno))


def dump(src, path, mode):
    _GENERATORS.clear()
    table = symtable.symtable(src, path, mode)
    _collect_generators(ast.parse(src, path, mode))
    lines = []
    _scope(table, lines, 0)
    return "\n".join(lines) + "\n"
