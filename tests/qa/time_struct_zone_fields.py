# A struct_time built from an 11-tuple carries tm_zone / tm_gmtoff, which
# strftime uses for %Z / %z.
import time

st = time.struct_time((2024, 1, 15, 9, 30, 0, 0, 15, 0, "EST", -18000))
print(st.tm_zone, st.tm_gmtoff)
print(time.strftime("%Y-%m-%d %H:%M:%S %Z %z", st))
