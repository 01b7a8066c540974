del a, b@
