"""Symbol table dump shared by the tests (see tools/astdump --symtable).

Format, one scope per block, children depth-first in source order:
    scope <type> <name> line <lineno>[ generator][ varargs][ varkw]
      <name> <SCOPE> [flags...]
where SCOPE is LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL and
flags are param, assigned, referenced, imported, annotated, nonlocal,
global (declared); symbols are sorted by name.
"""
import _symtable
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
    # CPython exposes no generator flag on symbol tables; the test helper
    # finds it on the compiled code object instead (see dump()).
    return table.get_id() in _GENERATORS


_GENERATORS = set()


def _collect_generators(code, table):
    import inspect
    if code.co_flags & inspect.CO_GENERATOR:
        _GENERATORS.add(table.get_id())
    # pair code objects with child tables by (name, first line)
    children = list(table.get_children())
    consts = [c for c in code.co_consts if hasattr(c, "co_code")]
    for child in children:
        for c in consts:
            if c.co_name == child.get_name() and c.co_firstlineno == child.get_lineno():
                _collect_generators(c, child)
                break


def dump(src, path, mode):
    _GENERATORS.clear()
    table = symtable.symtable(src, path, mode)
    code = compile(src, path, mode, dont_inherit=True)
    _collect_generators(code, table)
    lines = []
    _scope(table, lines, 0)
    return "\n".join(lines) + "\n"
