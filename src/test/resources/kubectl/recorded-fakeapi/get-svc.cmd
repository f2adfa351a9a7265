get svc
