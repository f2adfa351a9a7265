label pod kubia-manual env=debug
