delete pod kubia-manual no-ports
