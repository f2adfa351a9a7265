describe endpoints kubia-readiness
