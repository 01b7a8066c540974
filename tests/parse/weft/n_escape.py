x = "\N{DAGGER}"
