describe pod kubia-7b9d6c8f5d-4xk2p
