command = "go"
match command.split():
    case [action]:
        pass
    case _:
        pass
