describe pod kubia-pending
