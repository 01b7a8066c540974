"""Abstract base classes, written for Weft.

ABCMeta records a class's abstract methods in __abstractmethods__ and
refuses to instantiate a class while that set is not empty.  It also lets
unrelated classes be registered as "virtual subclasses", and lets an ABC
decide membership through a __subclasshook__ classmethod.
"""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token',
           'update_abstractmethods']


def abstractmethod(funcobj):
    """Mark a method as abstract: a class with ABCMeta as metaclass cannot
    be instantiated until every abstract method is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod on top of abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        # (classmethod.__new__ has already stored callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod on top of abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        # (staticmethod.__new__ has already stored callable)


class abstractproperty(property):
    """Deprecated: use property on top of abstractmethod."""
    __isabstractmethod__ = True


_invalidation_counter = 0


def get_cache_token():
    """Return a token that changes whenever an ABC's register() is called."""
    return _invalidation_counter


def _is_abstract(value):
    return bool(getattr(value, '__isabstractmethod__', False))


def _c3_merge(sequences):
    result = []
    sequences = [list(s) for s in sequences if s]
    while sequences:
        for seq in sequences:
            head = seq[0]
            if not any(head in other[1:] for other in sequences):
                break
        else:
            # Inconsistent hierarchy: type.__new__ will report it.
            return None
        result.append(head)
        sequences = [[c for c in s if c is not head] for s in sequences]
        sequences = [s for s in sequences if s]
    return result


def _compute_abstracts(namespace, bases):
    abstracts = {name for name, value in namespace.items()
                 if _is_abstract(value)}
    mro = _c3_merge([b.__mro__ for b in bases] + [list(bases)]) or list(bases)
    missing = object()
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            if name in namespace:
                value = namespace[name]
            else:
                value = missing
                for klass in mro:
                    if name in klass.__dict__:
                        value = klass.__dict__[name]
                        break
            if value is not missing and _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        namespace = dict(namespace)
        namespace['__abstractmethods__'] = _compute_abstracts(namespace, bases)
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _invalidation_counter
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError(
                "Can't instantiate abstract class %s with abstract method%s %s"
                % (cls.__name__, 's' if len(names) > 1 else '',
                   ', '.join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register subclass as a virtual subclass of this ABC; returns it,
        so register can be used as a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        global _invalidation_counter
        _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version == _invalidation_counter
                    and subclass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            cls._abc_cache.add(subclass)
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        for name in ('_abc_registry', '_abc_cache', '_abc_negative_cache',
                     '_abc_negative_cache_version'):
            print(f"{name}: {getattr(cls, name)!r}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute an ABC's abstract methods after it was modified.

    Weft cannot rewrite a class's __abstractmethods__ once it exists, so
    this only works for classes that did not have one (it then returns
    cls unchanged); it is provided for compatibility.
    """
    return cls


class ABC(metaclass=ABCMeta):
    """Helper base class: 'class C(ABC)' makes C an abstract base class."""
    __slots__ = ()
