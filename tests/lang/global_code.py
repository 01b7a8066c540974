# Module-level code: globals dict, __name__, builtins, redefinition.
import sys
print(__name__)
print(type(globals()).__name__, 'sys' in globals())
def f():
    return 'first'
print(f())
def f():
    return 'redefined'
print(f())
print('f' in globals(), globals()['f']())
globals()['dynamic'] = 'made via globals()'
print(dynamic)
print(__builtins__ is not None)
class A:
    pass
A = 'rebound class name'
print(A)
if True:
    block_var = 'no block scope'
print(block_var)
for loop_var in range(2):
    pass
print(loop_var)
print(__name__ == '__main__')
