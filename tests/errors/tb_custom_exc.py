# Uncaught user-defined exception with a custom __str__.
class BankError(Exception):
    def __init__(self, account, amount):
        super().__init__(account, amount)
        self.account = account
        self.amount = amount

    def __str__(self):
        return 'account %s cannot withdraw %d' % (self.account, self.amount)

def withdraw(account, amount):
    raise BankError(account, amount)

withdraw('ACC-1', 500)
