# datetime date arithmetic.
import datetime
d = datetime.date(2024, 2, 28) + datetime.timedelta(days=2)
print(d, d.isoformat(), d.weekday(), datetime.datetime(2024, 1, 2, 3, 4, 5).strftime("%Y/%m/%d %H:%M"))
