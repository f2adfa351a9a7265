describe rc kubia-rc
