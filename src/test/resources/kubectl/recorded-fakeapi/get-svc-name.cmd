get svc kubia -o name
