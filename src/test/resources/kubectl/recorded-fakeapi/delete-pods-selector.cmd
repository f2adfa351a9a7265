delete pods -l app=kubia
