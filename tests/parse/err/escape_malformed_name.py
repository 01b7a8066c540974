x = "\Nab"
