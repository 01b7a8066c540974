# dir(module) calls a module-level __dir__ function (PEP 562).
from qa_mods import lazymod
print(lazymod.dyn_hello, lazymod.static)
print(dir(lazymod))
