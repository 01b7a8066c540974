# LEGB name resolution: local, enclosing, global, builtin.
x = 'global x'
def outer():
    x = 'enclosing x'
    def inner():
        x = 'local x'
        return x
    def reads_enclosing():
        return x
    return inner(), reads_enclosing()
print(outer())
def reads_global():
    return x
print(reads_global())
def shadow_builtin():
    len = lambda s: 'shadowed'
    return len('abc')
print(shadow_builtin(), len('abc'))
len_saved = len
def uses_builtin():
    return len([1, 2])
print(uses_builtin())
def three_levels():
    a = 1
    def mid():
        b = 2
        def inner():
            c = 3
            return a + b + c
        return inner()
    return mid()
print(three_levels())
def param_shadows(x):
    return x
print(param_shadows('param'), x)
y = 1
def late_global():
    return y
y = 2
print(late_global())
def loop_var():
    for i in range(3):
        pass
    return i
print(loop_var())
def nested_def():
    def helper():
        return 'helper'
    return helper
print(nested_def()())
import builtins
print(builtins.len is len)
