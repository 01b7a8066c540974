x = [v for v  in_ range(3)]
