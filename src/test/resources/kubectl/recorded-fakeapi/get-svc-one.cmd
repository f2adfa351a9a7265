get svc kubia
