get all -l app=kubia
