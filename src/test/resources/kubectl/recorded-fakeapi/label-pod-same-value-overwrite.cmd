label pod kubia-manual app=web --overwrite
