# io.TextIOWrapper around a binary stream (common for re-encoding stdout or
# decoding bytes read from elsewhere).
import io, sys

raw = io.BytesIO("héllo\nwörld\n".encode("utf-8"))
t = io.TextIOWrapper(raw, encoding="utf-8")
print(t.readline().rstrip(), t.read().rstrip())

out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", line_buffering=True)
out.write("via wrapper: €\n")
out.flush()
