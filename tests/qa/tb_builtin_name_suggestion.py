# Misspelt builtin: "Did you mean: 'print'?"
pritn("hello")
