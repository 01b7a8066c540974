x = a.b(c).d[e](f).g
y = (a
     .method1()
     .method2(arg)
     .attr)
z = obj[0][1][2](3)(4).x.y.z
