# traceback.format_exc() / print_exc(file=sys.stdout) inside an except block.
import sys, traceback

def risky():
    return {}["missing"]

try:
    risky()
except KeyError:
    lines = traceback.format_exc().splitlines()
    print(lines[0])
    print(lines[-1])
    traceback.print_exc(file=sys.stdout)
