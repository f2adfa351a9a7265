label pod kubia-manual app=api --overwrite
