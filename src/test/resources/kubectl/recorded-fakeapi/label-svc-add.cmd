label svc kubia env=prod
