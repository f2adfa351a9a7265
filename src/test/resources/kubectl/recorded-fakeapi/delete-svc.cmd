delete svc kubia-session
