describe service kubia-two-ports
