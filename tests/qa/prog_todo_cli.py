"""A tiny command interpreter reading commands from stdin until EOF."""
import sys
from collections import OrderedDict

class TodoError(Exception):
    pass

class Todo:
    def __init__(self):
        self.items = OrderedDict()
        self.next_id = 1
    def add(self, *words, priority="normal"):
        if not words:
            raise TodoError("add needs a description")
        self.items[self.next_id] = {"text": " ".join(words), "done": False, "prio": priority}
        self.next_id += 1
        return self.next_id - 1
    def done(self, ident):
        try:
            self.items[int(ident)]["done"] = True
        except (KeyError, ValueError):
            raise TodoError(f"no such item: {ident}") from None
    def remove(self, ident):
        if self.items.pop(int(ident), None) is None:
            raise TodoError(f"no such item: {ident}")
    def show(self, which="all"):
        rows = [(i, it) for i, it in self.items.items()
                if which == "all" or (which == "open") != it["done"]]
        if not rows:
            return ["  (nothing)"]
        return [f"  {i:>2}. [{'x' if it['done'] else ' '}] {it['text']:<20} {it['prio']}" for i, it in rows]

def main():
    todo = Todo()
    prompt_count = 0
    while True:
        try:
            line = input()
        except EOFError:
            break
        prompt_count += 1
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        cmd, *args = line.split()
        kwargs = dict(a.split("=", 1) for a in args if "=" in a)
        args = [a for a in args if "=" not in a]
        try:
            if cmd == "add":
                print("added", todo.add(*args, **kwargs))
            elif cmd in ("done", "rm"):
                (todo.done if cmd == "done" else todo.remove)(*args)
                print("ok")
            elif cmd == "ls":
                print("\n".join(todo.show(*args)))
            elif cmd == "quit":
                break
            else:
                raise TodoError(f"unknown command {cmd!r}")
        except TodoError as e:
            print("error:", e)
        except TypeError as e:
            print("usage error:", type(e).__name__)
    print(f"processed {prompt_count} lines, {len(todo.items)} items left")
    return 0 if todo.items else 1

if __name__ == "__main__":
    sys.exit(main())
