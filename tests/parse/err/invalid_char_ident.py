café€ = 1
