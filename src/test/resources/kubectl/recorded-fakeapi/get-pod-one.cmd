get pod kubia-manual
