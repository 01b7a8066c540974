# An inventory/order system: classes, dict bookkeeping, custom exceptions, reports.
class OutOfStock(Exception):
    pass
class UnknownProduct(KeyError):
    pass
class Product:
    def __init__(self, sku, name, price_cents, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price_cents, qty
    def __repr__(self):
        return 'Product(%s, %r, %d, qty=%d)' % (self.sku, self.name, self.price, self.qty)
class Inventory:
    def __init__(self):
        self.products = {}
        self.ledger = []
    def add(self, product):
        self.products[product.sku] = product
    def get(self, sku):
        try:
            return self.products[sku]
        except KeyError:
            raise UnknownProduct(sku) from None
    def restock(self, sku, qty):
        self.get(sku).qty += qty
        self.ledger.append(('restock', sku, qty))
    def order(self, lines):
        for sku, qty in lines:
            p = self.get(sku)
            if p.qty < qty:
                raise OutOfStock('%s: wanted %d, have %d' % (p.name, qty, p.qty))
        total = 0
        for sku, qty in lines:
            p = self.products[sku]
            p.qty -= qty
            total += p.price * qty
            self.ledger.append(('sell', sku, qty))
        return total
    def value(self):
        return sum(p.price * p.qty for p in self.products.values())
def money(cents):
    return '$%s.%02d' % (format(cents // 100, ','), cents % 100)
inv = Inventory()
for p in [Product('A1', 'bolt', 25, 1000), Product('B2', 'nut', 10, 500), Product('C3', 'gear', 1999, 10),
          Product('D4', 'motor', 45000, 2)]:
    inv.add(p)
print(money(inv.value()))
orders = [[('A1', 100), ('B2', 100)], [('C3', 5), ('D4', 1)], [('D4', 2)], [('Z9', 1)], [('C3', 5), ('A1', 900)],
          [('A1', 1)]]
for i, lines in enumerate(orders, 1):
    try:
        print('order', i, 'total', money(inv.order(lines)))
    except OutOfStock as e:
        print('order', i, 'rejected: out of stock:', e)
    except UnknownProduct as e:
        print('order', i, 'rejected: unknown product', e, isinstance(e, KeyError))
inv.restock('A1', 50)
inv.restock('D4', 3)
for p in sorted(inv.products.values(), key=lambda p: p.price * p.qty, reverse=True):
    print('%-6s %-6s %8s x %4d = %12s' % (p.sku, p.name, money(p.price), p.qty, money(p.price * p.qty)))
print(money(inv.value()))
sold = {}
for kind, sku, qty in inv.ledger:
    if kind == 'sell':
        sold[sku] = sold.get(sku, 0) + qty
print(sold, len(inv.ledger))
