del a[*b]
