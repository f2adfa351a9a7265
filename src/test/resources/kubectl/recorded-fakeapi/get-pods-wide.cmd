get pods -o wide
