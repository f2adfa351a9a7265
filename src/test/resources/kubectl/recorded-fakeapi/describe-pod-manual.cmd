describe pod kubia-manual
