describe service kubia-readiness
