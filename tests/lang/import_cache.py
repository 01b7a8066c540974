# sys.modules caching and the module-level namespace.
import sys
print('pkg_demo' in sys.modules)
import pkg_demo
print('pkg_demo' in sys.modules, 'pkg_demo.util' in sys.modules)
print(sys.modules['pkg_demo'] is pkg_demo)
print(sys.modules['__main__'].__name__)
sys.modules['fake_module'] = type(sys)('fake_module')
sys.modules['fake_module'].value = 'injected'
import fake_module
print(fake_module.value, fake_module.__name__)
mod = type(sys)('handmade')
mod.x = 1
print(mod.__name__, mod.x, type(mod).__name__)
del sys.modules['pkg_demo.util']
import pkg_demo.util
print('re-executed after removal from sys.modules')
print(pkg_demo.util.CONST)
m = __import__('pkg_demo.sub')
print(m.__name__)
