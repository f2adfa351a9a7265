describe svc kubia-l
