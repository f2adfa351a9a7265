expose endpoints kubia --port=80 --name=x
