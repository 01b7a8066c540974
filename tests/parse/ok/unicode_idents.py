café = 1
naïve = café + 1
π = 3.14159
Σ = sum
日本語 = "japanese"
переменная = 2
μ = 1
µ = 2
ﬁle = 3
ｗｉｄｔｈ = 4
ℌ = 5
_private = 6
__dunder__ = 7
class Ωmega:
    def métho_de(self, ü):
        return ü
x = "unicode string: 日本語 €"
y = 'emoji: 😀'
