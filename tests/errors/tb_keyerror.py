# Uncaught KeyError shows the repr of the key.
data = {'known': 1}
key = 'unknown key'
data[key]
