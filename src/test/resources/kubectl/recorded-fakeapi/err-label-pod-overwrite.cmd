label pod kubia-manual app=api
