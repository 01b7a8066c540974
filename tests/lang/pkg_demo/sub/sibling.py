SIB = 'sibling-value'
