label pod kubia-manual app-
