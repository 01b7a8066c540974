# The cp1252 (Windows-1252) codec.
print("héllo€".encode("cp1252"), b"caf\xe9 \x80".decode("cp1252"))
