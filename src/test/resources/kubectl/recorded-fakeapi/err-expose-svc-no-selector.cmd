expose svc kubia-no-selector --port=80 --name=x
