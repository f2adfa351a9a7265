expose svc external-service --port=80 --name=x
