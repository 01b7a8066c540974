# sys.stdout.write and print interleave correctly; write returns the length.
import sys
n = sys.stdout.write('written directly\n')
print(n)
sys.stdout.write('no newline, ')
print('then print')
print('a', end='')
sys.stdout.write('b')
print('c')
sys.stdout.write('é日本\n')
sys.stdout.flush()
out = sys.stdout
print('same object', out is sys.stdout)
class Capture:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
        return len(s)
    def flush(self):
        pass
saved = sys.stdout
sys.stdout = Capture()
print('captured line')
print('second', 2)
cap = sys.stdout
sys.stdout = saved
print(cap.data)
print(sys.__stdout__ is not None)
try:
    sys.stdout.write(5)
except TypeError as e:
    print('TypeError', e)
