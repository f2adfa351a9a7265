describe pod kubia-readiness
