if x:
	y = 1
	if z:
		w = 2
def f():
    pass

class A:
        a = 1
