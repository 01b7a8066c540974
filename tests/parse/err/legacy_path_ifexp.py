x y if z
