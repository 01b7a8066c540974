# traceback.format_exc() inside an except block (file paths not printed).
import traceback

def risky():
    return {}["missing"]

try:
    risky()
except KeyError:
    lines = traceback.format_exc().splitlines()
    print(len(lines))
    for line in lines:
        if not line.lstrip().startswith("File "):
            print(line)
