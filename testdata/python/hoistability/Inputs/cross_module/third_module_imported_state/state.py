CFG = {}
