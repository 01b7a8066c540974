"""Shallow and deep copy operations, written for Weft.

copy(x) returns a shallow copy of x and deepcopy(x) a deep copy.  Classes
customise copying by defining __copy__() and __deepcopy__(memo); otherwise
instances are rebuilt by calling cls.__new__(cls) and copying their state
(__getstate__/__setstate__ when defined, else __dict__ and __slots__).
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

def _function():
    pass


class _Method:
    def method(self):
        pass


_FunctionType = type(_function)
_MethodType = type(_Method().method)
_ATOMIC = (type(None), type(Ellipsis), type(NotImplemented), int, float,
           bool, complex, str, bytes, range, type, _FunctionType,
           type(len), type([].append), property, type(_function.__code__))
del _function, _Method

_MISSING = object()


def _is_atomic(x):
    cls = type(x)
    if cls in _ATOMIC:
        return True
    return cls.__name__ in ('weakref', 'module') and cls.__module__ == 'builtins'


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _get_state(x):
    """Return (dict state, slot state) of an instance, either may be None."""
    getstate = getattr(type(x), '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        return x.__getstate__(), _MISSING
    d = getattr(x, '__dict__', None)
    if d is not None and not isinstance(d, dict):
        d = None
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    return (d if d else None), (slots if slots else None)


def _set_state(y, state, slotstate, deep, memo):
    if slotstate is _MISSING:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
            return
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        else:
            slotstate = None
    if state:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            y.__dict__.update(state)
    if slotstate:
        if deep:
            slotstate = deepcopy(slotstate, memo)
        for name, value in slotstate.items():
            setattr(y, name, value)


def _builtin_base(cls):
    for klass in cls.__mro__:
        if klass in (list, dict, set, frozenset, tuple, bytearray):
            return klass
    return None


def _reconstruct(x, deep, memo):
    cls = type(x)
    base = _builtin_base(cls)
    if base is tuple or base is frozenset:
        if deep:
            items = [deepcopy(item, memo) for item in x]
        else:
            items = list(x)
        y = cls.__new__(cls, items)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state, slotstate = _get_state(x)
    if state is not None or slotstate is not None:
        _set_state(y, state, slotstate, deep, memo)
    if base is list or base is bytearray:
        if deep:
            y.extend(deepcopy(item, memo) for item in x)
        else:
            y.extend(x)
    elif base is dict:
        for k, v in x.items():
            if deep:
                y[deepcopy(k, memo)] = deepcopy(v, memo)
            else:
                y[k] = v
    elif base is set:
        if deep:
            y.update(deepcopy(item, memo) for item in x)
        else:
            y.update(x)
    return y


def copy(x):
    """Return a shallow copy of x."""
    cls = type(x)
    if _is_atomic(x) or cls in (tuple, frozenset):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if cls is slice:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return x.__copy__()
    if issubclass(cls, type):
        return x
    if cls.__module__ == 'builtins' and not hasattr(x, '__dict__') \
            and _builtin_base(cls) is None:
        raise Error("un(shallow)copyable object of type %s" % cls)
    return _reconstruct(x, False, None)


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x.

    memo maps id(original) to its copy; it lets shared and recursive
    structures be copied with the same shape.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x) or cls is slice:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A recursive tuple may have been copied while copying its items.
        try:
            return memo[d]
        except KeyError:
            pass
        for old, new in zip(x, items):
            if old is not new:
                y = tuple(items)
                break
        else:
            y = x
    elif cls in (set, frozenset):
        items = [deepcopy(item, memo) for item in x]
        y = cls(items)
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is _MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            if cls.__module__ == 'builtins' and not hasattr(x, '__dict__') \
                    and _builtin_base(cls) is None:
                raise Error("un(deep)copyable object of type %s" % cls)
            y = _reconstruct(x, True, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y
