label pod kubia-manual
