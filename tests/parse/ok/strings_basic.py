a = 'single'
b = "double"
c = """triple
double"""
d = \'\'\'triple
single\'\'\'
e = ''
f = ""
g = 'it\'s'
h = "say \"hi\""
i = 'mixed "quotes"'
j = "mixed 'quotes'"
k = 'both \' and "'
l = """ has "quotes" and 'apostrophes' """
