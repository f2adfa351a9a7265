describe svc
