get pods -z
