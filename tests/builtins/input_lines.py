# input() reading lines from stdin (fed from input_lines.in), then EOF.
name = input()
print('name:', repr(name))
n = int(input())
total = 0
for _ in range(n):
    total += sum(int(x) for x in input().split())
print('total:', total)
print('blank:', repr(input()))
print('spaces kept:', repr(input()))
print('unicode:', input())
lines = []
while True:
    try:
        lines.append(input())
    except EOFError:
        break
print('remaining:', lines)
