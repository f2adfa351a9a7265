delete pod kubia-manual
