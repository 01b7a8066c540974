# Traceback frames inside methods, lambdas and comprehensions.
class Processor:
    def run(self, items):
        return self.transform(items)

    def transform(self, items):
        return [self.convert(item) for item in items]

    def convert(self, item):
        return (lambda v: 100 // v)(item)

Processor().run([5, 2, 0, 1])
