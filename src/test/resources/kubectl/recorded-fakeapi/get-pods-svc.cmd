get pods,svc
