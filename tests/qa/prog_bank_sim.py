"""Bank simulation: accounts, transactions, audit log, reports."""
import random
from collections import defaultdict, namedtuple, Counter
from functools import total_ordering, wraps
import itertools

Txn = namedtuple("Txn", "id kind account amount balance")

class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.account, self.amount = account, amount

class FrozenAccount(Exception):
    pass

def audited(kind):
    def deco(method):
        @wraps(method)
        def wrapper(self, amount, *a, **kw):
            before = self.balance
            try:
                result = method(self, amount, *a, **kw)
            except Exception as e:
                self.bank.log.append(("FAIL", kind, self.number, amount, type(e).__name__))
                raise
            self.bank.record(kind, self, amount)
            assert abs(self.balance - before) <= abs(amount) + 1e-9 or kind == "interest"
            return result
        return wrapper
    return deco

@total_ordering
class Account:
    _numbers = itertools.count(1000)
    __slots__ = ("number", "owner", "balance", "frozen", "bank")
    def __init__(self, bank, owner, balance=0.0):
        self.number = next(Account._numbers)
        self.owner, self.balance, self.frozen, self.bank = owner, balance, False, bank
    def _check(self):
        if self.frozen: raise FrozenAccount(f"{self.number} is frozen")
    @audited("deposit")
    def deposit(self, amount):
        self._check()
        if amount <= 0: raise ValueError("deposit must be positive")
        self.balance += amount
    @audited("withdraw")
    def withdraw(self, amount):
        self._check()
        if amount > self.balance: raise InsufficientFunds(self, amount)
        self.balance -= amount
    def __eq__(self, other): return self.balance == other.balance
    def __lt__(self, other): return self.balance < other.balance
    def __hash__(self): return hash(self.number)
    def __repr__(self): return f"<{type(self).__name__} {self.number} {self.owner} {self.balance:,.2f}>"

class Savings(Account):
    __slots__ = ("rate",)
    def __init__(self, bank, owner, balance=0.0, rate=0.02):
        super().__init__(bank, owner, balance); self.rate = rate
    @audited("interest")
    def add_interest(self, months):
        self.balance *= (1 + self.rate / 12) ** months
    def withdraw(self, amount):
        if amount > 500: raise ValueError("savings withdrawals are limited to 500")
        return super().withdraw(amount)

class Bank:
    def __init__(self, name):
        self.name, self.accounts, self.txns, self.log = name, {}, [], []
        self._ids = itertools.count(1)
    def open(self, cls, owner, *a, **kw):
        acct = cls(self, owner, *a, **kw); self.accounts[acct.number] = acct; return acct
    def record(self, kind, acct, amount):
        self.txns.append(Txn(next(self._ids), kind, acct.number, round(amount, 2), round(acct.balance, 2)))
    def transfer(self, src, dst, amount):
        src.withdraw(amount)
        try:
            dst.deposit(amount)
        except Exception:
            src.deposit(amount)
            raise
    def statement(self, acct):
        yield f"Statement for {acct.owner} ({acct.number})"
        for t in (t for t in self.txns if t.account == acct.number):
            yield f"  #{t.id:03d} {t.kind:<9}{t.amount:>10.2f}{t.balance:>12.2f}"
    def totals(self):
        by_owner = defaultdict(float)
        for a in self.accounts.values(): by_owner[a.owner] += a.balance
        return dict(sorted(by_owner.items()))

random.seed(7)
bank = Bank("Weft Savings & Loan")
people = ["ann", "bob", "cy", "dee"]
accts = [bank.open(Account, p, 100.0 * (i + 1)) for i, p in enumerate(people)]
accts.append(bank.open(Savings, "ann", 1000.0, rate=0.05))
errors = Counter()
for step in range(60):
    a, b = random.sample(accts, 2)
    amt = round(random.uniform(5, 400), 2)
    op = random.choice(["deposit", "withdraw", "transfer"])
    try:
        if op == "deposit": a.deposit(amt)
        elif op == "withdraw": a.withdraw(amt)
        else: bank.transfer(a, b, amt)
    except (InsufficientFunds, ValueError, FrozenAccount) as e:
        errors[type(e).__name__] += 1
        if step % 10 == 0: print("step", step, "error:", e)
    if step == 30:
        accts[1].frozen = True
accts[-1].add_interest(12)
print(sorted(accts))
print(max(accts), min(accts), accts[0] == accts[0])
print(dict(errors))
print(bank.totals())
for line in itertools.islice(bank.statement(accts[-1]), 6): print(line)
print(len(bank.txns), Counter(t.kind for t in bank.txns).most_common())
print(bank.log[:3], Account.deposit.__name__, Savings.add_interest.__wrapped__.__name__)
total = sum(a.balance for a in accts)
print(f"total {total:,.2f}", f"{total:e}", round(total, -2))
