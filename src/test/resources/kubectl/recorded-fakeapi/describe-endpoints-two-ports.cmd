describe endpoints kubia-two-ports
