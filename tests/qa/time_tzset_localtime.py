# time.tzset() after changing os.environ["TZ"]; localtime() then reports the
# zone offset in tm_gmtoff and strftime %z (needs the system tz database).
import os, time
os.environ["TZ"] = "America/New_York"
time.tzset()
print(time.tzname, time.timezone, time.daylight)
lt = time.localtime(0)
print(lt.tm_hour, lt.tm_isdst, time.strftime("%H:%M %Z %z", lt), lt.tm_gmtoff)
print(time.strftime("%z", time.localtime(1720000000)), time.mktime(lt))
