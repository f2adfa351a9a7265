get pods -L app
