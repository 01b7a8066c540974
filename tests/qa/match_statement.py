# Structural pattern matching (3.10+), common in modern code.
def describe(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"moving {direction}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit"]:
            return "bye"
        case _:
            return "unknown"

for c in ["go north", "take lamp key", "take", "quit", "dance"]:
    print(describe(c))
