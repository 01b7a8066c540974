def f()->:
    pass
