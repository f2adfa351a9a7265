get services kubia-nodeport
