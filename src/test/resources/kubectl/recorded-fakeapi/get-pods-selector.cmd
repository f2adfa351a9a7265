get pods -l app=kubia
