scale
