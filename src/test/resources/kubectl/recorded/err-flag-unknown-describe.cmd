describe --x
