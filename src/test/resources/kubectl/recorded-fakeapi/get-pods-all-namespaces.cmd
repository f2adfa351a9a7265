get pods -A
