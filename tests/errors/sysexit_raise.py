# raise SystemExit with no argument exits with status 0.
print('raising SystemExit')
raise SystemExit
