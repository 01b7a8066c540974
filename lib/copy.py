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
    if isinstance(x, BaseException):
        # Exceptions are rebuilt by calling the class with their args.
        args = x.args
        if deep:
            args = deepcopy(args, memo)
        y = cls(*args)
    else:
        getnewargs = getattr(x, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
        elif base is frozenset:
            args = (list(x),)
        else:
            args = ()
        if deep and args:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
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


def _reduce_value(x):
    """The class's own __reduce_ex__/__reduce__ result, or None when the
    class does not define one (Weft's object has neither)."""
    cls = type(x)
    for name in ('__reduce_ex__', '__reduce__'):
        method = getattr(cls, name, None)
        if method is not None and method is not getattr(object, name, None):
            rv = getattr(x, name)(4) if name == '__reduce_ex__' \
                else getattr(x, name)()
            if isinstance(rv, str):
                return x
            return rv
    return None


def _from_reduce(x, rv, deep, memo):
    if not isinstance(rv, tuple):
        raise Error("__reduce__ must return a string or tuple")
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
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
    rv = _reduce_value(x)
    if rv is x:
        return x
    if rv is not None:
        return _from_reduce(x, rv, False, None)
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
        # (Weft's method type cannot be called to build a bound method yet;
        # binding through the function's __get__ gives the same result.)
        new_self = deepcopy(x.__self__, memo)
        y = x.__func__.__get__(new_self, type(new_self))
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        rv = None if copier is not None else _reduce_value(x)
        if copier is not None:
            y = copier(memo)
        elif rv is x:
            y = x
        elif rv is not None:
            y = _from_reduce(x, rv, True, memo)
        else:
            if cls.__module__ == 'builtins' and not hasattr(x, '__dict__') \
                    and _builtin_base(cls) is None:
                raise Error("un(deep)copyable object of type %s" % cls)
            y = _reconstruct(x, True, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y
