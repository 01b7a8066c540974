# strftime %Z/%z use the struct_time's own tm_zone/tm_gmtoff (gmtime() is
# GMT +0000 whatever the local zone is).
import time

g = time.gmtime(0)
print(g.tm_zone, g.tm_gmtoff, time.strftime("%Z %z", g))
print(time.strftime("%Y-%m-%d %H:%M:%S %Z", time.gmtime(1700000000)))
