"""Data classes: generate __init__, __repr__, __eq__ and friends from a
class's annotated fields.  Written for Weft."""

import copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


_KEYWORDS = frozenset(
    'False None True and as assert async await break class continue def del '
    'elif else except finally for from global if import in is lambda '
    'nonlocal not or pass raise return try while with yield'.split())


class FrozenInstanceError(AttributeError):
    """Raised when assigning to or deleting a field of a frozen dataclass."""


class _MISSING_TYPE:
    """Type of MISSING, the marker for "no default given"."""


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    """Type of KW_ONLY: annotating a pseudo-field with it makes the
    following fields keyword-only."""


KW_ONLY = _KW_ONLY_TYPE()


class _FactoryMarker:
    __slots__ = ()

    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _FactoryMarker()

_FIELD = 'FIELD'
_FIELD_CLASSVAR = 'FIELD_CLASSVAR'
_FIELD_INITVAR = 'FIELD_INITVAR'

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """Annotation for init-only pseudo-fields: passed to __init__ and
    __post_init__ but not stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = getattr(self.type, '__name__', None)
        return 'dataclasses.InitVar[%s]' % (name if isinstance(self.type, type)
                                            else repr(self.type))

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """Description of one dataclass field (see field())."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr',
                 'hash', 'init', 'compare', 'metadata', 'kw_only',
                 '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},repr={self.repr!r},eq={self.eq!r},'
                f'order={self.order!r},unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a field with more detail than a plain default value."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _string_refers_to(annotation, cls, module_name, name, obj=None):
    """True when the string annotation reads name[...] or
    module_name.name[...] and that name is visible in cls's module."""
    import sys
    module = sys.modules.get(cls.__module__)
    ns = vars(module) if module is not None else {}
    head = annotation.split('[', 1)[0].strip()
    if head == name:
        value = ns.get(name)
        if obj is not None:
            return value is obj
        return value is not None and getattr(value, '_name', name) == name
    if head == module_name + '.' + name:
        mod = ns.get(module_name)
        return mod is not None and getattr(mod, '__name__', '') == module_name
    return False


def _is_classvar(annotation, cls=None):
    if isinstance(annotation, str):
        return cls is not None and _string_refers_to(annotation, cls,
                                                     'typing', 'ClassVar')
    name = getattr(annotation, '_name', None) or getattr(
        annotation, '__name__', None)
    origin = getattr(annotation, '__origin__', annotation)
    return name == 'ClassVar' or getattr(origin, '_name', None) == 'ClassVar'


def _is_initvar(annotation, cls=None):
    if annotation is InitVar or isinstance(annotation, InitVar):
        return True
    if isinstance(annotation, str):
        return cls is not None and _string_refers_to(
            annotation, cls, 'dataclasses', 'InitVar', InitVar)
    return False


def _is_kw_only_marker(annotation):
    if annotation is KW_ONLY:
        return True
    return isinstance(annotation, str) and annotation in (
        'KW_ONLY', 'dataclasses.KW_ONLY')


def _get_field(cls, name, annotation, kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation, cls):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation, cls):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies '
                            f'kw_only')
    if (f._field_type is _FIELD and f.default is not MISSING
            and type(f.default).__hash__ is None):
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _make_function(name, args, body, cls, namespace):
    text = 'def %s(%s):\n%s' % (name, ', '.join(args),
                                '\n'.join('    ' + line for line in body
                                          or ['pass']))
    local = {}
    exec(text, namespace, local)
    func = local[name]
    func.__qualname__ = f'{cls.__qualname__}.{name}'
    return func


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _field_init_lines(f, frozen, namespace, self_name):
    default_name = f'__dataclass_dflt_{f.name}__'
    if f.default_factory is not MISSING:
        namespace[default_name] = f.default_factory
        if f.init:
            value = (f'{default_name}() if {f.name} is _HAS_DEFAULT_FACTORY '
                     f'else {f.name}')
        else:
            value = f'{default_name}()'
    elif f.init:
        if f.default is not MISSING:
            namespace[default_name] = f.default
        value = f.name
    else:
        return []
    if f._field_type is _FIELD_INITVAR:
        return []
    if frozen:
        return [f'__dataclass_builtins_object__.__setattr__({self_name}, '
                f'{f.name!r}, {value})']
    return [f'{self_name}.{f.name} = {value}']


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        return f.name
    if f.default is not MISSING:
        return f'{f.name}=__dataclass_dflt_{f.name}__'
    return f'{f.name}=_HAS_DEFAULT_FACTORY'


def _make_init(cls, fields, std_fields, kw_only_fields, frozen, has_post_init,
               globals_):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} '
                                f'follows default argument')
    namespace = dict(globals_)
    namespace.update({'MISSING': MISSING,
                      '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
                      '__dataclass_builtins_object__': object})
    self_name = '__dataclass_self__' if 'self' in fields else 'self'
    body = []
    for f in fields.values():
        if f._field_type is not _FIELD_CLASSVAR:
            body.extend(_field_init_lines(f, frozen, namespace, self_name))
    if has_post_init:
        params = ', '.join(f.name for f in fields.values()
                           if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({params})')
    args = [self_name] + [_init_param(f) for f in std_fields]
    if kw_only_fields:
        args += ['*'] + [_init_param(f) for f in kw_only_fields]
    return _make_function('__init__', args, body, cls, namespace)


_repr_running = set()


def _make_repr(cls, fields):
    names = [f.name for f in fields if f.repr]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = ', '.join(f'{name}={getattr(self, name)!r}'
                              for name in names)
        finally:
            _repr_running.discard(key)
        return f'{self.__class__.__qualname__}({parts})'
    __repr__.__qualname__ = f'{cls.__qualname__}.__repr__'
    return __repr__


def _tuple_getter(names):
    def values(self):
        return tuple(getattr(self, name) for name in names)
    return values


def _make_compare(cls, name, op, fields):
    values = _tuple_getter([f.name for f in fields if f.compare])

    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(values(self), values(other))
        return NotImplemented
    compare.__name__ = name
    compare.__qualname__ = f'{cls.__qualname__}.{name}'
    return compare


def _make_hash(cls, fields):
    values = _tuple_getter([f.name for f in fields
                            if (f.compare if f.hash is None else f.hash)])

    def __hash__(self):
        return hash(values(self))
    __hash__.__qualname__ = f'{cls.__qualname__}.__hash__'
    return __hash__


def _make_frozen(cls, fields):
    names = tuple(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _eq(a, b):
    return a == b


def _lt(a, b):
    return a < b


def _le(a, b):
    return a <= b


def _gt(a, b):
    return a > b


def _ge(a, b):
    return a >= b


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen))
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    own_fields = []
    kw_only_now = kw_only
    seen_kw_marker = False
    for name, annotation in annotations.items():
        if _is_kw_only_marker(annotation):
            if seen_kw_marker:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has '
                                f'already been specified')
            seen_kw_marker = True
            kw_only_now = True
            continue
        own_fields.append(_get_field(cls, name, annotation, kw_only_now))
    for f in own_fields:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, fields)
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init = [f for f in fields.values()
                if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init = [f for f in all_init if f.init and not f.kw_only]
    kw_init = [f for f in all_init if f.init and f.kw_only]
    real_fields = [f for f in fields.values() if f._field_type is _FIELD]

    if init:
        module = __import__('sys').modules.get(cls.__module__)
        globals_ = vars(module) if module is not None else {}
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _make_init(cls, fields, std_init, kw_init,
                                      frozen, has_post_init, globals_))
    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(cls, real_fields))
    if eq:
        _set_new_attribute(cls, '__eq__',
                           _make_compare(cls, '__eq__', _eq, real_fields))
    if order:
        for name, op in (('__lt__', _lt), ('__le__', _le), ('__gt__', _gt),
                         ('__ge__', _ge)):
            if _set_new_attribute(cls, name,
                                  _make_compare(cls, name, op, real_fields)):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using '
                                f'functools.total_ordering')
    if frozen:
        setter, deleter = _make_frozen(cls, real_fields)
        for name, func in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, name, func):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}')

    # The __hash__ rules: an explicit __hash__ is kept unless unsafe_hash.
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class '
                            f'{cls.__name__}')
        cls.__hash__ = _make_hash(cls, real_fields)
    elif not has_explicit_hash:
        if eq and frozen:
            cls.__hash__ = _make_hash(cls, real_fields)
        elif eq:
            cls.__hash__ = None

    if not getattr(cls, '__doc__', None):
        try:
            cls.__doc__ = cls.__name__ + _signature_text(std_init, kw_init)
        except (AttributeError, TypeError):
            pass    # Weft: a class's __doc__ is not writable yet
    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in std_init))
    if slots:
        cls = _add_slots(cls, frozen)
    return cls


def _signature_text(std_init, kw_init):
    def param(f):
        text = f'{f.name}: {_type_name(f.type)}'
        if f.default is not MISSING:
            text += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        return text
    params = [param(f) for f in std_init]
    if kw_init:
        params += ['*'] + [param(f) for f in kw_init]
    return '(' + ', '.join(params) + ')'


def _type_name(tp):
    if isinstance(tp, type):
        if tp.__module__ == 'builtins':
            return tp.__qualname__
        return f'{tp.__module__}.{tp.__qualname__}'
    return repr(tp)


def _add_slots(cls, frozen):
    ns = dict(cls.__dict__)
    names = tuple(f.name for f in getattr(cls, _FIELDS).values()
                  if f._field_type is _FIELD)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(base.__dict__.get('__slots__', ()))
    ns['__slots__'] = tuple(n for n in names if n not in inherited)
    for name in names:
        ns.pop(name, None)
    ns.pop('__dict__', None)
    ns.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, ns)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if frozen:
        setter, deleter = _make_frozen(new_cls, getattr(new_cls, _FIELDS).values())
        new_cls.__setattr__ = setter
        new_cls.__delattr__ = deleter
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False):
    """Class decorator adding __init__, __repr__, __eq__ (and optionally
    ordering, __hash__ and immutability) built from the annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return the Field objects of a dataclass (class or instance), in
    definition order, without ClassVar and InitVar pseudo-fields."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or '
                        'instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dict, recursing
    into dataclasses, lists, tuples and dicts (other values are deep
    copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name),
                                                    dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple, recursing
    like asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name),
                                             tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory),
                          _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """Return a new instance of obj's dataclass with the given fields
    replaced."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 f'init=False, it cannot be specified with '
                                 f'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified "
                                 f"with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False):
    """Create a new dataclass named cls_name; fields is an iterable of
    name, (name, type) or (name, type, Field)."""
    ns = dict(namespace or {})
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            ns[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: '
                            f'{name!r}')
        if name in _KEYWORDS:
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots)
