# ---- part 1
class Base:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
class Child(Base):
    @Base.x.setter
    def x(self, v): self._x = v * 10
c = Child(); c.x = 2; print(c.x)
class Ro(Base):
    x = property(Base.x.fget)
r = Ro()
try: r.x = 1
except AttributeError as e: print(e)
# ---- part 2
try:
    class S:
        __slots__ = ("a",)
        a = 5
except ValueError as e: print(e)
class P:
    __slots__ = ("a", "__dict__")
p = P(); p.a = 1; p.b = 2; print(p.a, p.b, p.__dict__)
class Q(P): pass
q = Q(); q.z = 1; print(q.z)
class R:
    __slots__ = ()
try: R().x = 1
except AttributeError as e: print(e)
class T:
    __slots__ = "one"
t = T(); t.one = 1; print(t.one, T.__slots__)
try: print(T().one)
except AttributeError as e: print(e)
# ---- part 3
class Frozen:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        object.__setattr__(self, "x", x); object.__setattr__(self, "y", y)
    def __setattr__(self, k, v): raise AttributeError(f"cannot assign to field {k!r}")
    def __repr__(self): return f"Frozen(x={self.x}, y={self.y})"
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
f = Frozen(1, 2); print(f, {f: 1}[Frozen(1, 2)])
try: f.x = 5
except AttributeError as e: print(e)
# ---- part 4
class Lazy:
    def __init__(self): self.data = {}
    def __getattr__(self, name):
        try: return self.data[name]
        except KeyError: raise AttributeError(name) from None
l = Lazy(); l.data["a"] = 1; print(l.a)
try: l.b
except AttributeError as e: print("AttributeError", e)
class Bad:
    def __getattr__(self, name): return self.missing_thing
try: Bad().x
except RecursionError: print("recursion")
# ---- part 5
class Registry:
    _handlers = {}
    @classmethod
    def register(cls, name):
        def deco(fn):
            cls._handlers[name] = fn
            return fn
        return deco
    @classmethod
    def dispatch(cls, name, *a, **k):
        if name not in cls._handlers: raise LookupError(f"no handler for {name!r}")
        return cls._handlers[name](*a, **k)
@Registry.register("add")
def _add(a, b): return a + b
@Registry.register("greet")
def _greet(name, *, loud=False): return ("HELLO " if loud else "hello ") + name
print(Registry.dispatch("add", 2, 3), Registry.dispatch("greet", "bo", loud=True), sorted(Registry._handlers))
try: Registry.dispatch("nope")
except LookupError as e: print(e)
# ---- part 6
class Observable:
    def __init__(self): self._obs = []
    def subscribe(self, fn): self._obs.append(fn); return lambda: self._obs.remove(fn)
    def emit(self, *a): return [f(*a) for f in list(self._obs)]
o = Observable()
unsub = o.subscribe(lambda x: x * 2)
o.subscribe(print)
print(o.emit(5)); unsub(); print(o.emit(6))
class State:
    transitions = {"idle": {"start": "running"}, "running": {"pause": "paused", "stop": "idle"}, "paused": {"resume": "running", "stop": "idle"}}
    def __init__(self): self.state = "idle"; self.history = []
    def fire(self, ev):
        try: nxt = self.transitions[self.state][ev]
        except KeyError: raise ValueError(f"bad event {ev!r} in state {self.state!r}") from None
        self.history.append((self.state, ev, nxt)); self.state = nxt
        return self
s = State().fire("start").fire("pause").fire("resume")
print(s.state, s.history)
try: s.fire("start")
except ValueError as e: print(e, e.__cause__, e.__suppress_context__)

