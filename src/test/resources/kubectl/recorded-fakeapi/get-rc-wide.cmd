get rc -o wide
