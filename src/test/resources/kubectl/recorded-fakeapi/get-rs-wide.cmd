get rs -o wide
