# Thread basics: start/join, names, idents, daemon flags, registry.
import threading

results = []

def work(n, scale=1):
    results.append(n * scale)

threads = [threading.Thread(target=work, args=(i,), kwargs={"scale": 10})
           for i in range(4)]
print([t.name.split(" ")[1] for t in threads])
print([t.is_alive() for t in threads], [t.ident for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads])
print(all(isinstance(t.ident, int) for t in threads),
      len({t.ident for t in threads}) >= 1,
      all(isinstance(t.native_id, int) for t in threads))

# names: explicit, str() of a non-string, empty means generated
print(threading.Thread(name="worker").name, threading.Thread(name=42).name)
t = threading.Thread(name="")
print(t.name.startswith("Thread-"), "(" in t.name)
t = threading.Thread(target=lambda: None)
print(t.name.endswith(" (<lambda>)"))
t.name = "renamed"
print(t.name, repr(t))
t.start(); t.join()
print(repr(t).startswith("<Thread(renamed, stopped "))
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)

# current_thread / main_thread
main = threading.current_thread()
print(main is threading.main_thread(), main.name, main.daemon)
print(repr(main).startswith("<_MainThread(MainThread, started "))
print(main.ident == threading.get_ident(), main.native_id == threading.get_native_id())
seen = {}

def who():
    me = threading.current_thread()
    seen["same"] = me is box[0]
    seen["ident"] = me.ident == threading.get_ident()
    seen["alive"] = me.is_alive()
    seen["count"] = threading.active_count()
    seen["in_enum"] = me in threading.enumerate()
    seen["main_alive"] = threading.main_thread().is_alive()
    seen["daemon"] = me.daemon
    inner = threading.Thread(target=lambda: None)
    seen["inherit"] = inner.daemon

box = [threading.Thread(target=who, name="who", daemon=True)]
box[0].start()
box[0].join()
print(sorted(seen.items()))
print(threading.active_count(), threading.enumerate() == [main])

# daemon flag
t = threading.Thread(target=lambda: None)
print(t.daemon)
t.daemon = True
print(t.daemon, repr(t))
t.start(); t.join()
try:
    t.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)

# join errors
t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    main.join()
except RuntimeError as e:
    print("RuntimeError:", e)

# subclass overriding run()
class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"counter-{n}")
        self.n = n
        self.total = 0
    def run(self):
        for i in range(self.n):
            self.total += i

cs = [Counter(n) for n in (10, 100, 1000)]
for c in cs:
    c.start()
for c in cs:
    c.join()
print([(c.name, c.total) for c in cs])

# a subclass that forgets Thread.__init__
class NoInit(threading.Thread):
    def __init__(self):
        pass
for call in (lambda t: t.start(), lambda t: t.join(), lambda t: setattr(t, "daemon", True)):
    try:
        call(NoInit())
    except RuntimeError as e:
        print("RuntimeError:", e)

# join with a timeout on a blocked thread
ev = threading.Event()
t = threading.Thread(target=ev.wait, name="blocked")
t.start()
t.join(0.05)
print(t.is_alive(), repr(t).startswith("<Thread(blocked, started "))
ev.set()
t.join()
print(t.is_alive(), t.ident is not None)
print(threading.get_ident() == main.ident, threading.TIMEOUT_MAX > 0)
print(threading.ThreadError is RuntimeError, threading.Lock is not None)
print(sorted(threading.__all__))

# trace/profile hooks are stored for threads started later
def tracer(*args):
    return None
print(threading.gettrace(), threading.getprofile())
threading.settrace(tracer); threading.setprofile(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer)
threading.settrace(None); threading.setprofile(None)
print(threading.gettrace(), threading.getprofile(), threading.stack_size())

# the deprecated camelCase aliases (called from a module other than
# __main__, so that CPython does not print its DeprecationWarning)
ns = {"__name__": "aliases", "threading": threading}
exec("""
t = threading.Thread(name="old-style")
print(t.getName(), t.isDaemon())
t.setName("renamed-old"); t.setDaemon(True)
print(t.name, t.daemon)
print(threading.currentThread() is threading.main_thread(), threading.activeCount())
e = threading.Event()
print(e.isSet())
c = threading.Condition()
with c:
    c.notifyAll()
""", ns)
