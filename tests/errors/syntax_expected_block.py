# This file deliberately contains an if statement without a body.
x = 5
if x > 3:
print('big')
