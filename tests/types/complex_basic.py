# complex numbers (basic arithmetic and repr).
z = complex(3, 4)
print(z, abs(z), z.real, z.imag, z.conjugate(), -z, +z)
print(z + 1, z * 2, z * z, z / 2, z - 1j, 1j * 1j, (1 + 2j) == complex(1, 2))
print(complex(), complex(2), complex('1+2j'), complex(1.5, -0.5), repr(2j), repr(-0j))
print(type(z).__name__, z == 3 + 4j, z != 3, hash(complex(5, 0)) == hash(5))
try:
    z < z
except TypeError as e:
    print('TypeError', e)
print((1 + 1j) ** 2, pow(2j, 2), 1 / (1j), abs(-2j))
print(format(1 + 2j, ''), str(1.5 + 0j), repr(complex(0, 1)))
