get pods -n demo
