# A bank-account class hierarchy with transactions and error handling.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__('%s: cannot withdraw %d (balance %d)' % (account.owner, amount, account.balance))

class Account:
    next_number = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        Account.next_number += 1
        self.number = Account.next_number
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('deposit', amount))
    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(('withdraw', amount))
    def available(self):
        return self.balance
    def month_end(self):
        pass
    def __repr__(self):
        return '<%s #%d %s: %d>' % (type(self).__name__, self.number, self.owner, self.balance)

class Savings(Account):
    def __init__(self, owner, balance=0, rate_percent=2):
        super().__init__(owner, balance)
        self.rate = rate_percent
    def month_end(self):
        interest = self.balance * self.rate // 100
        if interest:
            self.deposit(interest)

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def available(self):
        return self.balance + self.overdraft
    def month_end(self):
        if self.balance < 0:
            fee = 15
            self.balance -= fee
            self.history.append(('fee', fee))

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args, **kw):
        acct = cls(*args, **kw)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].deposit(amount)
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
alice = bank.open(Savings, 'alice', 1000, rate_percent=5)
bob = bank.open(Checking, 'bob', 50)
carol = bank.open(Account, 'carol')
print(bank.accounts)
bank.transfer(alice.number, bob.number, 200)
bank.transfer(bob.number, carol.number, 300)
for src, dst, amt in [(bob.number, carol.number, 100), (carol.number, alice.number, 500)]:
    try:
        bank.transfer(src, dst, amt)
    except InsufficientFunds as e:
        print('failed:', e)
try:
    carol.deposit(-5)
except ValueError as e:
    print('failed:', e)
for month in range(3):
    for a in bank.accounts.values():
        a.month_end()
    print('month', month + 1, sorted((a.owner, a.balance) for a in bank.accounts.values()), bank.total())
for a in bank.accounts.values():
    print(a.owner, a.history)
