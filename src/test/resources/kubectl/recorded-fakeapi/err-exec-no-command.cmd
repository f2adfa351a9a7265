exec kubia-manual
